import { MAX_FILE_BYTES, MAX_RESUME_CHARS } from '../limits.ts';
import { countWords } from '../text/countWords.ts';
import { normalizeText } from './normalizeText.ts';
import { PLAIN_LINE_STYLE, type DocumentLine, type DocumentProducer, type HiddenText, type LayoutFacts, type LineFacts } from '../document/types.ts';
import { documentLinks } from './pdfDocumentFacts.ts';
import { ExtractError, type DocumentFormat, type ExtractedDocument } from './types.ts';

/**
 * What a format's extractor observed itself; normalizeText adds what it repaired. `linkUrls` are the
 * addresses of the file's clickable links, checked here against the normalized text for being visible.
 */
export type ObservedLayout = Pick<LayoutFacts, 'columns' | 'headerFooterText'> & {
  hiddenText?: HiddenText[];
  producer?: DocumentProducer | null;
  linkUrls?: readonly string[];
  pictures?: number | null;
};

/**
 * Raw text is refused before normalizing only past the largest file accepted: below that, normalizing is
 * linear and may shrink a padded file (runs of spaces, blank lines) to a resume-sized text.
 */
const MAX_RAW_CHARS = MAX_FILE_BYTES;

function tooLong(chars: number): ExtractError {
  return new ExtractError(
    'too-large',
    `This file holds ${chars.toLocaleString('en-US')} characters of text; a resume runs 3,000–15,000 (one to three pages) and Shortlist reads at most ${MAX_RESUME_CHARS.toLocaleString('en-US')}. Upload the resume on its own, without appendices.`,
  );
}

/** Refuses resume text longer than any resume, whatever it came from (a file or a paste). */
export function assertResumeLength(chars: number): void {
  if (chars > MAX_RESUME_CHARS) throw tooLong(chars);
}

/** The non-blank lines of `text`, each with what the file said of the raw line it came from, and its pieces. */
function documentLines(
  text: string,
  lineSources: readonly number[],
  pieceStarts: readonly (readonly number[])[],
  facts: readonly (LineFacts | null)[],
): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const known = facts[lineSources[i] ?? -1];
    if (line !== '') {
      lines.push({
        start,
        end: start + line.length,
        geometry: known?.geometry ?? null,
        style: known?.style ?? PLAIN_LINE_STYLE,
        pieceStarts: (pieceStarts[i] ?? []).map((at) => start + at),
      });
    }
    start += line.length + 1;
  });
  return lines;
}

/**
 * Normalizes raw extracted text and wraps it with what every format reports. `facts[i]` is what the file
 * says of raw line i: where and how it was drawn (null for blank lines, and absent where the format says nothing).
 */
export function toExtractedDocument(
  format: DocumentFormat,
  rawText: string,
  pages: number | null,
  layout: ObservedLayout,
  facts: readonly (LineFacts | null)[] = [],
): ExtractedDocument {
  if (rawText.length > MAX_RAW_CHARS) throw tooLong(rawText.length);
  const { text, invisibleChars, lineSources, pieceStarts, ...repairs } = normalizeText(rawText);
  assertResumeLength(text.length);
  const hiddenText: HiddenText[] = [
    ...(invisibleChars > 0 ? [{ kind: 'invisible-characters' as const, chars: invisibleChars, sample: '' }] : []),
    ...(layout.hiddenText ?? []),
  ];
  const { columns, headerFooterText, producer = null, linkUrls = [], pictures = null } = layout;
  const links = documentLinks(linkUrls, text);
  return {
    format,
    text,
    pages,
    words: countWords(text),
    layout: { columns, headerFooterText, ...repairs, hiddenText, producer, links, pictures },
    lines: documentLines(text, lineSources, pieceStarts, facts),
  };
}
