import type { DocxPart } from './docxParts.ts';

/**
 * What Word places as a picture, by the element that carries it: a DrawingML picture (a photo, a logo, an
 * icon), a VML image (older files), a chart, a SmartArt diagram. Text boxes are drawings too, but their text
 * is read, so they are not counted.
 */
const PICTURE = /<(?:pic:pic|v:imagedata|c:chart|dgm:relIds)\b/g;

/** Pictures in the body, headers and footers of a DOCX. */
export function countPictures(parts: readonly DocxPart[]): number {
  return parts.reduce((total, part) => total + (part.xml.match(PICTURE)?.length ?? 0), 0);
}
