import type { LineGeometry } from '../document/types.ts';
import { findName } from './contactName.ts';
import { siteTld } from './contactWrap.ts';
import { CONTACT_FIELDS, profilesFromLinks, readContact } from './readContact.ts';
import type { ContactDetails } from './types.ts';

/** A printed line of the resume (blank between blocks), with where the file drew it when it says. */
export interface PrintedLine {
  text: string;
  geometry: LineGeometry | null;
  /** Where each piece of the line after the first starts in `text`: what the file set apart by a wide gap. */
  pieceStarts: readonly number[];
}

export interface ContactSources {
  /** The resume's lines, in reading order. */
  lines: readonly PrintedLine[];
  /** How many of `lines` stand above the first heading: the header a recruiter looks in first. */
  headerLines: number;
  /** Lines of the page headers and footers, which the text leaves out. */
  marginLines: readonly string[];
  /** Addresses of the file's clickable links. */
  linkUrls: readonly string[];
  region: string;
}

const EMAIL = /[\w.+-]@[\w-]+\./;
/** An email or site that ends in what may be a domain ending (checked by siteTld): complete as it stands. */
const WHOLE_ADDRESS = /[\w-]\.([a-z]{2,})\/?$/i;
/** A line this close to its column's right edge, in ems, ran out of room there. */
const FILLED = 1;
/** Type this much larger than the body's is the name's or a title's. */
const NAME_SIZE = 1.5;

/**
 * The line's text joined to the next one without a space when a narrow column broke one unbroken string
 * across them (an email, a URL): the line is that string alone and runs to its column's edge.
 */
function breaksToken(line: PrintedLine, next: PrintedLine | undefined): boolean {
  const drawn = line.geometry;
  if (drawn === null || next === undefined || next.text === '' || /\s/.test(line.text) || drawn.right < drawn.columnRight - FILLED) return false;
  // The widest line of a column ends at its edge whole: an address that ends like one, above a line that is
  // an address of its own ("jo@icloud.com" over "jo.dev"), is two details.
  const ending = WHOLE_ADDRESS.exec(line.text)?.[1];
  return !(ending !== undefined && siteTld(ending) && /[.@]/.test(next.text));
}

/**
 * The line's text with each piece on a line of its own: a name and the contact block set beside it on one
 * baseline are not one run of words ("Inês Ferreira" then "Porto, Portugal · …", not a place "Ferreira Porto").
 */
function piecesApart(line: PrintedLine): string {
  let text = '';
  let from = 0;
  for (const at of line.pieceStarts) {
    text += `${line.text.slice(from, at).trimEnd()}\n`;
    from = at;
  }
  return text + line.text.slice(from);
}

/** The lines' text as read with every broken string whole again, and each line's pieces apart. */
function rejoined(lines: readonly PrintedLine[]): string {
  return lines.map((line, i) => piecesApart(line) + (i === lines.length - 1 ? '' : breaksToken(line, lines[i + 1]) ? '' : '\n')).join('');
}

/**
 * The block of lines (between blank lines) holding the first email, when it stands below the first heading:
 * a contact panel in a sidebar read after the main column, where a personal site sits beside the email.
 */
function contactBlock(lines: readonly PrintedLine[], headerLines: number): readonly PrintedLine[] {
  const at = lines.findIndex((line, index) => index >= headerLines && EMAIL.test(line.text));
  if (at === -1) return [];
  let start = at;
  while (start > headerLines && lines[start - 1]!.text !== '') start -= 1;
  let end = at + 1;
  while (end < lines.length && lines[end]!.text !== '') end += 1;
  return lines.slice(start, end);
}

/** The candidate's name in the largest type, where a design sets it apart from everything else. */
function nameBySize(lines: readonly PrintedLine[]): string | null {
  const large = lines.filter((line) => (line.geometry?.size ?? 0) >= NAME_SIZE).sort((a, b) => (b.geometry?.size ?? 0) - (a.geometry?.size ?? 0));
  for (const line of large) {
    const name = findName(piecesApart(line));
    if (name) return name;
  }
  return null;
}

/**
 * Contact details as a recruiter finds them: in the header above the first heading, with strings a narrow
 * column broke read whole (and reported in `wrapped`, as many ATS keep only the first part); the name in the
 * largest type when the header does not start with it (a sidebar read first); profiles behind icon links;
 * and, detail by detail, in the page headers and footers, where many ATS do not look (the contact-in-header warning says so).
 */
export function readContactDetails({ lines, headerLines, marginLines, linkUrls, region }: ContactSources): ContactDetails {
  const text = rejoined(lines);
  const header = [rejoined(lines.slice(0, headerLines)), rejoined(contactBlock(lines, headerLines))].join('\n').trim();
  // With nothing above the first heading, the top of the body stands in for the header, unless the page
  // header holds the details: then the body's first role line is no place to read a name or a town from.
  const read = readContact(text, header || (marginLines.length > 0 ? '' : text.slice(0, 400)), region);
  const printed = lines.map((line) => line.text).join('\n');
  const broken = CONTACT_FIELDS.flatMap((field) => {
    const value = read[field];
    return value && !read.wrapped.includes(value) && !printed.includes(value) && text.includes(value) ? [value] : [];
  });
  const linked = profilesFromLinks(linkUrls);
  const body: ContactDetails = {
    ...read,
    name: read.name ?? nameBySize(lines),
    linkedin: read.linkedin ?? linked.linkedin,
    github: read.github ?? linked.github,
    wrapped: [...read.wrapped, ...broken],
  };
  const margins = marginLines.join('\n');
  if (margins === '' || (body.email && body.phone && body.name)) return body;
  const fromMargins = readContact(margins, margins, region);
  if (!fromMargins.email && !fromMargins.phone) return body;
  const merged = { ...body };
  for (const field of CONTACT_FIELDS) merged[field] ??= fromMargins[field];
  return merged;
}
