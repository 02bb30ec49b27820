import { diffArrays } from 'diff';
import type { DocumentLine } from './types.ts';

/** Where each line of a text starts in it. */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let start = 0;
  for (const line of lines) {
    starts.push(start);
    start += line.length + 1;
  }
  return starts;
}

/**
 * The document's lines for an edited copy of its text. Where the file drew a line is what tells a wrapped
 * line from a new bullet, so an edit must not lose it. Lines the edit left alone keep their drawing, moved by
 * the change in length (a line diff finds them, wherever the edits were); in each edited stretch, the new
 * lines take the drawing of the old lines they replace, in order (a bullet retyped on one line keeps the place
 * of its first printed line). A line added beyond the old count has no drawing, as pasted text has none.
 * Always revised from the file's own text, so the same edited text gets the same lines however it was reached.
 */
export function reviseLines(lines: readonly DocumentLine[], oldText: string, newText: string): DocumentLine[] {
  if (oldText === newText || lines.length === 0) return [...lines];
  const before = oldText.split('\n');
  const after = newText.split('\n');
  const oldStarts = lineStarts(before);
  const newStarts = lineStarts(after);
  const drawnAt = new Map(lines.map((line) => [line.start, line]));
  const revised: DocumentLine[] = [];
  const place = (oldIndex: number, newIndex: number, unchanged: boolean) => {
    const drawn = drawnAt.get(oldStarts[oldIndex]!);
    const text = after[newIndex]!;
    if (!drawn || text.trim() === '') return;
    const start = newStarts[newIndex]!;
    const shift = start - oldStarts[oldIndex]!;
    revised.push(
      unchanged
        ? { ...drawn, start, end: drawn.end + shift, pieceStarts: drawn.pieceStarts.map((at) => at + shift) }
        : { ...drawn, start, end: start + text.length, pieceStarts: [] },
    );
  };
  let oldIndex = 0;
  let newIndex = 0;
  let removed: number[] = [];
  for (const part of diffArrays(before, after)) {
    if (part.removed) {
      removed = Array.from({ length: part.count }, (_, i) => oldIndex + i);
      oldIndex += part.count;
    } else if (part.added) {
      for (let i = 0; i < part.count; i++) {
        const replaced = removed[i];
        if (replaced !== undefined) place(replaced, newIndex, false);
        newIndex += 1;
      }
      removed = [];
    } else {
      for (let i = 0; i < part.count; i++) place(oldIndex++, newIndex++, true);
      removed = [];
    }
  }
  return revised;
}
