import { reviseLines } from '../document/reviseLines.ts';
import type { DocumentLine } from '../document/types.ts';
import type { ScoreInput } from './types.ts';

/** The text a file gave and where it drew each line: what an edited copy of the text is scored against. */
export interface FileText {
  text: string;
  lines: readonly DocumentLine[];
}

/**
 * The score input for an edited copy of the resume: its lines are always revised from the file's own, so
 * that a text scores the same whether it was typed, applied as a fix, or tried as a what-if.
 */
export function editedInput(input: ScoreInput, text: string, file: FileText | null): ScoreInput {
  const { lines: _drawn, ...rest } = input;
  return file ? { ...rest, text, lines: reviseLines(file.lines, file.text, text) } : { ...rest, text };
}
