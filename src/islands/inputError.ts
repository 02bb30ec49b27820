import { EXTRACT_ERROR_KINDS, type ExtractErrorKind } from '../extract/types.ts';
import { FILE_TIME_BUDGET_MS, MAX_JOB_DESCRIPTION_CHARS } from '../limits.ts';

export interface InputError {
  kind: ExtractErrorKind | null;
  message: string;
}

/** Any failure while reading a file, as the alert shows it; an unexpected one is reported as unreadable. */
export function toInputError(error: unknown): InputError {
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && (EXTRACT_ERROR_KINDS as readonly string[]).includes(kind)) {
    return { kind: kind as ExtractErrorKind, message: (error as Error).message };
  }
  return {
    kind: 'corrupt',
    message: 'This file could not be read. Save it again from your editor as PDF or DOCX, or paste the text below.',
  };
}

/** A file that ran past its time budget: the worker reading it was stopped. */
export function timedOut(fileName: string): InputError {
  return {
    kind: 'too-large',
    message: `Reading "${fileName}" took more than ${FILE_TIME_BUDGET_MS / 1000} seconds, so we stopped: a resume reads in under one. The file is built in a way no resume needs (huge drawings or embedded content). Export it again from your editor as PDF, or upload the DOCX.`,
  };
}

/** A job description longer than any posting: shown under its field, and the posting left out of the score. */
export function jobDescriptionTooLong(chars: number): InputError {
  return {
    kind: 'too-large',
    message: `This job description is ${chars.toLocaleString('en-US')} characters long; real postings run to about 15,000 and Shortlist reads at most ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString('en-US')}. Paste only the posting itself: until then its keywords are not in the score.`,
  };
}
