import { normalizeText, RAW_LINE_BREAK, textPieces } from './normalizeText.ts';
import { separateHiddenRuns } from './pdfHiddenText.ts';
import { bodyType, groupIntoLines } from './pdfLines.ts';
import { readPage } from './readingOrder.ts';
import { findRepeatedMargins } from './repeatedMargins.ts';
import type { LayoutFacts, LineFacts } from '../document/types.ts';
import type { PdfTextRun } from './types.ts';

export interface PdfLayout extends Pick<LayoutFacts, 'columns' | 'headerFooterText' | 'hiddenText'> {
  /** The pages' visible text in reading order, before normalizeText; a blank line between pages. */
  text: string;
  /** Where and how each line of `text` was drawn (null for blank lines). */
  facts: (LineFacts | null)[];
}

/**
 * Rebuilds a document's text from each page's text runs: hidden text out, then lines, columns, blocks,
 * running headers and footers.
 */
export function layoutPdfPages(pages: readonly PdfTextRun[][]): PdfLayout {
  const { visible, hiddenText } = separateHiddenRuns(pages);
  const pageLines = visible.map((runs) => groupIntoLines(runs));
  const margins = findRepeatedMargins(pageLines);
  const body = bodyType(visible.flat());
  const readings = pageLines.map((lines) => readPage(lines.filter((line) => !margins.omit.has(line)), body));
  // A break inside a text item would shift every later line against its geometry: it reads as a space.
  const pageTexts = readings.map((reading) => reading.lines.map((line) => line.replace(RAW_LINE_BREAK, ' ')).join('\n'));
  return {
    text: pageTexts.join('\n\n'),
    facts: readings.flatMap((reading, i) => (i === 0 ? reading.facts : [null, ...reading.facts])),
    columns: Math.max(1, ...readings.map((reading) => reading.columns)),
    headerFooterText: margins.headerFooterText.flatMap((line) => textPieces(normalizeText(line))),
    hiddenText,
  };
}
