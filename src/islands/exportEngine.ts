/**
 * The ATS-safe copy, as the engine worker makes it: imported by the worker on the first copy asked for, so
 * the writers (docx, pdf-lib) never load for a reader who does not ask.
 */
import { browserPdfjs } from '../extract/pdfjsBrowser.ts';
import { exportCopy, type CopyResult } from '../export/exportCopy.ts';
import { browserFonts } from '../export/fontSourceBrowser.ts';
import type { CopyFormat } from '../export/types.ts';
import { scoreInput, type ScoreRequest } from './scorerEngine.ts';

export function exportRequest(request: ScoreRequest, format: CopyFormat): Promise<CopyResult> {
  const { input, file } = scoreInput(request);
  return exportCopy(input, file, format, { pdfjs: browserPdfjs, fonts: browserFonts });
}
