import { extractDocument } from '../extract/extractDocument.ts';
import type { PdfjsSource } from '../extract/types.ts';
import { analyzeResume } from '../scorer/analyzeResume.ts';
import type { FileText } from '../scorer/editResume.ts';
import { MAX_PAGES } from '../scorer/scoringRules.ts';
import { scoreResume } from '../scorer/scoreResume.ts';
import type { ScoreInput } from '../scorer/types.ts';
import { slugify } from '../text/slugify.ts';
import { buildSafeCopy } from './buildSafeCopy.ts';
import type { FontSource } from './fontSource.ts';
import { readBackCopy } from './readBackCopy.ts';
import { COPY_FILE_TYPES, type CopyFormat, type CopyNote, type ExportedCopy, type SafeCopy } from './types.ts';

/** What writing and reading back a copy needs from its surroundings: pdf.js and the Unicode font. */
export interface CopyTools {
  pdfjs: PdfjsSource;
  fonts: FontSource;
}

export interface CopyResult {
  copy: SafeCopy;
  exported: ExportedCopy;
}

/**
 * The copy's bytes, and what this format alone leaves out. Each writer loads on its format's first copy: a
 * text copy never downloads the PDF and Word libraries.
 */
async function write(copy: SafeCopy, format: CopyFormat, fonts: FontSource): Promise<{ bytes: Uint8Array; dropped: CopyNote[] }> {
  if (format === 'docx') return { bytes: await (await import('./writeDocxCopy.ts')).writeDocxCopy(copy), dropped: [] };
  if (format === 'text') return { bytes: (await import('./writeTextCopy.ts')).writeTextCopy(copy), dropped: [] };
  const { bytes, unwritable } = await (await import('./writePdfCopy.ts')).writePdfCopy(copy, fonts);
  const message = `No font the PDF copy carries can draw ${unwritable.map((char) => `"${char}"`).join(', ')}: they are missing from it. The DOCX and text copies keep them.`;
  return { bytes, dropped: unwritable.length > 0 ? [{ id: 'characters-unwritable', message }] : [] };
}

/**
 * The ATS-safe copy of a resume (`input`, edits applied, with `file` the text as read from its file), written
 * in one format, then read back from its own bytes by the same extraction and engine that read the source,
 * and compared with it.
 */
export async function exportCopy(input: ScoreInput, file: FileText | null, format: CopyFormat, tools: CopyTools): Promise<CopyResult> {
  const analysis = analyzeResume(input);
  const source = scoreResume(input, analysis);
  const copy = buildSafeCopy({
    text: input.text,
    lines: input.lines ?? [],
    layout: input.layout ?? null,
    structure: analysis.structure,
    region: input.region ?? 'US',
    maxPages: input.maxPages ?? MAX_PAGES,
    edited: file !== null && file.text !== input.text,
  });
  const type = COPY_FILE_TYPES[format];
  const fileName = `${slugify(copy.name ?? '') || 'resume'}-ats-safe.${type.extension}`;
  const { bytes, dropped } = await write(copy, format, tools.fonts);
  const read = await extractDocument(bytes, fileName, tools.pdfjs);
  const copyReport = scoreResume({ ...input, text: read.text, lines: read.lines, layout: read.layout, pages: read.pages });
  return {
    copy: { ...copy, dropped: [...copy.dropped, ...dropped] },
    exported: { format, fileName, mimeType: type.mimeType, bytes, readBack: readBackCopy(source, copyReport, read.pages) },
  };
}
