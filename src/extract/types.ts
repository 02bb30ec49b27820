import type { getDocument, PDFWorker } from 'pdfjs-dist';

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

/** What `normalizeText` repaired, counted for the layout facts. */
export type TextRepairCounts = Pick<LayoutFacts, 'undecodableChars' | 'ligaturesRepaired' | 'hyphenationsJoined'>;

export interface NormalizedText extends TextRepairCounts {
  text: string;
  /** Zero-width and bidi control characters removed: they draw nothing, or make the shown text differ from the read text. */
  invisibleChars: number;
}

/** One pdf.js text item, in PDF user space (points, y grows upwards). */
export interface PdfTextRun {
  /** The item's text; U+FFFD stands for a glyph that has width but decodes to no character. */
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font height: the yardstick for every tolerance in layout reconstruction. */
  height: number;
}

/** The part of a pdf.js module that extraction uses, typed from pdfjs-dist whichever build provides it. */
export interface LoadedPdfjs {
  getDocument: typeof getDocument;
  /**
   * A worker that every file is parsed in (browser). Absent in Node, where pdf.js parses in-process. pdf.js
   * leaves a worker it did not create running when a document is destroyed, so one worker serves every file.
   */
  worker?: PDFWorker;
}

/**
 * Where extraction gets pdf.js from, so one PDF code path runs in Node (`nodePdfjs`) and in the browser.
 * `load` is called for every PDF: it should import pdf.js on its first call only and return the same
 * module (and worker) afterwards. A browser adapter sets `GlobalWorkerOptions.workerSrc` and creates its
 * `PDFWorker` inside `load`, so pages that never receive a PDF never download pdf.js.
 */
export interface PdfjsSource {
  load(): Promise<LoadedPdfjs>;
}

/** Text runs sharing one baseline, left to right: one printed line, which may cross several columns. */
export interface TextLine {
  /** The baseline of the line's first run. */
  y: number;
  /** The tallest run's font height. */
  height: number;
  runs: PdfTextRun[];
}
