import { detectFormat } from './detectFormat.ts';
import { extractDocxText } from './extractDocxText.ts';
import { extractPdfText } from './extractPdfText.ts';
import { extractPlainText } from './extractPlainText.ts';
import { MAX_FILE_BYTES } from '../limits.ts';
import { ExtractError, type ExtractedDocument, type ExtractOptions, type PdfjsSource } from './types.ts';

/**
 * Refuses an empty or oversized file from its size alone, so a caller holding only a file's size (the CLI,
 * before reading it into memory) gets the same error as one holding its bytes.
 */
export function assertFileSize(byteLength: number, fileName: string): void {
  if (byteLength === 0) {
    throw new ExtractError('empty', `"${fileName}" is empty (0 bytes). Check that you picked the right file, or paste the resume text.`);
  }
  if (byteLength > MAX_FILE_BYTES) {
    throw new ExtractError(
      'too-large',
      `"${fileName}" is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a resume is well under ${MAX_FILE_BYTES / 1024 / 1024} MB. Export it again without large images, or paste the text.`,
    );
  }
}

/**
 * Reads a resume file as an ATS would: its format told by its bytes, its text in reading order, with what
 * was learned about its layout. Every failure is an ExtractError whose message says what to do next; the
 * file name appears in messages only.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  pdfjs: PdfjsSource,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  assertFileSize(bytes.byteLength, fileName);
  try {
    const format = detectFormat(bytes, fileName);
    if (format === 'pdf') return await extractPdfText(bytes, pdfjs, options);
    if (format === 'docx') return await extractDocxText(bytes);
    return extractPlainText(bytes);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('corrupt', `"${fileName}" could not be read: it may be damaged. Export it again from your editor as PDF or DOCX, or paste the text.`);
  }
}
