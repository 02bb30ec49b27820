/**
 * The resume text with one bullet's words replaced, the rest untouched: how an edit in the report, a fix
 * applied, and the what-if rescore of a fix all change a resume, so that all three give the same text. A
 * bullet stays one line: line breaks typed into it become spaces.
 */
export function replaceBullet(text: string, bullet: { start: number; end: number }, words: string): string {
  return `${text.slice(0, bullet.start)}${words.replace(/\s*\n\s*/g, ' ').trim()}${text.slice(bullet.end)}`;
}
