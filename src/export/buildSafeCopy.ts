import type { DocumentLine, LayoutFacts } from '../document/types.ts';
import { readDateRanges } from '../scorer/dateRanges.ts';
import { bulletBody } from '../scorer/measureBullets.ts';
import { inlineSection } from '../scorer/sectionHeadings.ts';
import type { ResumeLine, ResumeStructure, SectionName } from '../scorer/types.ts';
import { comparableText as comparable } from '../text/comparableText.ts';
import { plainMarkup } from './plainMarkup.ts';
import type { CopyItem, CopyNote, CopySection, SafeCopy } from './types.ts';

/** What the copy is built from: the resume as the engine read it, with the reader's edits already in its text. */
export interface CopySource {
  text: string;
  /** Extraction's lines (where the file set pieces of a line apart); none for pasted text. */
  lines: readonly DocumentLine[];
  /** What extraction learned of the file; null for pasted text. */
  layout: LayoutFacts | null;
  structure: ResumeStructure;
  /** The guide's region (ISO country): it decides the paper. */
  region: string;
  maxPages: number;
  /** The text differs from the file's: the reader edited it in the report. */
  edited: boolean;
}

/** Countries that print on US Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE']);
/** The order recruiters read sections in: what a copy of a multi-column file follows. */
const SECTION_ORDER: readonly SectionName[] = [
  'Contact',
  'Summary',
  'Experience',
  'Projects',
  'Research',
  'Publications',
  'Teaching',
  'Leadership',
  'Volunteering',
  'Military',
  'Education',
  'Certifications',
  'Courses',
  'Skills',
  'Languages',
  'Awards',
  'Activities',
  'Interests',
  'References',
];
/** Pieces of one line (a role and its dates, a name and a phone) are joined by a bar that no reader takes for a word or a range dash. */
const PIECE_JOIN = ' | ';
/** Characters that decode to nothing (U+FFFD) or to a private-use glyph (an icon font): they print as boxes or nothing. */
const UNREADABLE = /[\uFFFD\uE000-\uF8FF]/gu;
/**
 * A header or footer that only numbers the page ("2", "Page 2 of 3", or "Page" alone where Word's page field
 * leaves no digits in the file): the copy has its own pages.
 */
const PAGE_NUMBER = /^(?:page\s*\d{0,3}(?:\s*(?:of|\/)\s*\d{0,3})?|\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?)$/i;
/** A line that is a date range and at most this many other words ("Remote", "Berlin, Germany") stands beside a role line. */
const LONE_DATE_WORDS = 3;

const clean = (text: string) => plainMarkup(text).replace(UNREADABLE, '').replace(/\s+/g, ' ').trim();

/** Where every piece of a line after its first starts in the text (DocumentLine.pieceStarts), in order. */
const pieceStartsOf = (lines: readonly DocumentLine[]) => lines.flatMap((line) => line.pieceStarts);

/** The line's pieces, which the text joins with one space, each apart. */
function piecesOf(line: ResumeLine, text: string, pieceStarts: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = line.start;
  for (const at of pieceStarts.filter((start) => start > line.start && start < line.end)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from, line.end));
  return pieces.map(clean).filter((piece) => piece !== '');
}

function isLoneDate(text: string): boolean {
  const ranges = readDateRanges(text);
  if (ranges.length !== 1) return false;
  const rest = text.slice(0, ranges[0]!.start) + text.slice(ranges[0]!.end);
  return rest.split(/[\s|,·•()–—-]+/).filter((word) => word !== '').length <= LONE_DATE_WORDS;
}

/**
 * A line that is only a role's dates (set in a gutter beside the role, or on a line below it) joins the role
 * line next to it, so each role's dates stand on its line: the line before it when that opens the entry,
 * else the line after.
 */
function datesOnRoleLines(items: CopyItem[]): { items: CopyItem[]; joined: number } {
  const out: CopyItem[] = [];
  let joined = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const previous = out.at(-1);
    const next = items[index + 1];
    if (item.kind === 'bullet' || !isLoneDate(item.text)) {
      out.push(item);
    } else if (previous && previous.kind !== 'bullet' && readDateRanges(previous.text).length === 0) {
      out[out.length - 1] = { kind: 'entry', text: `${previous.text}${PIECE_JOIN}${item.text}` };
      joined++;
    } else if (next && next.kind !== 'bullet' && readDateRanges(next.text).length === 0) {
      out.push({ kind: 'entry', text: `${next.text}${PIECE_JOIN}${item.text}` });
      index++;
      joined++;
    } else {
      out.push({ kind: 'entry', text: item.text });
    }
  }
  return { items: out, joined };
}

const unspaced = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Lines that a narrow column cut one address into ("jane.doe@gmail.co" then "m") are that address again,
 * whole on one line: `wholes` are the details the engine rejoined (ContactDetails.wrapped).
 */
function rejoinBroken(lines: readonly string[], wholes: readonly string[]): string[] {
  const out = [...lines];
  for (const whole of wholes.map(unspaced)) {
    for (let start = 0; start < out.length; start++) {
      let joined = unspaced(out[start]!);
      if (joined === whole || !whole.startsWith(joined)) continue;
      let end = start + 1;
      while (end < out.length && joined !== whole && whole.startsWith(joined + unspaced(out[end]!))) joined += unspaced(out[end++]!);
      if (joined !== whole) continue;
      out.splice(start, end - start, out.slice(start, end).map((line) => line.trim()).join(''));
      break;
    }
  }
  return out;
}

/** Runs of lines that are not bullets, each with its broken addresses whole again. */
function rejoinItems(items: readonly CopyItem[], wholes: readonly string[]): CopyItem[] {
  if (wholes.length === 0) return [...items];
  const out: CopyItem[] = [];
  let run: CopyItem[] = [];
  const flush = () => {
    const texts = rejoinBroken(run.map((item) => item.text), wholes);
    out.push(...(texts.length === run.length ? run : texts.map((text): CopyItem => ({ kind: 'text', text }))));
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'bullet') {
      flush();
      out.push(item);
    } else run.push(item);
  }
  flush();
  return out;
}

/** The name's piece or line leaves the header: the copy sets the name first and alone. */
function withoutName(pieces: string[], name: string | null): string[] {
  if (name === null) return pieces;
  const named = comparable(name);
  return pieces.filter((piece) => comparable(piece) !== named);
}

/** How a link reads once written out: a mail link as its address, a web link as the file gives it. */
const writtenLink = (url: string) => url.replace(/^mailto:/i, '');

interface Part<T> {
  value: T;
  changes: CopyNote[];
  dropped: CopyNote[];
}

/**
 * The top of the copy under the name: the lines above the first heading (up to a bullet there: a resume with
 * no headings keeps its items as items), then what only the page's margins or its links held, moved up.
 */
function copyHeader(source: CopySource, name: string | null): Part<string[]> {
  const { structure, layout, text } = source;
  const changes: CopyNote[] = [];
  const dropped: CopyNote[] = [];
  const firstBody = bodyStart(structure);
  const headerLines = firstBody === -1 ? structure.lines : structure.lines.slice(0, firstBody);
  const pieceStarts = pieceStartsOf(source.lines);
  const header = rejoinBroken(
    headerLines.map((line) => withoutName(piecesOf(line, text, pieceStarts), name).join(PIECE_JOIN)).filter((line) => line !== ''),
    structure.contact.wrapped,
  );

  const bodyText = comparable(text);
  const margins = (layout?.headerFooterText ?? []).map(clean).filter((piece) => piece !== '');
  const unnamed = withoutName(margins, name);
  // The name stood only in a margin: the copy's first line is where it moved.
  const nameMoved = name !== null && unnamed.length < margins.length && !bodyText.includes(comparable(name));
  const moved = [...new Set(unnamed.filter((piece) => !PAGE_NUMBER.test(piece) && !bodyText.includes(comparable(piece))))];
  if (moved.length > 0 || nameMoved) {
    // Contact details go first, under the name: where a recruiter and an ATS look for them.
    header.unshift(...(moved.length > 0 ? [moved.join(PIECE_JOIN)] : []));
    const pieces = [...(nameMoved ? [`"${name}"`] : []), ...moved.map((piece) => `"${piece}"`)];
    changes.push({ id: 'contact-into-body', message: `Moved into the body from the page header or footer, which many ATS skip: ${pieces.join(', ')}.` });
  }
  // Everything else a margin held is in the body already: only its page numbers are not carried over.
  const pageNumbers = [...new Set(unnamed.filter((piece) => PAGE_NUMBER.test(piece)))];
  if (pageNumbers.length > 0) {
    dropped.push({ id: 'margins-dropped', message: `Page numbers (${pageNumbers.map((piece) => `"${piece}"`).join(', ')}) are left out: the copy has no page header or footer.` });
  }
  const hiddenLinks = [...new Set((layout?.links ?? []).filter((link) => !link.visible).map((link) => writtenLink(link.url)))];
  if (hiddenLinks.length > 0) {
    // Written out beside the email and phone, or after the header when it shows neither.
    const details = [structure.contact.email, structure.contact.phone].flatMap((detail) => (detail === null ? [] : [comparable(detail)]));
    const after = header.findLastIndex((line) => details.some((detail) => comparable(line).includes(detail)));
    header.splice(after === -1 ? header.length : after + 1, 0, hiddenLinks.join(PIECE_JOIN));
    changes.push({ id: 'links-written-out', message: `Links the file held only behind a click (an icon, a word) are written out, since many ATS read only the text: ${hiddenLinks.join(', ')}.` });
  }
  return { value: header, changes, dropped };
}

/** Where the body starts: the first heading, bullet or line of a section; -1 when the resume is all header. */
const bodyStart = (structure: ResumeStructure) => structure.lines.findIndex((line) => line.isHeading || line.isBullet || line.section !== 'Contact');

/**
 * The sections, each once under its standard heading (a section the file split, in a sidebar or on a label
 * line, gathers under one, as an ATS files it under one field), each item as the engine read it: bullets whole,
 * role lines with their dates. A multi-column file's sections are set in the order recruiters expect: columns
 * are read in an order no one chose (a sidebar first). A one-column file's order is its writer's choice, and stays.
 */
function copySections(source: CopySource, name: string | null): Part<{ sections: CopySection[]; headline: string[] }> {
  const { structure, layout, text } = source;
  const sections = new Map<SectionName, CopySection>();
  const renamed: string[] = [];
  let current: CopySection | null = null;
  const multiColumn = layout !== null && layout.columns > 1;
  // In columns read one after the other, the name standing again is the main column's top, read after a
  // sidebar: the lines under it are its headline.
  const headline: string[] = [];
  let underName = false;
  const sectionFor = (section: SectionName, heading: string) => {
    let found = sections.get(section);
    if (!found) {
      found = { section, heading, items: [] };
      sections.set(section, found);
    }
    return found;
  };
  const firstBody = bodyStart(structure);
  const body = firstBody === -1 ? [] : structure.lines.slice(firstBody);
  const pieceStarts = pieceStartsOf(source.lines);
  for (const [index, line] of body.entries()) {
    if (line.isHeading) {
      underName = false;
      current = sectionFor(line.section, line.section);
      // A heading a narrow column broke over lines ("TECHNICAL" over "SKILLS") is one heading, read whole.
      const previous = body[index - 1];
      const next = body[index + 1];
      if (next?.isHeading && next.section === line.section) continue;
      const written = clean(previous?.isHeading && previous.section === line.section ? `${previous.text} ${line.text}` : line.text);
      if (comparable(written) !== comparable(line.section)) renamed.push(`"${written}" → "${line.section}"`);
      continue;
    }
    const inline = line.isBullet ? undefined : inlineSection(line.text);
    if (inline && inline.section === line.section && line.section !== current?.section) {
      // "Languages: English, Spanish" on a line of its own is a section with its heading inline.
      sectionFor(line.section, line.section).items.push({ kind: 'text', text: clean(inline.rest) });
      renamed.push(`"${clean(line.text.slice(0, line.text.indexOf(':')))}:" → "${line.section}"`);
      continue;
    }
    // The name again below the top (a main column's, after a sidebar read first) is already the copy's first
    // line; the lines under it, up to the next heading, are its headline, and go under it.
    if (name !== null && !line.isBullet && comparable(clean(line.text)) === comparable(name)) {
      underName = multiColumn;
      continue;
    }
    if (underName && !line.isBullet && readDateRanges(line.text).length === 0) {
      headline.push(piecesOf(line, text, pieceStarts).join(PIECE_JOIN));
      continue;
    }
    underName = false;
    const into = current ?? sectionFor(line.section, line.section === 'Contact' ? '' : line.section);
    const item: CopyItem = line.isBullet
      ? { kind: 'bullet', text: clean(bulletBody(line)) }
      : { kind: readDateRanges(line.text).length > 0 ? 'entry' : 'text', text: piecesOf(line, text, pieceStarts).join(PIECE_JOIN) };
    if (item.text !== '') into.items.push(item);
  }

  const ordered = [...sections.values()];
  if (multiColumn) ordered.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
  let datesJoined = 0;
  const value = ordered
    .map((section) => {
      const { items, joined } = datesOnRoleLines(rejoinItems(section.items, structure.contact.wrapped));
      datesJoined += joined;
      return { ...section, items };
    })
    .filter((section) => section.items.length > 0 || section.heading !== '');

  const changes: CopyNote[] = [];
  if (multiColumn) {
    const order = value.map((section) => section.section).filter((section) => section !== 'Contact');
    changes.push({ id: 'one-column', message: `The file's ${layout.columns} columns are set as one, its sections in the usual order (${order.join(', ')}).` });
  }
  if (renamed.length > 0) {
    changes.push({ id: 'headings-renamed', message: `Headings carry the standard names every ATS files them under: ${renamed.join(', ')}.` });
  }
  if (datesJoined > 0) {
    changes.push({
      id: 'dates-on-role-line',
      message: `${datesJoined === 1 ? "A date range that stood apart from its role now stands on the role's line" : `${datesJoined} date ranges that stood apart from their roles now stand on the roles' lines`}, where an ATS looks for them.`,
    });
  }
  return { value: { sections: value, headline }, changes, dropped: [] };
}

/** What the copy does to the file's type and drawing, which the engine's reading already set aside. */
function layoutNotes(layout: LayoutFacts | null): Omit<Part<null>, 'value'> {
  const changes: CopyNote[] = [];
  const dropped: CopyNote[] = [];
  if (layout === null) return { changes, dropped };
  if (layout.ligaturesRepaired > 0) {
    changes.push({ id: 'ligatures-expanded', message: `${layout.ligaturesRepaired} ligature glyphs (ﬁ, ﬂ) are written as plain letters, so "profile" is read as one word.` });
  }
  if (layout.undecodableChars > 0) {
    dropped.push({ id: 'icons-dropped', message: `${layout.undecodableChars} characters that decode to nothing (icons, symbol-font glyphs) are left out: an ATS reads them as blanks or boxes.` });
  }
  if (layout.hiddenText.length > 0) {
    const found = layout.hiddenText.map((hidden) => (hidden.sample === '' ? `${hidden.chars} invisible characters` : `"${hidden.sample}"`));
    dropped.push({ id: 'hidden-text-dropped', message: `Text a reader of the file cannot see is left out: ${found.join(', ')}.` });
  }
  // A DOCX lists its pictures; a PDF's are known only by rendering it, so the copy says what it does with any.
  if (layout.pictures === null) {
    dropped.push({ id: 'graphics-dropped', message: 'Any photo, logo, chart, skill bar or other drawing in the file is not carried over: the copy is text only, all an ATS reads.' });
  } else if (layout.pictures > 0) {
    const pictures = layout.pictures === 1 ? 'picture (a photo, a logo, a chart or a diagram) is' : `${layout.pictures} pictures (photos, logos, charts, diagrams) are`;
    dropped.push({ id: 'graphics-dropped', message: `The file's ${pictures} not carried over: an ATS reads no images, and the copy is text only.` });
  }
  return { changes, dropped };
}

/**
 * The resume as one column an ATS reads as intended: the name, then the header's lines (headline, contact
 * details) as body text, then each section under its standard heading, its role lines with their dates and its
 * bullets whole, as real list items. Everything comes from the engine's reading (`structure`): what the
 * report shows is what the copy holds. Each change from the file, and each thing left out, comes with why.
 */
export function buildSafeCopy(source: CopySource): SafeCopy {
  const name = source.structure.contact.name === null ? null : clean(source.structure.contact.name);
  const header = copyHeader(source, name);
  const sections = copySections(source, name);
  const notes = layoutNotes(source.layout);
  const edits: CopyNote[] = source.edited ? [{ id: 'edits-applied', message: 'Your edits made in this report are in the copy.' }] : [];
  const markup: CopyNote[] = source.structure.lines.some((line) => plainMarkup(line.text) !== line.text)
    ? [{ id: 'markup-removed', message: 'Markdown marks (**bold**, `code`, [words](link)) are taken out: the copy sets the words, and writes each link\'s address out.' }]
    : [];
  return {
    name,
    header: [...sections.value.headline, ...header.value],
    sections: sections.value.sections,
    changes: [...header.changes, ...sections.changes, ...notes.changes, ...markup, ...edits],
    dropped: [...header.dropped, ...notes.dropped],
    paper: LETTER_REGIONS.has(source.region.toUpperCase()) ? 'letter' : 'a4',
    maxPages: source.maxPages,
  };
}
