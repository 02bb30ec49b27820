/*
 * Hand-written PDFs for the hardening tests: drawing-instruction bombs and pages that hide text. Written
 * byte by byte so each test states exactly what the file holds, with a correct cross-reference table so
 * pdf.js reads them without falling back to its repair path.
 */

const encoder = new TextEncoder();

/** A PDF string literal: backslashes and parentheses escaped. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

function stream(dictionary: string, content: string): string {
  return `<< ${dictionary} /Length ${encoder.encode(content).length} >>\nstream\n${content}\nendstream`;
}

/**
 * A PDF file from its objects, numbered from 1 in the order given; object 1 must be the catalog. Offsets in
 * the xref table are byte offsets, so contents are ASCII (or counted as UTF-8 bytes).
 */
export function buildPdf(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(encoder.encode(body).length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = encoder.encode(body).length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return encoder.encode(body);
}

/** US Letter, in points: [left, bottom, right, top]. */
export const US_LETTER = [0, 0, 612, 792] as const;

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

interface OnePage {
  content: string;
  mediaBox?: readonly number[];
  /** Resource entries pointing at `extraObjects`, which are numbered from 6. */
  xobjects?: string;
  fonts?: string;
  extraObjects?: readonly string[];
}

/** One page whose content stream is `content`, with Helvetica as /F1. */
function onePagePdf({ content, mediaBox = US_LETTER, xobjects = '', fonts = '', extraObjects = [] }: OnePage): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(' ')}] /Resources << /Font << /F1 5 0 R ${fonts} >> /XObject << ${xobjects} >> >> /Contents 4 0 R >>`,
    stream('', content),
    FONT,
    ...extraObjects,
  ]);
}

export interface XObjectBomb {
  /** Nested form XObjects below the page. */
  depth: number;
  /** How many times each level draws the next (and the page, or the glyph, the first). */
  fanout: number;
  /**
   * `text`: the page draws the forms and the innermost one shows one text item, so the page yields
   * fanout^depth text items. `paths`: the forms draw only paths and are reached from the glyph of a Type3
   * font that the page selects but never shows: no text item at all, only drawing instructions, which pdf.js
   * expands while loading the font. (Path-only forms drawn by the page itself cost nothing: pdf.js skips a
   * form once it has yielded no text.)
   */
  innermost: 'text' | 'paths';
}

/**
 * A few kilobytes that expand to fanout^depth drawings of the innermost form: every level is one small
 * form that invokes the next `fanout` times, shifted a little each time.
 */
export function xobjectBomb({ depth, fanout, innermost }: XObjectBomb): Uint8Array {
  // Objects 1–5 are the catalog, pages, page, content and Helvetica; then the Type3 font and its glyph.
  const type3Font = 6;
  const glyph = 7;
  const firstForm = 8;
  const draws = Array.from({ length: fanout }, (_, i) => `q 1 0 0 1 ${i % 7} ${i % 5} cm /X Do Q`).join('\n');
  const forms = Array.from({ length: depth }, (_, level) => {
    const isInnermost = level === depth - 1;
    const content = !isInnermost ? draws : innermost === 'text' ? 'BT /F1 12 Tf 72 700 Td (x) Tj ET' : '72 700 m 80 708 l 90 700 l h S 50 50 20 20 re f';
    const resources = isInnermost ? '/Font << /F1 5 0 R >>' : `/XObject << /X ${firstForm + level + 1} 0 R >>`;
    return stream(`/Type /XObject /Subtype /Form /BBox [${US_LETTER.join(' ')}] /Resources << ${resources} >>`, content);
  });
  const font = [
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g ${glyph} 0 R >>`,
    `/Encoding << /Type /Encoding /Differences [97 /g] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /XObject << /X ${firstForm} 0 R >> >> >>`,
  ].join(' ');
  const glyphContent = stream('', `1000 0 0 0 1000 1000 d1\n${draws}`);
  const pageContent = innermost === 'text' ? draws : 'BT /T3 12 Tf ET';
  return onePagePdf({ content: pageContent, xobjects: `/X ${firstForm} 0 R`, fonts: `/T3 ${type3Font} 0 R`, extraObjects: [font, glyphContent, ...forms] });
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  /** Font size in points. */
  size: number;
}

/** One page of text runs, each placed with an absolute text matrix, on a page of the given media box. */
export function textPdf(runs: readonly PlacedText[], mediaBox: readonly number[] = US_LETTER): Uint8Array {
  const content = runs.map(({ text, x, y, size }) => `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${pdfString(text)} Tj ET`).join('\n');
  return onePagePdf({ content, mediaBox });
}
