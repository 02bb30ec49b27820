import { decodeText } from './decodeText.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument } from './types.ts';

/**
 * Markdown reads as the text it stands for: "## Experience" is the heading "Experience", and rules
 * ("---", "***", "===" under a heading) are not text. List markers become "• " in normalizeText.
 */
function markdownToText(text: string): string {
  return text
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}(?:[-*_=][ \t]*){3,}(?:\n|$)/gm, '');
}

/** A TXT or Markdown file: UTF-8 (BOM or not) or UTF-16 with a BOM. */
export function extractPlainText(bytes: Uint8Array): ExtractedDocument {
  const decoded = decodeText(bytes);
  if (decoded === null) {
    throw new ExtractError(
      'unsupported-type',
      'This text file is not in UTF-8 or UTF-16, so its characters cannot be read reliably. Save it again as UTF-8 text, or upload a PDF or DOCX.',
    );
  }
  const document = toExtractedDocument('text', markdownToText(decoded), null, { columns: 1, headerFooterText: [] });
  if (document.text === '') {
    throw new ExtractError('empty', 'This file holds only spaces and line breaks: there is no resume text in it. Check that you picked the right file, or paste the text.');
  }
  return document;
}
