/** The design's error kinds: the CLI's `error.kind` and the UI's `data-error-kind`. */
export const EXTRACT_ERROR_KINDS = ['empty', 'too-large', 'unsupported-type', 'corrupt', 'encrypted', 'no-text-layer'] as const;
export type ExtractErrorKind = (typeof EXTRACT_ERROR_KINDS)[number];

/** A file we cannot read, with a plain-language message that says what to do next. */
export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;

  constructor(kind: ExtractErrorKind, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.kind = kind;
  }
}

export type DocumentFormat = 'pdf' | 'docx' | 'text';

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
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /** The text as an ATS reads it: reading order, one line per line, blank line between blocks. */
  text: string;
  /** Real page count for a PDF; null where the format has no pages (the scorer estimates). */
  pages: number | null;
  words: number;
  layout: LayoutFacts;
}

export interface ExtractProgress {
  page: number;
  pages: number;
}

export interface ExtractOptions {
  /** Called as each PDF page is read ("Reading page 2 of 3"). */
  onProgress?: (progress: ExtractProgress) => void;
}
