/**
 * Everything the engine worker runs (`engineWorker.ts`): pure calls into the engine and the extraction
 * layer, with the input caps that keep each one bounded. The page's main thread imports none of it.
 */
import { extractDocument } from '../extract/extractDocument.ts';
import { normalizeText } from '../extract/normalizeText.ts';
import { assertResumeLength } from '../extract/toExtractedDocument.ts';
import { ExtractError } from '../extract/types.ts';
import { MAX_JOB_DESCRIPTION_CHARS } from '../limits.ts';
import { jobDescriptionTooLong } from './inputError.ts';
import { browserPdfjs, warmPdfWorker } from '../extract/pdfjsBrowser.ts';
import type { ExtractedDocument, ExtractProgress } from '../extract/types.ts';
import { extractJobKeywords } from '../scorer/extractJobKeywords.ts';
import { mergeKeywordSpecs } from '../scorer/keywordSpecs.ts';
import { rankGuides, type GuideRank, type RankableGuide } from '../scorer/rankGuides.ts';
import { scoreResume } from '../scorer/scoreResume.ts';
import { coachResume } from '../scorer/coachResume.ts';
import { editedInput, type FileText } from '../scorer/editResume.ts';
import type { Coaching, GuideSpec, MonthDate, ScoreInput, ScoreReport } from '../scorer/types.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';

export { warmPdfWorker };

export async function readResumeFile(file: File, onProgress: (progress: ExtractProgress) => void): Promise<ExtractedDocument> {
  return extractDocument(new Uint8Array(await file.arrayBuffer()), file.name, browserPdfjs, { onProgress });
}

/** Pasted text gets the same repairs and the same length cap as extracted text, so both score alike. */
export function readPastedText(text: string): string {
  assertResumeLength(text.length);
  return normalizeText(text).text;
}

export interface ScoreRequest {
  text: string;
  document: ExtractedDocument | null;
  guide: GuideSpec | null;
  jobDescription: string;
  taxonomy: Taxonomy;
  /** Today's month, for roles that run to the present. */
  asOf: MonthDate;
}

/**
 * What the engine scores for a request. An edited resume (its text no longer the file's) keeps the file's
 * layout facts, and its lines are revised from the file's, as every what-if of its coaching is.
 */
export function scoreInput({ text, document, guide, jobDescription, taxonomy, asOf }: ScoreRequest): { input: ScoreInput; file: FileText | null } {
  const posting = jobDescription.trim();
  if (posting.length > MAX_JOB_DESCRIPTION_CHARS) throw new ExtractError('too-large', jobDescriptionTooLong(posting.length).message);
  const fromPosting = posting === '' ? [] : extractJobKeywords(posting, taxonomy);
  const base: ScoreInput = {
    text,
    taxonomy,
    keywords: mergeKeywordSpecs(guide?.keywords ?? [], fromPosting),
    mistakes: guide?.mistakes ?? [],
    pages: document?.pages ?? null,
    ...(document ? { layout: document.layout } : {}),
    region: guide?.region ?? 'US',
    ...(guide?.maxPages === undefined ? {} : { maxPages: guide.maxPages }),
    ...(posting === '' ? {} : { jobDescription: posting }),
    asOf,
  };
  const file = document ? { text: document.text, lines: document.lines } : null;
  return { input: editedInput(base, text, file), file };
}

export function scoreRequest(request: ScoreRequest): ScoreReport {
  return scoreResume(scoreInput(request).input);
}

/** Every bullet coached, and the fixes worth points, by the same input the score was made from. */
export function coachRequest(request: ScoreRequest): Coaching {
  const { input, file } = scoreInput(request);
  return coachResume(input, file);
}

/** Every guide ranked for this resume, by the rules each guide's own scorer applies. */
export function rankResume(text: string, document: ExtractedDocument | null, guides: readonly RankableGuide[], taxonomy: Taxonomy): GuideRank[] {
  return rankGuides({ text, taxonomy, pages: document?.pages ?? null, ...(document ? { layout: document.layout, lines: document.lines } : {}) }, guides);
}
