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

/**
 * For one resume, the part of a headline or role line that names any of the given titles (the first title
 * found wins); each title is looked for once, however often it is asked about.
 */
export function roleReader(structure: ResumeStructure): (titles: readonly string[]) => string | null {
  const lines = titleLines(structure);
  const found = new Map<string, string | null>();
  const lineNaming = (title: string): string | null => {
    const key = titleKey(title);
    let line = found.get(key);
    if (line === undefined) {
      const pattern = new RegExp(`(?:^|[^a-z0-9])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      const text = lines.find((candidate) => pattern.test(candidate.key))?.text;
      // Quoted as the resume's own words: the part of a headline that names the role, not its contact details.
      line = text === undefined ? null : (text.split(TITLE_LINE_PARTS).find((part) => pattern.test(titleKey(part))) ?? text);
      found.set(key, line);
    }
    return line;
  };
  return (titles) => {
    for (const title of titles) {
      const line = lineNaming(title);
      if (line !== null) return line;
    }
    return null;
  };
}
