import type { HiddenText } from '../document/types.ts';
import type { PdfTextRun } from './types.ts';

/**
 * Font height (points) below which text draws as a grey smear at print size: no resume needs it, while
 * footnotes and small print run 6 pt and up.
 */
export const MIN_READABLE_FONT_HEIGHT = 2.5;
/** Characters of removed text quoted back to the reader, enough to find it in the file. */
const SAMPLE_CHARS = 60;

/** The start of `text`, cut at a word boundary near SAMPLE_CHARS (mid-word only for a single long word). */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const wordEnd = text.lastIndexOf(' ', SAMPLE_CHARS);
  return text.slice(0, wordEnd > 0 ? wordEnd : SAMPLE_CHARS);
}

export interface SeparatedRuns {
  /** Each page's runs that a reader can see. */
  visible: PdfTextRun[][];
  /** What was taken out: empty, or one `tiny-text` entry. */
  hiddenText: HiddenText[];
}

/**
 * Takes out of every page the text too small to read, which an ATS would still read, so that it never counts
 * towards a score, and says how much of it there was. Text placed outside the page never arrives here:
 * pdf.js drops every glyph whose origin lies outside `page.view` while extracting, so it cannot raise a score
 * (and cannot be reported either).
 */
export function separateHiddenRuns(pages: readonly PdfTextRun[][]): SeparatedRuns {
  const tiny: string[] = [];
  const visible = pages.map((runs) =>
    runs.filter((run) => {
      // Whitespace draws nothing at any size; the layout reads only the gaps it leaves.
      const isTiny = run.height < MIN_READABLE_FONT_HEIGHT && run.text.trim() !== '';
      if (isTiny) tiny.push(run.text.trim());
      return !isTiny;
    }),
  );
  if (tiny.length === 0) return { visible, hiddenText: [] };
  const chars = tiny.reduce((total, text) => total + text.length, 0);
  return { visible, hiddenText: [{ kind: 'tiny-text', chars, sample: sampleOf(tiny.join(' ').replace(/\s+/g, ' ')) }] };
}
