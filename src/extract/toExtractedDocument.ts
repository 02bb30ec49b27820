import { countWords } from '../text/countWords.ts';
import { normalizeText } from './normalizeText.ts';
import type { DocumentFormat, ExtractedDocument, LayoutFacts } from './types.ts';

/** Normalizes raw extracted text and wraps it with what every format reports. */
export function toExtractedDocument(
  format: DocumentFormat,
  rawText: string,
  pages: number | null,
  layout: Pick<LayoutFacts, 'columns' | 'headerFooterText'>,
): ExtractedDocument {
  const { text, ...repairs } = normalizeText(rawText);
  const { columns, headerFooterText } = layout;
  return { format, text, pages, words: countWords(text), layout: { columns, headerFooterText, ...repairs } };
}
