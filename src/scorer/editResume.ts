import { reviseLines } from '../document/reviseLines.ts';
import type { DocumentLine } from '../document/types.ts';
import type { ScoreInput } from './types.ts';

/** The text a file gave and where it drew each line: what an edited copy of the text is scored against. */
export interface FileText {
  text: string;
  lines: readonly DocumentLine[];
}

/**
 * The resume text with one bullet's words replaced, the rest untouched: how an edit in the report, a fix
 * applied, and the what-if rescore of a fix all change a resume, so that all three give the same text. A
 * bullet stays one line: line breaks typed into it become spaces.
 */
export function replaceBullet(text: string, bullet: { start: number; end: number }, words: string): string {
  return `${text.slice(0, bullet.start)}${words.replace(/\s*\n\s*/g, ' ').trim()}${text.slice(bullet.end)}`;
}

/**
 * The score input for an edited copy of the resume: its lines are always revised from the file's own, so
 * that a text scores the same whether it was typed, applied as a fix, or tried as a what-if.
 */
export function editedInput(input: ScoreInput, text: string, file: FileText | null): ScoreInput {
  const { lines: _drawn, ...rest } = input;
  return file ? { ...rest, text, lines: reviseLines(file.lines, file.text, text) } : { ...rest, text };
}
