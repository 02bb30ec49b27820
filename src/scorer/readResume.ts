import { countWords } from '../text/countWords.ts';
import { countDateRanges } from './countDateRanges.ts';
import { readContact } from './readContact.ts';
import { inlineSection, sectionOfHeading } from './sectionHeadings.ts';
import type { ResumeLine, ResumeStructure, SectionName } from './types.ts';

const BULLET = /^(?:[•●▪■◦‣∙·○◆➢►✓✔*–—-]|\d{1,2}[.)])\s+/;
/** A wrapped bullet goes on in lower case, or after a line that stops mid-phrase. */
const CONTINUES = /^[a-z0-9(%$&]/;
const OPEN_ENDING = /(?:[,/&(-]|\b(?:and|or|of|the|to|with|for|in|on|by|a|an|from|into|across))$/i;
const DEMONSTRATING: ReadonlySet<SectionName> = new Set(['Experience', 'Projects', 'Volunteering']);
const WORDS_PER_PAGE = 550;

interface RawLine {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    start += raw.length + 1;
  }
  return lines;
}

/** Sections, bullets, contact details and size of a resume, from its text alone. */
export function readResume(text: string, options: { pages?: number | null; region?: string } = {}): ResumeStructure {
  const lines: ResumeLine[] = [];
  const sections: SectionName[] = [];
  let section: SectionName = 'Contact';
  let previousBlank = true;

  for (const raw of splitLines(text)) {
    if (raw.text === '') {
      previousBlank = true;
      continue;
    }
    const heading = sectionOfHeading(raw.text);
    const inline = heading ? undefined : inlineSection(raw.text);
    if (heading) {
      section = heading;
      if (!sections.includes(heading)) sections.push(heading);
      lines.push({ ...raw, section, isHeading: true, isBullet: false });
    } else if (inline) {
      // "Languages: Go, Python" inside a skills section lists skills, not spoken languages.
      const lineSection = inline.section === 'Languages' && section === 'Skills' ? 'Skills' : inline.section;
      if (!sections.includes(lineSection)) sections.push(lineSection);
      lines.push({ ...raw, section: lineSection, isHeading: false, isBullet: false });
    } else {
      const previous = lines.at(-1);
      const isBullet = BULLET.test(raw.text);
      const wraps =
        previous?.isBullet === true && !previousBlank && !isBullet && (CONTINUES.test(raw.text) || OPEN_ENDING.test(previous.text));
      if (previous && wraps) {
        previous.text = `${previous.text} ${raw.text}`;
        previous.end = raw.end;
      } else {
        lines.push({ ...raw, section, isHeading: false, isBullet });
      }
    }
    previousBlank = false;
  }

  const words = countWords(text);
  const bullets = lines.filter((line) => line.isBullet);
  const bodyLines = lines.filter((line) => !line.isHeading);
  const inSections = bodyLines.filter((line) => DEMONSTRATING.has(line.section));
  const header = lines
    .filter((line) => line.section === 'Contact')
    .map((line) => line.text)
    .join('\n');
  const pages = options.pages ?? Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
  return {
    lines,
    sections,
    contact: readContact(text, header || text.slice(0, 400), options.region ?? 'US'),
    bullets,
    contextLines: inSections.length > 0 ? inSections : bullets,
    dateRanges: countDateRanges(text),
    words,
    pages,
    pagesEstimated: options.pages == null,
  };
}
