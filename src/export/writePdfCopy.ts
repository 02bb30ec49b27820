import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { FontSource } from './fontSource.ts';
import { BULLET_INDENT_EMS, BULLET_MARKER, layoutCopy } from './layoutCopy.ts';
import type { SafeCopy } from './types.ts';

interface Faces {
  regular: PDFFont;
  bold: PDFFont;
  /** Characters of the copy that neither the standard fonts nor the Unicode font can draw. */
  unwritable: string[];
}

/** A PDF copy, and the characters it could not write (shown as left out, and caught by the read-back). */
export interface WrittenPdf {
  bytes: Uint8Array;
  unwritable: string[];
}

/** Whether the standard fonts (WinAnsi encoding) can write every character of the copy. */
function encodes(font: PDFFont, texts: readonly string[]): boolean {
  try {
    for (const text of texts) font.encodeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Helvetica, the standard font every PDF reader has, where it can write the text; else DejaVu Sans embedded
 * (as a subset, with its ligatures off so "fi" stays two letters an ATS reads).
 */
async function facesFor(pdf: PDFDocument, texts: readonly string[], fonts: FontSource): Promise<Faces> {
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (encodes(regular, texts)) return { regular, bold, unwritable: [] };
  const [fontkit, unicode] = await Promise.all([import('@pdf-lib/fontkit'), fonts.load()]);
  pdf.registerFontkit(fontkit.default);
  const features = { liga: false, clig: false, dlig: false };
  const face = fontkit.default.create(unicode.regular);
  const unwritable = [...new Set([...texts.join('')])].filter((char) => !/\s/u.test(char) && !face.hasGlyphForCodePoint(char.codePointAt(0)!));
  return {
    regular: await pdf.embedFont(unicode.regular, { subset: true, features }),
    bold: await pdf.embedFont(unicode.bold, { subset: true, features }),
    unwritable,
  };
}

const textsOf = (copy: SafeCopy) => [copy.name ?? '', ...copy.header, ...copy.sections.flatMap((section) => [section.heading, ...section.items.map((item) => item.text)]), BULLET_MARKER];

/**
 * The copy as a PDF: real text in one column, set by `layoutCopy`, each bullet a "•" with its lines hanging
 * under its words. No images, no header or footer, no annotations: nothing but text for an ATS to read.
 */
export async function writePdfCopy(copy: SafeCopy, fonts: FontSource): Promise<WrittenPdf> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(copy.name === null ? 'Resume' : `${copy.name} – Resume`);
  if (copy.name !== null) pdf.setAuthor(copy.name);
  pdf.setCreator('Shortlist ATS-safe copy');
  pdf.setProducer('Shortlist ATS-safe copy');
  pdf.setLanguage('en');
  const faces = await facesFor(pdf, textsOf(copy), fonts);
  const layout = layoutCopy(copy, { width: (text, size, bold) => (bold ? faces.bold : faces.regular).widthOfTextAtSize(text, size) });
  for (const lines of layout.pages) {
    const page = pdf.addPage([layout.paper.width, layout.paper.height]);
    for (const line of lines) {
      const font = line.bold ? faces.bold : faces.regular;
      if (line.role === 'bullet') {
        page.drawText(BULLET_MARKER, { x: line.x - BULLET_INDENT_EMS * line.size + 0.3 * line.size, y: line.y, size: line.size, font: faces.regular });
      }
      page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font });
    }
  }
  return { bytes: await pdf.save({ useObjectStreams: false }), unwritable: faces.unwritable };
}
