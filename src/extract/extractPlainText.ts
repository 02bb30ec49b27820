import { decodeText } from './decodeText.ts';
import { textGeometry } from './textGeometry.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument } from './types.ts';

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}(?:[-*_=][ \t]*){3,}$/;

/** Closing marks of an ATX heading are a short run; reading only the end of the line bounds the work. */
const MAX_CLOSING_MARKS = 16;

/** "## Experience ##" → "Experience": the marks are cut by position, not by a pattern that could backtrack. */
function headingText(line: string): string {
  const body = line.trimStart().replace(/^#+/, '').trim();
  const closing = /(?:^|[ \t])#+$/.exec(body.slice(-MAX_CLOSING_MARKS));
  return closing ? body.slice(0, body.length - closing[0].length).trimEnd() : body;
}

/**
 * Markdown reads as the text it stands for: "## Experience" is the heading "Experience", and rules
 * ("---", "***", "===" under a heading) are not text. List markers become "• " in normalizeText.
 */
function markdownToText(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => (THEMATIC_BREAK.test(line) ? [] : [ATX_HEADING.test(line) ? headingText(line) : line]))
    .join('\n');
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
  const text = markdownToText(decoded);
  const document = toExtractedDocument('text', text, null, { columns: 1, headerFooterText: [] }, textGeometry(text));
  if (document.text === '') {
    throw new ExtractError('empty', 'This file holds only spaces and line breaks: there is no resume text in it. Check that you picked the right file, or paste the text.');
  }
  return document;
}
