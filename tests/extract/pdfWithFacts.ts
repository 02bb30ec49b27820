import { buildPdf, US_LETTER } from './pdfBombs.ts';

/*
 * One-page PDFs that carry what extraction reads besides the text: an Info dictionary (who made the file)
 * and link annotations. Built on buildPdf, whose trailer names no Info: it is added to the trailer here.
 */

const encoder = new TextEncoder();

/** A PDF text string as UTF-16BE hex with its byte order mark, as editors write names with "®" in them. */
export function pdfTextString(text: string): string {
  const hex = [...text].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
  return `<FEFF${hex.toUpperCase()}>`;
}

const literal = (text: string) => `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;

export interface FactsPdf {
  /** Lines of Helvetica text, top down. */
  lines: readonly string[];
  /** Info dictionary entries, e.g. { Producer: 'pdfTeX-1.40.25' }; none means no Info dictionary. */
  info?: Record<string, string>;
  /** Addresses of link annotations on the page, in order. */
  links?: readonly string[];
}

export function factsPdf({ lines, info, links = [] }: FactsPdf): Uint8Array {
  const content = lines.map((line, index) => `BT /F1 11 Tf 1 0 0 1 72 ${720 - index * 16} Tm ${literal(line)} Tj ET`).join('\n');
  // Objects 1–5: catalog, pages, page, content, font; then one per link; then the Info dictionary.
  const annotations = links.map(
    (url, index) => `<< /Type /Annot /Subtype /Link /Rect [72 ${700 - index * 16} 200 ${712 - index * 16}] /Border [0 0 0] /A << /S /URI /URI ${literal(url)} >> >>`,
  );
  const annotationRefs = annotations.map((_, index) => `${6 + index} 0 R`).join(' ');
  const infoEntries = info && Object.entries(info).map(([key, value]) => `/${key} ${pdfTextString(value)}`).join(' ');
  const pdf = buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${US_LETTER.join(' ')}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [${annotationRefs}] >>`,
    `<< /Length ${encoder.encode(content).length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...annotations,
    ...(infoEntries === undefined ? [] : [`<< ${infoEntries} >>`]),
  ]);
  if (infoEntries === undefined) return pdf;
  // The trailer follows the cross-reference table, so growing it moves no offset the table records.
  const text = new TextDecoder().decode(pdf);
  return encoder.encode(text.replace('/Root 1 0 R >>', `/Root 1 0 R /Info ${6 + annotations.length} 0 R >>`));
}
