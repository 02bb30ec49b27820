import { lineText, mostUsedFont, type BodyType } from './pdfLines.ts';
import { quantile } from './quantile.ts';
import { PLAIN_LINE_STYLE, type LineFacts, type LineGeometry } from '../document/types.ts';
import type { PdfTextRun, TextLine } from './types.ts';

/*
 * Reading order of one page, the way a column-aware ATS reads it. A gutter is a vertical strip at least
 * MIN_GUTTER font heights wide that no text crosses, over consecutive lines, with text on both sides. Lines
 * above a gutter (the name and contact header) come first; then everything left of it, top to bottom; then
 * everything right of it; each side is ordered again, so a column can hold columns of its own. A left side
 * of a few labels, each beside the first line of a longer block (section headings in a margin), is not a
 * column: each label reads just before its row.
 */

const MIN_GUTTER = 1.2;
/** Each side of a gutter needs this many lines of text to be a column and not, say, a right-aligned date. */
const MIN_COLUMN_LINES = 3;
/**
 * A side whose every line sits beside a line of the other side, with fewer lines than this, annotates the
 * other side rather than running beside it: right-aligned dates ("Backend Engineer   2017 – 2020"), or a
 * table ("Languages   Go, Python"). Those read row by row. A real column has lines of its own, or runs longer.
 */
const MIN_LOCKSTEP_COLUMN_LINES = 8;
/** Lines whose baselines differ by less than this share of a font height are on one row. */
const BASELINE_SHARED = 0.5;
/** A baseline gap this many font heights beyond the page's line spacing starts a new block. */
const BLOCK_GAP = 0.5;

interface Interval {
  left: number;
  right: number;
}

interface ColumnSplit {
  left: TextLine[];
  right: TextLine[];
  /** Index of the first line after the columns. */
  end: number;
  /**
   * The left side labels blocks of the right (headings in a gutter beside their section's first line): read
   * row by row, each label on a line of its own before its row. Otherwise the sides are columns.
   */
  labels: TextLine[] | null;
}

/** Vertical runs of lines read top to bottom without a jump: the page's full-width parts and each column. */
interface Layout {
  flows: TextLine[][];
  columns: number;
}

export interface PageReading {
  /** The page's lines in reading order, "" between blocks. */
  lines: string[];
  /** Where and how each of `lines` was drawn; null for the blank lines between blocks. */
  facts: (LineFacts | null)[];
  columns: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A list item's number and the space after it ("1. ", "[12] ", "(a) "): the item's words start after it. */
const LIST_NUMBER = /^\s*(?:\[\d{1,3}\]|\(?(?:\d{1,3}|[a-z])[.)])\s+(?=\S)/u;

function rightEdge(line: TextLine): number {
  const last = line.runs.at(-1);
  return last ? last.x + last.width : 0;
}

/**
 * A line's left edge and the left edge of its first letter or digit, in ems of the page's body text. A
 * marker drawn as its own glyph (a bullet, or an icon no font maps to text) puts the words to its right.
 */
function lineGeometry(line: TextLine, fontHeight: number, columnRight: number): LineGeometry {
  const first = line.runs[0];
  const textRun = line.runs.find((run) => LETTER_OR_DIGIT.test(run.text));
  let textX = first?.x ?? 0;
  if (textRun) {
    // Inside a run, glyphs are taken as equally wide: enough to place the words after "• " or "[12] " in one run.
    const marker = textRun === first ? (LIST_NUMBER.exec(textRun.text)?.[0].length ?? 0) : 0;
    const offset = marker > 0 ? marker : textRun.text.search(LETTER_OR_DIGIT);
    textX = textRun.x + (textRun.text.length > 0 ? (offset / textRun.text.length) * textRun.width : 0);
  }
  const right = rightEdge(line);
  return { indent: (first?.x ?? 0) / fontHeight, textIndent: textX / fontHeight, right: right / fontHeight, columnRight: columnRight / fontHeight, size: line.height / fontHeight };
}

/** A line this much taller than the body text is set apart by its size alone. */
const EMPHASIS_SIZE = 1.15;

/**
 * Orders a page's lines (top to bottom, as `groupIntoLines` returns them) for reading. `body` is the type
 * most of the document's letters are set in: the em that geometry is measured in, and the type a line in
 * another font, or larger, stands apart from. Without it the page's median run height is the em.
 */
export function readPage(lines: readonly TextLine[], body?: BodyType): PageReading {
  const fontHeight = body?.height ?? quantile(lines.flatMap((line) => line.runs.map((run) => run.height)), 0.5);
  const { flows, columns } = layoutRegion(lines, MIN_GUTTER * fontHeight);
  const spacing = lineSpacing(flows);
  const out: string[] = [];
  const facts: (LineFacts | null)[] = [];
  const blank = () => {
    out.push('');
    facts.push(null);
  };
  for (const flow of flows) {
    if (out.length > 0) blank();
    const columnRight = Math.max(...flow.map((line) => rightEdge(line)));
    flow.forEach((line, i) => {
      const previous = flow[i - 1];
      if (previous && isBlockBreak(previous, line, spacing)) blank();
      out.push(lineText(line));
      const geometry = lineGeometry(line, fontHeight || 1, columnRight);
      const emphasis = geometry.size >= EMPHASIS_SIZE || (body !== undefined && mostUsedFont(line.runs) !== body.font);
      facts.push({ geometry, style: { ...PLAIN_LINE_STYLE, emphasis } });
    });
  }
  return { lines: out, facts, columns };
}

function layoutRegion(lines: readonly TextLine[], minGutter: number): Layout {
  const flows: TextLine[][] = [];
  let fullWidth: TextLine[] = [];
  let columns = 1;
  for (let i = 0; i < lines.length; ) {
    const split = findColumns(lines, i, minGutter);
    if (!split) {
      const line = lines[i];
      if (line) fullWidth.push(line);
      i += 1;
      continue;
    }
    i = split.end;
    if (split.labels) {
      fullWidth.push(...split.labels);
      continue;
    }
    if (fullWidth.length > 0) flows.push(fullWidth);
    fullWidth = [];
    const left = layoutRegion(split.left, minGutter);
    const right = layoutRegion(split.right, minGutter);
    flows.push(...left.flows, ...right.flows);
    columns = Math.max(columns, left.columns + right.columns);
  }
  if (fullWidth.length > 0) flows.push(fullWidth);
  return { flows, columns };
}

function runInterval(run: PdfTextRun): Interval {
  return { left: run.x, right: run.x + run.width };
}

/** Adds intervals to a sorted list of disjoint intervals, merging overlaps. */
function mergeIntervals(merged: Interval[], added: readonly Interval[]): Interval[] {
  const all = [...merged, ...added].sort((a, b) => a.left - b.left);
  const out: Interval[] = [];
  for (const interval of all) {
    const last = out.at(-1);
    if (last && interval.left <= last.right) last.right = Math.max(last.right, interval.right);
    else out.push({ ...interval });
  }
  return out;
}

function gutters(occupied: readonly Interval[], minGutter: number): Interval[] {
  const out: Interval[] = [];
  for (let i = 1; i < occupied.length; i += 1) {
    const left = occupied[i - 1]?.right ?? 0;
    const right = occupied[i]?.left ?? 0;
    if (right - left >= minGutter) out.push({ left, right });
  }
  return out;
}

/**
 * The longest run of lines from `start` that a gutter separates, split at its widest gutter; null when that
 * run is not two columns.
 */
function findColumns(lines: readonly TextLine[], start: number, minGutter: number): ColumnSplit | null {
  let occupied: Interval[] = [];
  let widest: Interval | null = null;
  let end = start;
  for (let j = start; j < lines.length; j += 1) {
    occupied = mergeIntervals(occupied, lines[j]?.runs.map(runInterval) ?? []);
    const found = gutters(occupied, minGutter);
    // A column's first lines may all sit on one side: the gutter shows once the other side starts.
    if (found.length === 0) {
      if (widest) break;
      continue;
    }
    widest = found.reduce((a, b) => (b.right - b.left > a.right - a.left ? b : a));
    end = j + 1;
  }
  if (!widest) return null;

  const middle = (widest.left + widest.right) / 2;
  const left: TextLine[] = [];
  const right: TextLine[] = [];
  let paired = 0;
  for (const line of lines.slice(start, end)) {
    const leftRuns = line.runs.filter((run) => run.x + run.width <= middle);
    const rightRuns = line.runs.filter((run) => run.x >= middle);
    if (leftRuns.length > 0) left.push(subLine(leftRuns));
    if (rightRuns.length > 0) right.push(subLine(rightRuns));
    if (leftRuns.length > 0 && rightRuns.length > 0) paired += 1;
  }
  const annotates = (side: readonly TextLine[]) => side.length === paired && side.length < MIN_LOCKSTEP_COLUMN_LINES;
  if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES || annotates(right)) return null;
  if (!annotates(left)) return isTable(left, right, paired) ? null : { left, right, end, labels: null };
  // Labels beside rows of a table ("Languages   Go, Python") read with their row. Labels that each head a
  // block of several lines, most of them with nothing to their left, are headings in a gutter.
  if (right.length - paired < left.length) return null;
  return { left, right, end, labels: splitLabels(lines.slice(start, end), middle) };
}

/** A left line with no right line nearer than this many font heights stands in a row of its own. */
const OWN_ROW = 0.8;

/**
 * Whether the sides are the cells of a table's rows (dates or labels left, entries right), not two columns:
 * most left lines share a baseline with a right line, and the others stand in rows of their own (a heading
 * across the table), where the right side has no text. Beside a real column, the other column's text runs on.
 */
function isTable(left: readonly TextLine[], right: readonly TextLine[], paired: number): boolean {
  // Two columns whose lines all run in step are columns; a table's right cells run longer than its left ones.
  if (paired * 2 < left.length || right.length === paired) return false;
  return left.every((line) => {
    const near = right.map((other) => Math.abs(other.y - line.y) / Math.max(line.height, other.height));
    return near.some((distance) => distance < BASELINE_SHARED) || near.every((distance) => distance >= OWN_ROW);
  });
}

/** Each line as it reads when labels stand left of `middle`: the label, then the rest of its row. */
function splitLabels(lines: readonly TextLine[], middle: number): TextLine[] {
  return lines.flatMap((line) => {
    const label = line.runs.filter((run) => run.x + run.width <= middle);
    const rest = line.runs.filter((run) => run.x + run.width > middle);
    return label.length > 0 && rest.length > 0 ? [subLine(label), subLine(rest)] : [line];
  });
}

function subLine(runs: PdfTextRun[]): TextLine {
  return { y: runs[0]?.y ?? 0, height: Math.max(...runs.map((run) => run.height)), runs };
}

/**
 * The page's line spacing within a block, in font heights: a low quantile of all baseline gaps, since most
 * gaps are within blocks and the rest (before and after headings, between entries) are only ever larger.
 */
function lineSpacing(flows: readonly TextLine[][]): number {
  // A gutter label and its row share a baseline: no spacing between lines.
  const ratios = flows.flatMap((flow) =>
    flow.slice(1).flatMap((line, i) => {
      const previous = flow[i] ?? line;
      const ratio = (previous.y - line.y) / Math.max(previous.height, line.height);
      return ratio > 0 ? [ratio] : [];
    }),
  );
  return ratios.length > 0 ? quantile(ratios, 0.25) : 1.2;
}

function isBlockBreak(previous: TextLine, line: TextLine, spacing: number): boolean {
  const height = Math.max(previous.height, line.height);
  return previous.y - line.y > (spacing + BLOCK_GAP) * height;
}
