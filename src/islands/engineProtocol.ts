import type { CopyResult } from '../export/exportCopy.ts';
import type { CopyFormat } from '../export/types.ts';
import type { ExtractedDocument, ExtractProgress } from '../extract/types.ts';
import type { GuideRank } from '../scorer/rankGuides.ts';
import type { Coaching, GuideSpec, ScoreReport } from '../scorer/types.ts';
import type { InputError } from './inputError.ts';

/**
 * A resume as the worker scores it: its text, and what extraction learned of its file (null when pasted).
 * The text may be an edited copy of the file's: the file's own text stays in `document`.
 */
export interface ResumeForScoring {
  text: string;
  document: ExtractedDocument | null;
}

/** What the page asks of the engine worker; every request carries an id that its replies repeat. */
export type EngineRequest =
  | { id: number; kind: 'read-file'; file: File }
  | { id: number; kind: 'read-text'; text: string }
  | { id: number; kind: 'score'; resume: ResumeForScoring; guide: GuideSpec | null; jobDescription: string }
  | { id: number; kind: 'coach'; resume: ResumeForScoring; guide: GuideSpec | null; jobDescription: string }
  | { id: number; kind: 'rank'; resume: ResumeForScoring }
  | { id: number; kind: 'export'; resume: ResumeForScoring; guide: GuideSpec | null; jobDescription: string; format: CopyFormat };

/** The value each kind of request resolves to. */
export interface EngineResults {
  'read-file': ExtractedDocument;
  'read-text': string;
  score: ScoreReport;
  coach: Coaching;
  rank: GuideRank[];
  export: CopyResult;
}

export type EngineReply =
  | { id: number; kind: 'progress'; progress: ExtractProgress }
  | { id: number; kind: 'result'; value: EngineResults[keyof EngineResults] }
  | { id: number; kind: 'error'; error: InputError };
