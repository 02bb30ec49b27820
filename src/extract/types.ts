import type { getDocument, PDFWorker } from 'pdfjs-dist';
import type { DocumentLine, LayoutFacts } from '../document/types.ts';

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

export interface ExtractedDocument {
  format: DocumentFormat;
  /** The text as an ATS reads it: reading order, one line per line, blank line between blocks. */
  text: string;
  /** Real page count for a PDF; null where the format has no pages (the scorer estimates). */
  pages: number | null;
  words: number;
  layout: LayoutFacts;
  /** Every non-blank line of `text`, in order, with where the file drew it. */
  lines: DocumentLine[];
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
  /** For each line of `text`, the line of the input it comes from (0-based): geometry follows its text. */
  lineSources: number[];
  /**
   * For each line of `text`, where each of its pieces after the first starts in it: text a tab or a run of
   * spaces set apart in the input, joined with one space. Empty for a line of one piece.
   */
  pieceStarts: number[][];
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
  /** The font's name within its document (pdf.js's loaded name): runs in one font share it. */
  font: string;
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
