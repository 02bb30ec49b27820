import { MAX_FILE_BYTES, MAX_RESUME_CHARS } from '../limits.ts';
import { countWords } from '../text/countWords.ts';
import { normalizeText } from './normalizeText.ts';
import type { HiddenText, LayoutFacts } from '../document/types.ts';
import { ExtractError, type DocumentFormat, type ExtractedDocument } from './types.ts';

/** What a format's extractor observed itself; normalizeText adds what it repaired. */
export type ObservedLayout = Pick<LayoutFacts, 'columns' | 'headerFooterText'> & { hiddenText?: HiddenText[] };

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

/** Normalizes raw extracted text and wraps it with what every format reports. */
export function toExtractedDocument(format: DocumentFormat, rawText: string, pages: number | null, layout: ObservedLayout): ExtractedDocument {
  if (rawText.length > MAX_RAW_CHARS) throw tooLong(rawText.length);
  const { text, invisibleChars, ...repairs } = normalizeText(rawText);
  assertResumeLength(text.length);
  const hiddenText: HiddenText[] = [
    ...(invisibleChars > 0 ? [{ kind: 'invisible-characters' as const, chars: invisibleChars, sample: '' }] : []),
    ...(layout.hiddenText ?? []),
  ];
  const { columns, headerFooterText } = layout;
  return { format, text, pages, words: countWords(text), layout: { columns, headerFooterText, ...repairs, hiddenText } };
}
