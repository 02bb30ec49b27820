import type { ResumeStructure } from './types.ts';

/*
 * Where a resume says what the candidate is: the header under the name, and the role lines of experience
 * (not its bullets). A title named there is the candidate's own claim to it. Read by ranking (does the resume
 * name a guide's role?) and by a posting's title check (does it name the posting's title?).
 */

/** What separates the parts of a headline or role line: "Data Engineer · Bengaluru · priya@…", "Engineer — Acme". */
const TITLE_LINE_PARTS = /\s+[·|•]\s+|\s+[–—]\s+/;

/** "Back-end  Engineer" and "backend engineer" name one title. */
export const titleKey = (text: string) => text.toLowerCase().replace(/-/g, '').replace(/\s+/g, ' ');

function titleLines(structure: ResumeStructure): { text: string; key: string }[] {
  return structure.lines
    .filter((line) => !line.isHeading && !line.isBullet && (line.section === 'Contact' || line.section === 'Summary' || line.section === 'Experience'))
    .map((line) => ({ text: line.text, key: titleKey(line.text) }));
}

/** Where a resume names a title: its words as written, and which of its title lines (0 is the first) says them. */
export interface TitleNamed {
  quote: string;
  line: number;
}

/**
 * For one resume, the earliest of its title lines naming any of the given titles, quoted as the part of the
 * line that names it; each title is looked for once, however often it is asked about.
 */
export function roleReader(structure: ResumeStructure): (titles: readonly string[]) => TitleNamed | null {
  const lines = titleLines(structure);
  const found = new Map<string, TitleNamed | null>();
  const lineNaming = (title: string): TitleNamed | null => {
    const key = titleKey(title);
    let named = found.get(key);
    if (named === undefined) {
      const pattern = new RegExp(`(?:^|[^a-z0-9])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      const line = lines.findIndex((candidate) => pattern.test(candidate.key));
      const text = lines[line]?.text;
      // Quoted as the resume's own words: the part of a headline that names the role, not its contact details.
      named = text === undefined ? null : { quote: text.split(TITLE_LINE_PARTS).find((part) => pattern.test(titleKey(part))) ?? text, line };
      found.set(key, named);
    }
    return named;
  };
  return (titles) =>
    titles.reduce<TitleNamed | null>((earliest, title) => {
      const named = lineNaming(title);
      return named !== null && (earliest === null || named.line < earliest.line) ? named : earliest;
    }, null);
}
