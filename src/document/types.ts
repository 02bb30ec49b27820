/*
 * What is known about a resume's document, shared by extraction (which observes it) and the scorer (which
 * judges it). Neither imports the other: both import this.
 */

/**
 * What extraction learned about the file's layout that an ATS could trip on. The scorer turns these
 * facts into parseability findings; extraction only observes them.
 */
export interface LayoutFacts {
  /** Most text columns found on any page (PDF only; 1 elsewhere). */
  columns: number;
  /** Lines repeated at the top or bottom of several pages, or in DOCX headers/footers: many ATS drop them. */
  headerFooterText: string[];
  /** Characters that decoded to nothing usable (U+FFFD, private-use glyphs): text an ATS cannot read. */
  undecodableChars: number;
  /** Ligature glyphs (ﬁ ﬂ ﬀ ﬃ ﬄ) that were expanded back to letters. */
  ligaturesRepaired: number;
  /** Words hyphenated across a line break that were joined again. */
  hyphenationsJoined: number;
  /**
   * Text a reader of the document cannot see but a naive ATS would read, one entry per kind found. It is
   * removed from `text` (so it never raises a score) and reported as the `hidden-text` warning.
   */
  hiddenText: HiddenText[];
}

/**
 * Why text counts as hidden: characters that draw nothing or reorder what is drawn (zero-width, bidi
 * controls); DOCX runs formatted hidden (`w:vanish`) or white on an unshaded page; text too small to read.
 * (PDF text placed outside the page never reaches us: pdf.js drops it while extracting.)
 */
export const HIDDEN_TEXT_KINDS = ['invisible-characters', 'hidden-formatting', 'white-text', 'tiny-text'] as const;
export type HiddenTextKind = (typeof HIDDEN_TEXT_KINDS)[number];

export interface HiddenText {
  kind: HiddenTextKind;
  /** Characters removed (for invisible characters: how many of them). */
  chars: number;
  /** The first few words removed, so the reader can find them in the file; empty for invisible characters. */
  sample: string;
}

