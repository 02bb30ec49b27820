import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_XML_ELEMENTS } from '../limits.ts';
import type { DocxParts } from './docxParts.ts';
import { ExtractError } from './types.ts';
import { countWordXml } from './wordXmlCounts.ts';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses a DOCX that would cost more to read than any resume: too many paragraphs in the body (or in the
 * headers and footers, held to the same cap though they hold a line or two), or too many elements for mammoth.
 */
export function assertDocxWorkload(parts: DocxParts): void {
  let elements = 0;
  let bodyParagraphs = 0;
  for (const part of parts.mammoth) {
    const counts = countWordXml(part.xml);
    elements += counts.elements;
    if (part === parts.main) bodyParagraphs = counts.paragraphs;
  }
  const marginParagraphs = parts.headersAndFooters.reduce((total, part) => total + countWordXml(part.xml).paragraphs, 0);
  for (const [paragraphs, where] of [
    [bodyParagraphs, ''],
    [marginParagraphs, ' in its headers and footers'],
  ] as const) {
    if (paragraphs > MAX_DOCX_PARAGRAPHS) {
      throw new ExtractError(
        'too-large',
        `This DOCX has ${count(paragraphs)} paragraphs${where}; a 20-page CV has about 1,000, and Shortlist reads at most ${count(MAX_DOCX_PARAGRAPHS)}. Upload the resume on its own, without appendices, or a PDF of it.`,
      );
    }
  }
  if (elements > MAX_DOCX_XML_ELEMENTS) {
    throw new ExtractError(
      'too-large',
      `This DOCX holds ${count(elements)} pieces of text and formatting; a resume holds under 50,000, and Shortlist reads at most ${count(MAX_DOCX_XML_ELEMENTS)}. Copy the resume's text into a new document and save that, or upload a PDF.`,
    );
  }
}
