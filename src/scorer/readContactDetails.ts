import type { LineGeometry } from '../document/types.ts';
import { findName } from './contactName.ts';
import { CONTACT_FIELDS, profilesFromLinks, readContact } from './readContact.ts';
import type { ContactDetails } from './types.ts';

/** A printed line of the resume (blank between blocks), with where the file drew it when it says. */
export interface PrintedLine {
  text: string;
  geometry: LineGeometry | null;
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
  return (
    drawn !== null && next !== undefined && next.text !== '' && !/\s/.test(line.text) && drawn.right >= drawn.columnRight - FILLED && /^\S/.test(next.text)
  );
}

/** The lines' text as read with every broken string whole again. */
function rejoined(lines: readonly PrintedLine[]): string {
  return lines.map((line, i) => line.text + (i === lines.length - 1 ? '' : breaksToken(line, lines[i + 1]) ? '' : '\n')).join('');
}

/** The candidate's name in the largest type, where a design sets it apart from everything else. */
function nameBySize(lines: readonly PrintedLine[]): string | null {
  const large = lines.filter((line) => (line.geometry?.size ?? 0) >= NAME_SIZE).sort((a, b) => (b.geometry?.size ?? 0) - (a.geometry?.size ?? 0));
  for (const line of large) {
    const name = findName(line.text);
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
  const header = rejoined(lines.slice(0, headerLines));
  const read = readContact(text, header.trim() || text.slice(0, 400), region);
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
