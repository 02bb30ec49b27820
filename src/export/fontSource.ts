/** The two faces of a Unicode font, as TrueType bytes. */
export interface UnicodeFont {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Where the PDF writer gets a font for text the standard PDF fonts cannot encode (₹, ł, Ğ, Cyrillic…):
 * DejaVu Sans, shipped with the site and the CLI, never fetched from another origin. Loaded only for such text.
 */
export interface FontSource {
  load(): Promise<UnicodeFont>;
}
