import { EXTRACT_ERROR_KINDS, type ExtractErrorKind } from '../extract/types.ts';

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
