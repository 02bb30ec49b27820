import { FontNames } from '@pdf-lib/standard-fonts';
import { StandardFontEmbedder } from 'pdf-lib';
import type { TextMeasure } from './layoutCopy.ts';

/** A character the standard fonts' encoding (WinAnsi) lacks is measured as a letter of average width. */
const STAND_IN = 'n';

/**
 * Widths of Helvetica, which Arial matches glyph for glyph: how the DOCX copy is measured for its pages, as
 * Word will set it in Arial.
 */
export function helveticaMeasure(): TextMeasure {
  const faces = { regular: StandardFontEmbedder.for(FontNames.Helvetica), bold: StandardFontEmbedder.for(FontNames.HelveticaBold) };
  return {
    width(text, size, bold) {
      const face = bold ? faces.bold : faces.regular;
      try {
        return face.widthOfTextAtSize(text, size);
      } catch {
        return face.widthOfTextAtSize(text.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, STAND_IN), size);
      }
    },
  };
}
