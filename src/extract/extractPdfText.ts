import type { PDFDocumentLoadingTask, PDFPageProxy } from 'pdfjs-dist';
import { MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS_PER_PAGE, PDF_TIME_BUDGET_MS } from '../limits.ts';
import { pdfProducer, readLinkUrls } from './pdfDocumentFacts.ts';
import { layoutPdfPages } from './pdfLayout.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument, type ExtractOptions, type PdfjsSource, type PdfTextRun } from './types.ts';

/** Fewer readable characters than this per page, on average, is a page of pictures: a scan or a photo. */
const MIN_CHARS_PER_PAGE = 40;
/** pdf.js's VerbosityLevel.ERRORS: its warnings about fonts and broken objects are noise for a reader. */
const ERRORS_ONLY = 0;

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** One chunk of `page.streamTextContent()`: text items, and marked-content items that carry no text. */
interface TextContentChunk {
  items: (PdfjsTextItem | { type: string })[];
}

/** A pdf.js text item as a run; a glyph with width but no text becomes U+FFFD, counted as undecodable later. */
function toRun(item: PdfjsTextItem): PdfTextRun[] {
  const [scaleX = 0, skewY = 0, skewX = 0, scaleY = 0, x = 0, y = 0] = item.transform;
  if (item.str === '' && item.width === 0) return [];
  return [
    {
      text: item.str === '' ? '\uFFFD' : item.str,
      x,
      y,
      width: item.width,
      height: item.height || Math.hypot(skewX, scaleY) || Math.hypot(scaleX, skewY),
      font: item.fontName,
    },
  ];
}

/** A PDF whose pages expand into more work than any resume: drawing instructions nested inside each other. */
function tooComplex(symptom: string): ExtractError {
  return new ExtractError(
    'too-large',
    `This PDF is built in a way no resume is: ${symptom}, from drawing instructions repeated inside each other. Export it again from your editor as PDF, or upload the DOCX.`,
  );
}

const tooManyTextItems = () =>
  tooComplex(`one page expands to more than ${MAX_PDF_TEXT_ITEMS_PER_PAGE.toLocaleString('en-US')} pieces of text where a resume page has a few thousand`);

const tooSlow = () => tooComplex(`reading it takes more than ${PDF_TIME_BUDGET_MS / 1000} seconds where a resume takes under one`);

function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
}

/** pdf.js errors cross from its worker as plain objects, so they are told apart by name, not class. */
function toExtractError(error: unknown): ExtractError {
  if (error instanceof ExtractError) return error;
  if (errorName(error) === 'PasswordException') {
    return new ExtractError(
      'encrypted',
      'This PDF is password-protected, so an ATS cannot open it. Save or print it to a new PDF without a password, and upload that.',
    );
  }
  return new ExtractError('corrupt', 'This PDF is damaged and cannot be opened. Export it again from your editor as PDF, or upload the DOCX.');
}

/**
 * A page's text runs, read a chunk at a time so that a page that expands without end is refused part way:
 * past the item cap, or past the deadline.
 */
async function readPageRuns(page: PDFPageProxy, deadline: number): Promise<PdfTextRun[]> {
  // Unnormalized, so that normalizeText sees (and counts) the ligatures it repairs.
  const stream: ReadableStream<TextContentChunk> = page.streamTextContent({ disableNormalization: true });
  const reader = stream.getReader();
  const runs: PdfTextRun[] = [];
  let items = 0;
  for (;;) {
    const chunk = await reader.read();
    items += chunk.done ? 0 : chunk.value.items.length;
    const refusal = items > MAX_PDF_TEXT_ITEMS_PER_PAGE ? tooManyTextItems() : Date.now() > deadline ? tooSlow() : undefined;
    if (refusal) {
      // Stops pdf.js producing more; whether it acknowledges does not matter, the task is destroyed next.
      reader.cancel(refusal).catch(() => {});
      throw refusal;
    }
    if (chunk.done) return runs;
    for (const item of chunk.value.items) if ('str' in item) runs.push(...toRun(item));
  }
}

async function readDocument(task: PDFDocumentLoadingTask, deadline: number, options: ExtractOptions): Promise<ExtractedDocument> {
  const pdf = await task.promise;
  const pageCount = pdf.numPages;
  if (pageCount > MAX_PDF_PAGES) {
    throw new ExtractError(
      'too-large',
      `This PDF has ${pageCount} pages; a resume has 1–3 pages, and Shortlist reads at most ${MAX_PDF_PAGES}. Upload the resume on its own.`,
    );
  }
  const pages: PdfTextRun[][] = [];
  const linkUrls: string[] = [];
  for (let number = 1; number <= pageCount; number += 1) {
    const page = await pdf.getPage(number);
    pages.push(await readPageRuns(page, deadline));
    linkUrls.push(...(await readLinkUrls(page)));
    page.cleanup();
    options.onProgress?.({ page: number, pages: pageCount });
  }

  const layout = layoutPdfPages(pages);
  const document = toExtractedDocument('pdf', layout.text, pageCount, { ...layout, producer: await pdfProducer(pdf), linkUrls }, layout.facts);
  const readable = document.text.replace(/\s/g, '').length;
  if (readable < MIN_CHARS_PER_PAGE * pageCount) {
    throw new ExtractError(
      'no-text-layer',
      document.layout.undecodableChars > readable
        ? "This PDF's text cannot be decoded (its fonts map no characters): an ATS reads no text from it. Export it again from your editor as PDF, or upload the DOCX."
        : 'This PDF is a scanned image: an ATS reads no text from it. Export it from your editor as a text PDF or upload the DOCX.',
    );
  }
  return document;
}

/**
 * The text of a PDF as an ATS reads it, page by page, reporting progress as each page is read. Refused
 * within PDF_TIME_BUDGET_MS wherever pdf.js runs on its own thread (the browser); in Node it parses on the
 * caller's thread, where only the checks between text chunks apply and the caller bounds the rest (the CLI
 * reads in a worker thread it can stop).
 */
export async function extractPdfText(bytes: Uint8Array, pdfjs: PdfjsSource, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { getDocument, worker } = await pdfjs.load();
  // pdf.js takes ownership of the array it is given (it is transferred to the worker): give it a copy.
  const task = getDocument({ data: bytes.slice(), verbosity: ERRORS_ONLY, ...(worker ? { worker } : {}) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A page busy expanding drawing instructions may send no chunk for as long as it likes: the timer ends the
  // wait. It cannot fire while pdf.js parses on this thread, in one unbroken chain of microtasks.
  const outOfTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow()), PDF_TIME_BUDGET_MS);
  });
  let document: ExtractedDocument;
  try {
    document = await Promise.race([readDocument(task, Date.now() + PDF_TIME_BUDGET_MS, options), outOfTime]);
  } catch (error) {
    // destroy() settles only when pdf.js's worker acknowledges it, which one still expanding a refused file
    // does not do for as long as that takes: the reader is not kept waiting for it.
    task.destroy().catch(() => {});
    throw toExtractError(error);
  } finally {
    clearTimeout(timer);
  }
  await task.destroy();
  return document;
}
