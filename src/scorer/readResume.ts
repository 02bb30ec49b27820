import type { DocumentLine, LineGeometry, LineStyle } from '../document/types.ts';
import { countWords } from '../text/countWords.ts';
import { countDateRanges, holdsDateRange } from './dateRanges.ts';
import { readContactDetails } from './readContactDetails.ts';
import { isPastActionVerb } from './resumeVocabulary.ts';
import { findHeadings } from './findHeadings.ts';
import { inlineSection } from './sectionHeadings.ts';
import type { ResumeLine, ResumeStructure, SectionName } from './types.ts';

/** A list marker opening a line: a bullet glyph or dash, or a number ("1.", "2)"). */
export const BULLET = /^(?:[•●▪■◦‣∙·○◆➢►✓✔*–—-]|\d{1,2}[.)]|\[\d{1,3}\])\s+/;
/** A wrapped bullet goes on in lower case, or after a line that stops mid-phrase. */
const CONTINUES = /^[a-z0-9(%$&]/;
const SENTENCE_END = /[.!?]["')\]]?$/;
/**
 * "Frameworks: React, Vue, Svelte" in a skills section: a label and the short items it lists, a line of its
 * own however it is indented. ("TransitBuddy: an app that…" is a bullet that names its subject first.)
 */
const LABELLED = /^[^\s:][^:]{0,30}:\s[^,]{1,40}(?:,\s?[^,]{1,40})+$/;
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
  style: LineStyle | null;
  /** Where each piece of the line after the first starts in `text` (DocumentLine.pieceStarts). */
  pieceStarts: readonly number[];
}

/** The line was drawn with a mark before its words that the text does not hold: a marker a reader sees. */
const hasUnreadMarker = (line: RawLine) => line.geometry !== null && line.geometry.textIndent - line.geometry.indent >= MIN_MARKER_GAP;

/**
 * Ems a list item stands right of its section's text when its marker is drawn as a shape, not text (a
 * browser's list bullets): a paragraph indent, less than the indent of any list.
 */
const ITEM_INDENT = 0.8;
/** Lists indent by a few ems at most; text further right of its heading is beside it, in a gutter layout. */
const MAX_LIST_INDENT = 4;
/** Average width of a character, and of a word space, in ems (proportional text; monospace is 0.5). */
const CHAR_EMS = 0.5;
const SPACE_EMS = 0.3;

/**
 * Whether a line ran to its column's edge, so that the next line's first word did not fit on it: how a
 * wrapped line is told from a short one that ended its item.
 */
function wrappedBefore(previous: RawLine, next: RawLine): boolean {
  const nextWord = /^\S*/.exec(next.text)?.[0].length ?? 0;
  return previous.geometry !== null && previous.geometry.right + SPACE_EMS + nextWord * CHAR_EMS >= previous.geometry.columnRight - ALIGNED;
}

/**
 * Whether `line` goes on with the bullet before it (whose last printed line is `previous`). The drawing says
 * so when it has a hanging indent (the line starts under the bullet's first word, right of its marker), or
 * when the line starts where the bullet's words do and the line before it ran to the column's edge. Where
 * the drawing cannot tell, the words do: the line goes on in lower case, or the bullet stopped mid-phrase.
 */
function continuesBullet(bullet: RawLine, previous: RawLine, line: RawLine, previousText: string): boolean {
  // A role or degree line set in bold opens an entry wherever the bullet above it ended; so does a dated one,
  // unless it hangs under the words of a bullet whose marker stands apart (a wrapped "… (2020 – present)").
  if (line.style?.emphasis === true) return false;
  const marker = bullet.geometry;
  const drawn = line.geometry;
  const underWords = marker !== null && drawn !== null && Math.abs(drawn.indent - marker.textIndent) <= ALIGNED;
  if (underWords && marker.textIndent - marker.indent >= MIN_MARKER_GAP) return true;
  if (holdsDateRange(line.text)) return false;
  if (marker && drawn) {
    const aligned = underWords || Math.abs(drawn.indent - marker.indent) <= ALIGNED;
    if (aligned && wrappedBefore(previous, line) && !opensNewItem(line.text, previousText) && !endsEntry(previousText, line.text)) return true;
  }
  if (endsEntry(previousText, line.text)) return false;
  return CONTINUES.test(line.text) || OPEN_ENDING.test(previousText);
}

/**
 * A finished sentence followed by a capital or a figure ("…up from 99.2%." then "2018 – 2021 | iOS Engineer",
 * a talk's "…London, March 2024." then the next talk) is the next entry, not a wrap.
 */
function endsEntry(previousText: string, text: string): boolean {
  return SENTENCE_END.test(previousText) && /^[\p{Lu}\d]/u.test(text);
}

/** A line that opens with a capitalised past-tense action verb after a finished phrase starts an item of its own. */
function opensNewItem(text: string, previousText: string): boolean {
  const first = /^\p{Lu}\p{Ll}+/u.exec(text)?.[0];
  return first !== undefined && isPastActionVerb(first) && !OPEN_ENDING.test(previousText);
}

const PROSE_WORD = /(?:^|\s)\p{L}+(?:[-'’]\p{L}+)*[,.;:]?(?=\s|$)/gu;
const MIN_PROSE_WORDS = 3;
/**
 * A line that goes on with prose starts with a lower-case word, not an address or a figure. A capital could as
 * well start the next item of a list ("Stakeholder management" then "Figma" in a sidebar): the drawing cannot
 * tell, when the next item is too long to fit on the line before.
 */
const PROSE_START = /^\p{Ll}+(?:[-'’]\p{L}+)*[,.;:)]?(?:\s|$)/u;

/**
 * Whether a line of prose goes on with the paragraph line before it: the file drew the line before running to
 * its column's edge (the next line's first word did not fit on it), and this one starts where it did, in lower
 * case. A summary wrapped by the page is one paragraph, read in one context however narrow the column that set
 * it (a role or label line, dated or set in bold, never wraps on).
 */
function continuesParagraph(previous: ResumeLine, previousRaw: RawLine | null, line: RawLine, previousBlank: boolean): boolean {
  if (previous.isBullet || previous.isHeading || previousBlank || previousRaw === null) return false;
  // Prose: words on both sides of the break. An address or a phone number a narrow column cut ("jo.doe@gma" /
  // "il.com") is no paragraph; contact reading rejoins it.
  if ((previousRaw.text.match(PROSE_WORD) ?? []).length < MIN_PROSE_WORDS || !PROSE_START.test(line.text)) return false;
  const above = previousRaw.geometry;
  const drawn = line.geometry;
  if (above === null || drawn === null || line.style?.emphasis === true || holdsDateRange(line.text)) return false;
  return Math.abs(drawn.indent - above.indent) <= ALIGNED && wrappedBefore(previousRaw, line);
}

/** Dots that separate the items of a line ("Go · Kafka"); text extraction may give a line-opening one as "•". */
const SEPARATOR_DOT = /\s[·•∙]\s/gu;

/**
 * Whether a line goes on with a list the line before it separates with dots ("Go · Kafka · PostgreSQL"), set
 * at the same place: the line before ends on a dot ("… Kubernetes ·" then "Terraform · gRPC"), or this one
 * opens with one after the line before ran to its column's edge ("· Redis · Kubernetes"), a dot that is the
 * list's, not a bullet marker. A role line ("Acme · Berlin  2020 – Present") is no such list, however wide.
 */
function continuesSeparatedList(previous: ResumeLine, previousRaw: RawLine | null, line: RawLine, previousBlank: boolean): boolean {
  if (previous.isBullet || previous.isHeading || previousBlank || previousRaw === null || previousRaw.geometry === null || line.geometry === null) return false;
  if (Math.abs(line.geometry.indent - previousRaw.geometry.indent) > ALIGNED || holdsDateRange(previousRaw.text)) return false;
  if (/\s[·•∙]$/u.test(previousRaw.text)) return /^\p{L}/u.test(line.text);
  const separators = previousRaw.text.match(SEPARATOR_DOT)?.length ?? 0;
  return /^[·•∙]\s/u.test(line.text) && separators >= 2 && wrappedBefore(previousRaw, { ...line, text: line.text.slice(2) });
}

function splitLines(text: string, documentLines: readonly DocumentLine[]): RawLine[] {
  const drawnAt = new Map(documentLines.map((line) => [line.start, line]));
  const lines: RawLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const drawn = drawnAt.get(start);
    lines.push({
      text: trimmed,
      start: start + leading,
      end: start + leading + trimmed.length,
      geometry: drawn?.geometry ?? null,
      style: drawn?.style ?? null,
      pieceStarts: (drawn?.pieceStarts ?? []).map((at) => at - start - leading).filter((at) => at > 0 && at < trimmed.length),
    });
    start += raw.length + 1;
  }
  return lines;
}

export interface ReadOptions {
  pages?: number | null;
  region?: string;
  /** The document's lines with where the file drew them, from extraction; none for pasted text. */
  lines?: readonly DocumentLine[];
  /** Lines of the page headers and footers, which the text leaves out (LayoutFacts.headerFooterText). */
  marginLines?: readonly string[];
  /** Addresses of the file's clickable links (LayoutFacts.links). */
  linkUrls?: readonly string[];
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
  let previousRaw: RawLine | null = null;
  const raws = splitLines(text, options.lines ?? []);
  const headings = findHeadings(raws);
  const firstHeading = headings.findIndex((heading) => heading !== undefined);
  // Where the line that heads the next items starts (a heading, a role line): an item is indented from it.
  let entryLeft: number | null = null;

  for (const [index, raw] of raws.entries()) {
    if (raw.text === '') {
      previousBlank = true;
      continue;
    }
    const heading = headings[index];
    // "Thesis: …" under a degree, or "Awards: …" under a role, is a detail of the entry it sits in: a label
    // opens a section of its own at the top of the resume, after a gap, or in a run of such labels.
    const previousLine = lines.at(-1);
    const inEntry = section !== 'Contact' && !previousBlank && previousLine !== undefined && !previousLine.isHeading && previousLine.section === section;
    const inline = heading || inEntry ? undefined : inlineSection(raw.text);
    if (heading) {
      section = heading;
      entryLeft = raw.geometry?.indent ?? null;
      if (!sections.includes(heading)) sections.push(heading);
      lines.push({ text: raw.text, start: raw.start, end: raw.end, section, isHeading: true, isBullet: false });
    } else if (inline) {
      // "Languages: Go, Python" inside a skills section lists skills, not spoken languages.
      const lineSection = inline.section === 'Languages' && section === 'Skills' ? 'Skills' : inline.section;
      if (!sections.includes(lineSection)) sections.push(lineSection);
      lines.push({ text: raw.text, start: raw.start, end: raw.end, section: lineSection, isHeading: false, isBullet: false });
      entryLeft = raw.geometry?.indent ?? null;
    } else {
      const previous = lines.at(-1);
      // Above the first heading, a mark before the words is an icon (phone, email), not a list.
      const separated = previous !== undefined && continuesSeparatedList(previous, previousRaw, raw, previousBlank);
      const marked = !separated && (BULLET.test(raw.text) || (section !== 'Contact' && hasUnreadMarker(raw)));
      const indent = raw.geometry === null || entryLeft === null ? null : raw.geometry.indent - entryLeft;
      // Further right than any list indents is centred or set beside the text (a gutter), not an item; a line
      // set apart by its type (a bold role or school line, indented under its heading as LaTeX templates do)
      // heads items.
      const indentedItem =
        section !== 'Contact' &&
        indent !== null &&
        indent > ITEM_INDENT &&
        indent <= MAX_LIST_INDENT &&
        raw.style?.emphasis !== true &&
        !(section === 'Skills' && LABELLED.test(raw.text));
      const wraps =
        previous?.isBullet === true &&
        bulletStart !== null &&
        previousRaw !== null &&
        !previousBlank &&
        !marked &&
        (raw.style?.continuesParagraph === true || continuesBullet(bulletStart, previousRaw, raw, previous.text));
      const isBullet = marked || indentedItem;
      if (previous && (wraps || separated || (!isBullet && continuesParagraph(previous, previousRaw, raw, previousBlank)))) {
        previous.text = `${previous.text} ${raw.text}`;
        previous.end = raw.end;
      } else {
        lines.push({ text: raw.text, start: raw.start, end: raw.end, section, isHeading: false, isBullet });
        bulletStart = isBullet ? raw : null;
        if (!isBullet) entryLeft = raw.geometry?.indent ?? null;
      }
    }
    previousBlank = false;
    previousRaw = raw;
  }

  const words = countWords(text);
  const bullets = lines.filter((line) => line.isBullet);
  const bodyLines = lines.filter((line) => !line.isHeading);
  const inSections = bodyLines.filter((line) => DEMONSTRATING.has(line.section));
  const pages = options.pages ?? Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
  return {
    lines,
    sections,
    contact: readContactDetails({
      lines: raws,
      headerLines: firstHeading === -1 ? raws.length : firstHeading,
      marginLines: options.marginLines ?? [],
      linkUrls: options.linkUrls ?? [],
      region: options.region ?? 'US',
    }),
    bullets,
    contextLines: inSections.length > 0 ? inSections : bullets,
    dateRanges: countDateRanges(text),
    words,
    pages,
    pagesEstimated: options.pages == null,
  };
}
