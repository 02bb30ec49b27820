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
  /**
   * Lines repeated at the top or bottom of several pages, or in DOCX headers/footers: many ATS drop them. Each
   * piece of a line that a wide gap or a tab set apart (a name, and the contact details or page number across
   * from it) is an entry of its own.
   */
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
  /**
   * The program that made the file, from a PDF's Producer and Creator or a DOCX's `docProps/app.xml`
   * Application; null when the file does not say (and for plain text). Fixes differ by editor: the LaTeX
   * preamble that maps ligatures helps only a file LaTeX made.
   */
  producer: DocumentProducer | null;
  /**
   * Web and mail links the file carries as clickable areas (PDF link annotations), each once, at most
   * MAX_DOCUMENT_LINKS. `visible` says whether the address also stands in the text: many ATS read only
   * the text, so a profile reachable only by clicking an icon is lost to them.
   */
  links: DocumentLink[];
  /**
   * Pictures placed in the document (photos, logos, charts, diagrams): an ATS reads none of them. Counted
   * where the format lists them (DOCX; a text file has none); null where only rendering could tell (PDF).
   */
  pictures: number | null;
}

export const DOCUMENT_PRODUCERS = ['tex', 'word', 'libreoffice', 'google-docs', 'chromium', 'other'] as const;
export type DocumentProducer = (typeof DOCUMENT_PRODUCERS)[number];

/** A resume has a handful of links; past this many the rest add nothing to what the warning says. */
export const MAX_DOCUMENT_LINKS = 50;

export interface DocumentLink {
  /** An http(s) or mailto address, as the file gives it. */
  url: string;
  /** The address (or, for a web link, its host and path) appears in the extracted text. */
  visible: boolean;
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


/**
 * Where a line stands on its page, as the file draws it: what tells a wrapped line from a new bullet, and a
 * heading from body text, when the words alone cannot. Positions are in ems of the document's body text
 * (PDF: points over the most common font height; text: two characters to the em), measured from the left
 * edge of the page (or of the text, for a text file): only comparisons within one document mean anything.
 */
export interface LineGeometry {
  /** Left edge of the line's first mark, its list marker included. */
  indent: number;
  /** Left edge of the line's first letter or digit: right of `indent` when a marker precedes it. */
  textIndent: number;
  /** Right edge of the line's last mark: a line that runs to its column's edge was wrapped there. */
  right: number;
  /**
   * Right edge of the text column the line stands in (the furthest any of its lines reach): a sidebar's is
   * its own, not the page's.
   */
  columnRight: number;
  /** Font height relative to the document's most common line height (1 for body text). */
  size: number;
}

/**
 * What the file says a line is, beyond where it stands: the cues a recruiter's eye takes a heading or a list
 * item from when the words alone are ambiguous ("Leadership" heads a section, or is one soft skill of a list).
 */
export interface LineStyle {
  /**
   * The file calls the line a heading: a heading or title paragraph style, or an outline level (DOCX); a
   * Markdown "#" line, or a line underlined with === or --- (text). PDF has no such mark.
   */
  heading: boolean;
  /** The line is an item of the file's own list formatting (Word numbering), at this level from 0; null otherwise. */
  listLevel: number | null;
  /**
   * The line's type stands apart from the body text: bold or larger runs (DOCX); a font other than the body
   * text's, or a larger one (PDF: pdf.js names each run's font but sends its name only to a page that
   * renders, so the font's identity, not its weight, is what is known). Null where the format has no type (text).
   */
  emphasis: boolean | null;
  /** The line goes on within the paragraph of the line before (a line break typed inside it): not a new item. */
  continuesParagraph: boolean;
}

export const PLAIN_LINE_STYLE: Readonly<LineStyle> = { heading: false, listLevel: null, emphasis: null, continuesParagraph: false };

/** What a format knows of one raw line of its text, before normalizing maps it to a DocumentLine. */
export interface LineFacts {
  geometry: LineGeometry | null;
  style: LineStyle;
}

/** One line of the document's text (`start`–`end` in it), with where and how the file drew it. */
export interface DocumentLine extends LineFacts {
  start: number;
  end: number;
  /**
   * Where each piece of the line after the first starts in the text: pieces the file set apart by a gap far
   * wider than a word space (a name and its contact block on one baseline, a role and its right-aligned dates,
   * a tab), which the text joins with one space. They are not one run of words: a reader of names and places
   * reads each piece on its own. Empty for a line of one piece.
   */
  pieceStarts: number[];
}
