import type { LineGeometry } from '../document/types.ts';
import { quantile } from './quantile.ts';

/** A monospaced character is about half an em wide: indentation in characters, halved, is in ems. */
const EMS_PER_CHAR = 0.5;
const TAB_CHARS = 4;
const COLUMN_EDGE_QUANTILE = 0.9;
/**
 * A list marker at the start of a line: a bullet glyph, a dash or star, a number ("1." "a)"), or the "o" a
 * symbol font's hollow bullet becomes (normalizeText decides whether a list of them is one; where the words
 * start matters either way).
 */
const MARKER = /^(?:[^\p{L}\p{N}\s]+|\d{1,2}[.)]|[a-z][.)]|o)[ \t]+(?=\S)/u;

function width(whitespace: string): number {
  let chars = 0;
  for (const char of whitespace) chars += char === '\t' ? TAB_CHARS - (chars % TAB_CHARS) : 1;
  return chars;
}

/**
 * Where each line of a text file stands: its indentation, and where its words start after a list marker.
 * A plain-text resume shows a wrapped bullet the way a typewriter would, by indenting the wrap under the
 * bullet's first word.
 */
export function textGeometry(lines: readonly string[]): (LineGeometry | null)[] {
  const drawn = lines.map((line) => {
    const body = line.trimStart();
    if (body === '') return null;
    const indent = width(line.slice(0, line.length - body.length));
    const marker = MARKER.exec(body)?.[0] ?? '';
    const right = indent + width(body.trimEnd());
    return { indent: indent * EMS_PER_CHAR, textIndent: (indent + width(marker)) * EMS_PER_CHAR, right: right * EMS_PER_CHAR, size: 1 };
  });
  // A text file is one column. Text wrapped at a width fills many lines to about that width, so its edge is
  // where the longest tenth of lines end: one long line (a contact line) does not move it.
  const rights = drawn.flatMap((line) => (line === null ? [] : [line.right]));
  const columnRight = rights.length === 0 ? 0 : quantile(rights, COLUMN_EDGE_QUANTILE);
  return drawn.map((line) => (line === null ? null : { ...line, columnRight }));
}
