import { layoutPdfPages } from './pdfLayout.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import {
  ExtractError,
  type ExtractedDocument,
  type ExtractOptions,
  type PdfjsSource,
  type PdfTextRun,
} from './types.ts';

/** A resume has 1–3 pages; reading more only keeps the reader waiting on the wrong file. */
export const MAX_PDF_PAGES = 20;
/** Fewer readable characters than this per page, on average, is a page of pictures: a scan or a photo. */
const MIN_CHARS_PER_PAGE = 40;
/** pdf.js's VerbosityLevel.ERRORS: its warnings about fonts and broken objects are noise for a reader. */
const ERRORS_ONLY = 0;

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
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
    },
  ];
}

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

/** The text of a PDF as an ATS reads it, page by page, reporting progress as each page is read. */
export async function extractPdfText(bytes: Uint8Array, pdfjs: PdfjsSource, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { getDocument, worker } = await pdfjs.load();
  // pdf.js takes ownership of the array it is given (it is transferred to the worker): give it a copy.
  const task = getDocument({ data: bytes.slice(), verbosity: ERRORS_ONLY, ...(worker ? { worker } : {}) });
  try {
    const pdf = await task.promise;
    const pageCount = pdf.numPages;
    if (pageCount > MAX_PDF_PAGES) {
      throw new ExtractError(
        'too-large',
        `This PDF has ${pageCount} pages; a resume has 1–3 pages, and Shortlist reads at most ${MAX_PDF_PAGES}. Upload the resume on its own.`,
      );
    }
    const pages: PdfTextRun[][] = [];
    for (let number = 1; number <= pageCount; number += 1) {
      const page = await pdf.getPage(number);
      // Unnormalized, so that normalizeText sees (and counts) the ligatures it repairs.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(content.items.flatMap((item) => ('str' in item ? toRun(item) : [])));
      page.cleanup();
      options.onProgress?.({ page: number, pages: pageCount });
    }

    const layout = layoutPdfPages(pages);
    const document = toExtractedDocument('pdf', layout.text, pageCount, layout);
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
  } catch (error) {
    throw toExtractError(error);
  } finally {
    await task.destroy();
  }
}
