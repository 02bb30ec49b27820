/**
 * Everything the scorer island runs, in one chunk that loads when the reader first engages the panel:
 * the page itself ships none of it. Pure calls into the engine and the extraction layer.
 */
import { extractDocument } from '../extract/extractDocument.ts';
import { normalizeText } from '../extract/normalizeText.ts';
import { browserPdfjs, warmPdfWorker } from '../extract/pdfjsBrowser.ts';
import type { ExtractedDocument, ExtractProgress } from '../extract/types.ts';
import { extractJobKeywords } from '../scorer/extractJobKeywords.ts';
import { mergeKeywordSpecs } from '../scorer/keywordSpecs.ts';
import { rankGuides, type GuideRank, type RankableGuide } from '../scorer/rankGuides.ts';
import { scoreResume } from '../scorer/scoreResume.ts';
import type { GuideSpec, ScoreReport } from '../scorer/types.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';

export { warmPdfWorker };

export async function readResumeFile(file: File, onProgress: (progress: ExtractProgress) => void): Promise<ExtractedDocument> {
  return extractDocument(new Uint8Array(await file.arrayBuffer()), file.name, browserPdfjs, { onProgress });
}

/** Pasted text gets the same repairs as extracted text, so both score alike. */
export function readPastedText(text: string): string {
  return normalizeText(text).text;
}

export interface ScoreRequest {
  text: string;
  document: ExtractedDocument | null;
  guide: GuideSpec | null;
  jobDescription: string;
  taxonomy: Taxonomy;
}

export function scoreRequest({ text, document, guide, jobDescription, taxonomy }: ScoreRequest): ScoreReport {
  const posting = jobDescription.trim();
  const fromPosting = posting === '' ? [] : extractJobKeywords(posting, taxonomy);
  return scoreResume({
    text,
    taxonomy,
    keywords: mergeKeywordSpecs(guide?.keywords ?? [], fromPosting),
    mistakes: guide?.mistakes ?? [],
    pages: document?.pages ?? null,
    ...(document ? { layout: document.layout } : {}),
    region: guide?.region ?? 'US',
    ...(posting === '' ? {} : { jobDescription: posting }),
  });
}

/** Every guide ranked for this resume, by the rules each guide's own scorer applies. */
export function rankResume(text: string, document: ExtractedDocument | null, guides: readonly RankableGuide[], taxonomy: Taxonomy): GuideRank[] {
  return rankGuides({ text, taxonomy, pages: document?.pages ?? null, ...(document ? { layout: document.layout } : {}) }, guides);
}
