import { decodeText } from './decodeText.ts';
import { PLAIN_LINE_STYLE, type LineFacts } from '../document/types.ts';
import { RAW_LINE_BREAK } from './normalizeText.ts';
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

/** A setext underline: a line of "=" or "-" under a line of text makes that line a heading. */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

interface TextLines {
  text: string;
  /** For each line of `text`: its indentation, and whether the file marks it a heading. */
  facts: (LineFacts | null)[];
}

/**
 * Markdown reads as the text it stands for: "## Experience" is the heading "Experience", and rules
 * ("---", "***", "===" under a heading) are not text. List markers become "• " in normalizeText. A
 * heading keeps the mark in the line's style, as a DOCX heading style is kept.
 */
function markdownToText(text: string): TextLines {
  const raw = text.split(RAW_LINE_BREAK);
  const kept: { line: string; heading: boolean }[] = [];
  raw.forEach((line, i) => {
    if (THEMATIC_BREAK.test(line) || (UNDERLINE.test(line) && (raw[i - 1] ?? '').trim() !== '')) return;
    const atx = ATX_HEADING.test(line);
    const underlined = line.trim() !== '' && UNDERLINE.test(raw[i + 1] ?? '');
    kept.push({ line: atx ? headingText(line) : line, heading: atx || underlined });
  });
  const lines = kept.map((entry) => entry.line);
  const geometry = textGeometry(lines);
  return {
    text: lines.join('\n'),
    facts: geometry.map((drawn, i) => (drawn === null ? null : { geometry: drawn, style: { ...PLAIN_LINE_STYLE, heading: kept[i]!.heading } })),
  };
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
  const { text, facts } = markdownToText(decoded);
  const document = toExtractedDocument('text', text, null, { columns: 1, headerFooterText: [], pictures: 0 }, facts);
  if (document.text === '') {
    throw new ExtractError('empty', 'This file holds only spaces and line breaks: there is no resume text in it. Check that you picked the right file, or paste the text.');
  }
  return document;
}
