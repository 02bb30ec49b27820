import { readDateRanges } from '../scorer/dateRanges.ts';
import type { SafeCopy } from './types.ts';

/** Sizes in points: type, and the page margin on every side. */
export interface Typography {
  body: number;
  heading: number;
  name: number;
  margin: number;
}

/**
 * The settings tried in turn, roomiest first: the copy takes the first that fits the pages the guide asks
 * for. Below 9.5 pt on 0.5 in margins a resume stops being comfortable to read, so a longer one gets more pages.
 */
export const TYPOGRAPHIES: readonly Typography[] = [
  { body: 11, heading: 13, name: 18, margin: 54 },
  { body: 10.5, heading: 12, name: 17, margin: 50 },
  { body: 10, heading: 11.5, name: 16, margin: 43 },
  { body: 9.5, heading: 11, name: 15, margin: 36 },
];

export const PAPER_POINTS: Readonly<Record<SafeCopy['paper'], { width: number; height: number }>> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Line height over type size. */
const LEADING = 1.3;
/** Where a bullet's words start right of its marker, in ems: wrapped lines hang under the words. */
export const BULLET_INDENT_EMS = 1.4;
export const BULLET_MARKER = '•';

/** Widths of text as a font sets it, in points. */
export interface TextMeasure {
  width(text: string, size: number, bold: boolean): number;
}

export type LineRole = 'name' | 'header' | 'heading' | 'entry' | 'text' | 'bullet' | 'bullet-wrap';

export interface PlacedLine {
  text: string;
  role: LineRole;
  /** Left edge of the words, from the page's left edge; a bullet's marker stands left of it. */
  x: number;
  /** Baseline, from the page's bottom edge (PDF user space). */
  y: number;
  size: number;
  bold: boolean;
}

export interface CopyLayout {
  typography: Typography;
  paper: { width: number; height: number };
  pages: PlacedLine[][];
}

interface Block {
  role: Exclude<LineRole, 'bullet-wrap'>;
  text: string;
  /** Space above the block, in ems of its type. */
  before: number;
}

function blocksOf(copy: SafeCopy): Block[] {
  const blocks: Block[] = [];
  if (copy.name !== null) blocks.push({ role: 'name', text: copy.name, before: 0 });
  for (const line of copy.header) blocks.push({ role: 'header', text: line, before: 0 });
  for (const section of copy.sections) {
    if (section.heading !== '') blocks.push({ role: 'heading', text: section.heading, before: blocks.length === 0 ? 0 : 0.9 });
    for (const item of section.items) blocks.push({ role: item.kind, text: item.text, before: item.kind === 'entry' ? 0.5 : 0 });
  }
  return blocks;
}

/** A space that no line break may replace: inside a date range, which a reader must find on one line. */
const KEEP = '\u0000';

/**
 * Words set greedily into lines that fit; a word wider than a line is cut where it must be. A date range
 * is never broken: "2013 –" at a line's end and "2017" on the next are no range to a reader.
 */
function wrap(text: string, fits: (text: string) => boolean): string[] {
  let kept = text;
  for (const range of readDateRanges(text).reverse()) kept = kept.slice(0, range.start) + kept.slice(range.start, range.end).replace(/ /g, KEEP) + kept.slice(range.end);
  // A break where pieces meet ("… | linkedin.com/in/jo |" then "github.com/jo") needs no bar: the line ends there.
  return wrapWords(kept.split(' '), (line) => fits(line.replaceAll(KEEP, ' '))).map((line) => line.replaceAll(KEEP, ' ').replace(/^\| | \|$/g, ''));
}

function wrapWords(words: readonly string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function sizeOf(role: Block['role'], type: Typography): number {
  return role === 'name' ? type.name : role === 'heading' ? type.heading : type.body;
}

function place(blocks: readonly Block[], type: Typography, paper: { width: number; height: number }, measure: TextMeasure): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  const top = paper.height - type.margin;
  let y = top;
  const fullWidth = paper.width - 2 * type.margin;
  for (const [index, block] of blocks.entries()) {
    const size = sizeOf(block.role, type);
    const bold = block.role === 'name' || block.role === 'heading' || block.role === 'entry';
    const indent = block.role === 'bullet' ? BULLET_INDENT_EMS * type.body : 0;
    const lines = wrap(block.text, (text) => measure.width(text, size, bold) <= fullWidth - indent);
    const height = size * LEADING;
    // A heading keeps its first line below it on its page.
    const next = blocks[index + 1];
    const keep = block.role === 'heading' && next ? sizeOf(next.role, type) * LEADING : 0;
    const page = () => pages.at(-1)!;
    if (page().length > 0) y -= block.before * size;
    // A block is never split across pages: a bullet broken by a page break reads as two, or as one cut short.
    const whole = lines.length * height + keep;
    for (const [lineIndex, text] of lines.entries()) {
      const needs = lineIndex === 0 ? Math.min(whole, top - type.margin) : height;
      if (y - needs < type.margin && page().length > 0) {
        pages.push([]);
        y = top;
      }
      y -= height;
      page().push({ text, role: lineIndex > 0 && block.role === 'bullet' ? 'bullet-wrap' : block.role, x: type.margin + indent, y: y + (height - size) / 2, size, bold });
    }
  }
  return pages;
}

/**
 * The copy set on pages: the roomiest typography whose pages fit what the guide asks (one page where the
 * content allows), else the tightest, for the fewest pages. The PDF draws these lines; the DOCX takes the
 * same typography, as Word sets Arial to Helvetica's widths.
 */
export function layoutCopy(copy: SafeCopy, measure: TextMeasure): CopyLayout {
  const paper = PAPER_POINTS[copy.paper];
  const blocks = blocksOf(copy);
  let best: CopyLayout | null = null;
  for (const typography of TYPOGRAPHIES) {
    const pages = place(blocks, typography, paper, measure);
    if (pages.length <= copy.maxPages) return { typography, paper, pages };
    if (best === null || pages.length < best.pages.length) best = { typography, paper, pages };
  }
  return best!;
}
