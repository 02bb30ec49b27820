import { describe, expect, it } from 'vitest';
import { reviseLines } from '../../src/document/reviseLines.ts';
import { PLAIN_LINE_STYLE, type DocumentLine } from '../../src/document/types.ts';

/** Lines of `text`, each drawn at an indent equal to its position, so a test can tell whose drawing a line kept. */
function drawnLines(text: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (line !== '') lines.push({ start, end: start + line.length, geometry: { indent: i, textIndent: i, right: 30, columnRight: 40, size: 1 }, style: PLAIN_LINE_STYLE, pieceStarts: [] });
    start += line.length + 1;
  });
  return lines;
}

const indents = (text: string, lines: readonly DocumentLine[]) => lines.map((line) => [text.slice(line.start, line.end), line.geometry?.indent]);

describe('the document lines of an edited text', () => {
  const original = 'Experience\n• Built the ledger service that reconciles\ncard payouts nightly\n• Ran the on-call rotation\n• Cut costs by 30%';

  it('keeps every untouched line’s drawing, moved by the edit, and gives a retyped bullet its first line’s', () => {
    const edited = 'Experience\n• Built the ledger service that reconciles card payouts every night\n• Ran the on-call rotation\n• Cut costs by 30%';
    expect(indents(edited, reviseLines(drawnLines(original), original, edited))).toEqual([
      ['Experience', 0],
      ['• Built the ledger service that reconciles card payouts every night', 1],
      ['• Ran the on-call rotation', 3],
      ['• Cut costs by 30%', 4],
    ]);
  });

  it('finds untouched lines between two edits', () => {
    const edited = 'Experience\n• Designed the ledger\n• Ran the on-call rotation\n• Cut cloud costs by 30%';
    const revised = indents(edited, reviseLines(drawnLines(original), original, edited));
    expect(revised).toContainEqual(['• Ran the on-call rotation', 3]);
    expect(revised).toContainEqual(['• Cut cloud costs by 30%', 4]);
  });

  it('gives an added line no drawing, and leaves the lines unchanged for the same text', () => {
    const edited = `${original}\n• Mentored two engineers`;
    expect(reviseLines(drawnLines(original), original, edited).map((line) => edited.slice(line.start, line.end))).not.toContain('• Mentored two engineers');
    expect(reviseLines(drawnLines(original), original, original)).toEqual(drawnLines(original));
  });
});
