import type { PdfTextRun, TextLine } from './types.ts';

/** Runs whose baselines differ by less than this share of the taller font's height sit on one line. */
const BASELINE_TOLERANCE = 0.5;
/** A gap narrower than this share of the font height is kerning or a split run, not a space. */
const SPACE_GAP = 0.15;
/**
 * A gap wider than this is more than a word space: two spaces mark it, which normalizeText reads as a word
 * boundary in letter-spaced headings ("W O R K  H I S T O R Y") and collapses everywhere else.
 */
const WIDE_GAP = 0.6;
/**
 * A gap wider than this is no word space, however far justification stretches one (under a font height): the
 * layout set the text on either side apart on one baseline, a name and its contact block, a role and its
 * right-aligned dates. A tab marks it, which normalizeText keeps as a boundary between the line's pieces.
 */
const PIECE_GAP = 1.5;

/**
 * Groups runs into lines, top of the page first, each line's runs left to right. Whitespace-only runs are
 * dropped: the gaps they leave say where spaces go.
 */
export function groupIntoLines(runs: readonly PdfTextRun[]): TextLine[] {
  const visible = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const run of visible) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) < BASELINE_TOLERANCE * Math.max(line.height, run.height)) {
      line.runs.push(run);
      line.height = Math.max(line.height, run.height);
    } else {
      lines.push({ y: run.y, height: run.height, runs: [run] });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A line's text, with a space (or two, for a wide gap) wherever the gap between runs is wider than kerning,
 * and a tab where it is wider than any word space.
 */
export function lineText(line: TextLine): string {
  let text = '';
  let previous: PdfTextRun | undefined;
  for (const run of line.runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const height = Math.max(previous.height, run.height);
      text += gap > PIECE_GAP * height ? '\t' : gap > WIDE_GAP * height ? '  ' : gap > SPACE_GAP * height ? ' ' : '';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

/** The value of `key` that the most letters of `runs` share. */
function mostLetters<T>(runs: readonly PdfTextRun[], key: (run: PdfTextRun) => T): T | undefined {
  const letters = new Map<T, number>();
  for (const run of runs) letters.set(key(run), (letters.get(key(run)) ?? 0) + run.text.trim().length);
  let best: T | undefined;
  let most = -1;
  for (const [value, count] of letters) {
    if (count > most) [best, most] = [value, count];
  }
  return best;
}

/** The font that draws the most letters of `runs`. */
export const mostUsedFont = (runs: readonly PdfTextRun[]) => mostLetters(runs, (run) => run.font);

/** A document's body text: the font and the height (to a quarter point) that most of its letters are set in. */
export interface BodyType {
  font: string;
  height: number;
}

export function bodyType(runs: readonly PdfTextRun[]): BodyType | undefined {
  const font = mostUsedFont(runs);
  const height = mostLetters(runs, (run) => Math.round(run.height * 4) / 4);
  return font === undefined || height === undefined || height <= 0 ? undefined : { font, height };
}
