import type { DocumentLine, LineGeometry } from '../document/types.ts';
import { countWords } from '../text/countWords.ts';
import { countDateRanges } from './countDateRanges.ts';
import { readContact } from './readContact.ts';
import { inlineSection, sectionOfHeading } from './sectionHeadings.ts';
import type { ResumeLine, ResumeStructure, SectionName } from './types.ts';

/** A list marker opening a line: a bullet glyph or dash, or a number ("1.", "2)"). */
export const BULLET = /^(?:[•●▪■◦‣∙·○◆➢►✓✔*–—-]|\d{1,2}[.)])\s+/;
/** A wrapped bullet goes on in lower case, or after a line that stops mid-phrase. */
const CONTINUES = /^[a-z0-9(%$&]/;
const OPEN_ENDING = /(?:[,/&(-]|\b(?:and|or|of|the|to|with|for|in|on|by|a|an|from|into|across))$/i;
/**
 * Ems between a line's first mark and its first letter that make the mark a list marker, even one no font
 * maps to text (a symbol-font bullet, an icon): a space after a word is a quarter of an em.
 */
const MIN_MARKER_GAP = 0.6;
/** Two lines start at the same place when their left edges are this close, in ems. */
const ALIGNED = 0.4;
const DEMONSTRATING: ReadonlySet<SectionName> = new Set(['Experience', 'Projects', 'Volunteering', 'Research', 'Leadership', 'Teaching', 'Military']);
const WORDS_PER_PAGE = 550;

interface RawLine {
  text: string;
  start: number;
  end: number;
  geometry: LineGeometry | null;
}

/** The line was drawn with a mark before its words that the text does not hold: a marker a reader sees. */
const hasUnreadMarker = (line: RawLine) => line.geometry !== null && line.geometry.textIndent - line.geometry.indent >= MIN_MARKER_GAP;

/**
 * Whether `line` goes on with the bullet before it. The drawing says so when it has a hanging indent: the
 * line starts under the bullet's first word, right of its marker. Otherwise the words say so: the line goes
 * on in lower case, or the bullet stopped mid-phrase. A line that opens with a marker never goes on.
 */
function continuesBullet(bullet: RawLine, line: RawLine, previousText: string): boolean {
  const marker = bullet.geometry;
  const hanging = marker !== null && marker.textIndent - marker.indent >= MIN_MARKER_GAP;
  if (hanging && line.geometry && Math.abs(line.geometry.indent - marker.textIndent) <= ALIGNED) return true;
  return CONTINUES.test(line.text) || OPEN_ENDING.test(previousText);
}

function splitLines(text: string, documentLines: readonly DocumentLine[]): RawLine[] {
  const geometryAt = new Map(documentLines.map((line) => [line.start, line.geometry]));
  const lines: RawLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length, geometry: geometryAt.get(start) ?? null });
    start += raw.length + 1;
  }
  return lines;
}

export interface ReadOptions {
  pages?: number | null;
  region?: string;
  /** The document's lines with where the file drew them, from extraction; none for pasted text. */
  lines?: readonly DocumentLine[];
}

/**
 * Sections, bullets, contact details and size of a resume, from its text and, where the file gives it, the
 * geometry of its lines: a bullet is a line that opens with a marker, or whose words start right of a mark
 * the text does not hold; a line that continues a bullet joins it, so each bullet is one whole bullet.
 */
export function readResume(text: string, options: ReadOptions = {}): ResumeStructure {
  const lines: ResumeLine[] = [];
  const sections: SectionName[] = [];
  let section: SectionName = 'Contact';
  let previousBlank = true;
  let bulletStart: RawLine | null = null;

  for (const raw of splitLines(text, options.lines ?? [])) {
    if (raw.text === '') {
      previousBlank = true;
      continue;
    }
    const heading = sectionOfHeading(raw.text);
    const inline = heading ? undefined : inlineSection(raw.text);
    if (heading) {
      section = heading;
      if (!sections.includes(heading)) sections.push(heading);
      lines.push({ text: raw.text, start: raw.start, end: raw.end, section, isHeading: true, isBullet: false });
    } else if (inline) {
      // "Languages: Go, Python" inside a skills section lists skills, not spoken languages.
      const lineSection = inline.section === 'Languages' && section === 'Skills' ? 'Skills' : inline.section;
      if (!sections.includes(lineSection)) sections.push(lineSection);
      lines.push({ text: raw.text, start: raw.start, end: raw.end, section: lineSection, isHeading: false, isBullet: false });
    } else {
      const previous = lines.at(-1);
      // Above the first heading, a mark before the words is an icon (phone, email), not a list.
      const isBullet = BULLET.test(raw.text) || (section !== 'Contact' && hasUnreadMarker(raw));
      const wraps = previous?.isBullet === true && bulletStart !== null && !previousBlank && !isBullet && continuesBullet(bulletStart, raw, previous.text);
      if (previous && wraps) {
        previous.text = `${previous.text} ${raw.text}`;
        previous.end = raw.end;
      } else {
        lines.push({ text: raw.text, start: raw.start, end: raw.end, section, isHeading: false, isBullet });
        bulletStart = isBullet ? raw : null;
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
