import type { LineGeometry } from '../document/types.ts';

/** A monospaced character is about half an em wide: indentation in characters, halved, is in ems. */
const EMS_PER_CHAR = 0.5;
const TAB_CHARS = 4;
/** A list marker at the start of a line: a bullet glyph, a dash or star, or a number ("1." "a)"). */
const MARKER = /^(?:[^\p{L}\p{N}\s]+|\d{1,2}[.)]|[a-z][.)])[ \t]+(?=\S)/u;

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
  // A text file is one column, as wide as its longest line.
  const columnRight = Math.max(0, ...drawn.map((line) => line?.right ?? 0));
  return drawn.map((line) => (line === null ? null : { ...line, columnRight }));
}
