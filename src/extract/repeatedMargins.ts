import { lineText } from './pdfLines.ts';
import type { TextLine } from './types.ts';

export interface RepeatedMargins {
  /** Each repeated header or footer line once, as first printed. */
  headerFooterText: string[];
  /** Lines to leave out of the body: every page number line, and the repeats of any other line. */
  omit: Set<TextLine>;
}

const PAGE_NUMBER = /^\W*(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?\W*$|\bpage\s*\d+(?:\s*(?:of|\/)\s*\d+)?\b/i;

/** Digits and spacing aside, "Page 1 of 2" and "Page 2 of 2" are the same line. */
function marginKey(line: TextLine): string {
  return lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Finds lines printed at the top or the bottom of two or more pages: running headers and footers, which many
 * ATS drop. Page number lines ("Page 2 of 3", "Jane Doe – Page 2") carry nothing a recruiter reads and leave
 * the body wherever they stand at a page's edge, even once; any other repeated line (a name and email in
 * every header) stays once, where it first appears.
 */
export function findRepeatedMargins(pages: readonly TextLine[][]): RepeatedMargins {
  const headerFooterText: string[] = [];
  const omit = new Set<TextLine>();
  const numbered = new Set<string>();
  for (const edge of [(lines: readonly TextLine[]) => lines[0], (lines: readonly TextLine[]) => lines.at(-1)]) {
    const byKey = new Map<string, TextLine[]>();
    for (const lines of pages) {
      const line = edge(lines);
      if (!line) continue;
      // A page number line is a margin even on one page ("Jane Doe – Page 2" atop the second page only).
      if (PAGE_NUMBER.test(lineText(line))) {
        omit.add(line);
        if (!numbered.has(marginKey(line))) headerFooterText.push(lineText(line));
        numbered.add(marginKey(line));
        continue;
      }
      const key = marginKey(line);
      byKey.set(key, [...(byKey.get(key) ?? []), line]);
    }
    for (const [first, ...repeats] of byKey.values()) {
      if (!first || repeats.length === 0) continue;
      const text = lineText(first);
      if (!headerFooterText.includes(text)) headerFooterText.push(text);
      if (PAGE_NUMBER.test(text)) omit.add(first);
      for (const repeat of repeats) omit.add(repeat);
    }
  }
  return { headerFooterText, omit };
}
