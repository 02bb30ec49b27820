import type { LineGeometry, LineStyle } from '../document/types.ts';
import { sectionOfHeading } from './sectionHeadings.ts';
import type { SectionName } from './types.ts';

/** A line of the resume as the heading reader sees it: its text (blank between blocks) and what the file said of it. */
export interface HeadingCandidate {
  text: string;
  /** Null where the file did not draw the line (pasted text). */
  geometry: LineGeometry | null;
  style: LineStyle | null;
}

/** A list marker opening a line, as normalizeText writes every glyph it knows. */
const LIST_MARKER = /^•\s+/;
/** No heading runs longer, marker included: longer list items are not read again as headings. */
const MAX_LIST_HEADING = 64;
/** Type this much larger than the body's sets a line apart. */
const LARGER = 1.1;
/**
 * Numbered or ruled: "2. Education", "— Awards —", "## Skills". A colon alone is no cue: a label inside an
 * entry ("Key achievements:") ends with one too.
 */
const DECORATED = /^(?:\d|[^\p{L}\p{N}\s•])|[^\p{L}\p{N}\s:).]$/u;
/** A line of this many words or fewer, directly above a line, reads as an item of the same list. */
const MAX_LIST_ITEM_WORDS = 3;

/** Capitals throughout: at least two letters, none lower case. */
function inCapitals(text: string): boolean {
  // Stops at the first lower-case letter, which most lines have early.
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether anything sets a line apart as a heading: its type (the file's heading mark, weight, size, capitals), or space above it. */
function isSetApart(lines: readonly HeadingCandidate[], index: number): boolean {
  const line = lines[index]!;
  const style = line.style;
  if (style?.heading || style?.emphasis === true || (line.geometry?.size ?? 1) >= LARGER || inCapitals(line.text) || DECORATED.test(line.text)) return true;
  return index === 0 || lines[index - 1]!.text === '';
}

/** Directly under a line of a few words, as the next item of a list is. */
function underShortLine(lines: readonly HeadingCandidate[], index: number): boolean {
  const above = lines[index - 1];
  return above !== undefined && above.text !== '' && above.text.split(/\s+/).length <= MAX_LIST_ITEM_WORDS;
}

/** The section a line names: its words, or its words after a list marker when the file sets it apart as a heading. */
function sectionOf(line: HeadingCandidate): SectionName | undefined {
  const section = sectionOfHeading(line.text);
  if (section || line.text.length > MAX_LIST_HEADING || !LIST_MARKER.test(line.text)) return section;
  // Word users make headings list paragraphs (bold, numbered); a list item never stands out that way from its list.
  const standsOut = line.style?.heading === true || line.style?.emphasis === true || inCapitals(line.text);
  return standsOut ? sectionOfHeading(line.text.replace(LIST_MARKER, '')) : undefined;
}

/** Two lines set in one type, one under the other at the same place. */
function setAlike(a: HeadingCandidate, b: HeadingCandidate): boolean {
  if (a.geometry === null || b.geometry === null) return a.geometry === b.geometry;
  return Math.abs(a.geometry.size - b.geometry.size) < 0.05 && Math.abs(a.geometry.indent - b.geometry.indent) < 0.4 && a.style?.emphasis === b.style?.emphasis;
}

/**
 * A heading a narrow column broke over two lines ("TECHNICAL" over "SKILLS"): the line above a heading, in the
 * same capitals and type, whose words and the heading's together name the same section, is its first line.
 */
function headingStart(lines: readonly HeadingCandidate[], sections: readonly (SectionName | undefined)[], index: number): SectionName | undefined {
  const line = lines[index]!;
  const next = lines[index + 1];
  const section = sections[index + 1];
  if (next === undefined || section === undefined || line.text === '' || !inCapitals(line.text) || !inCapitals(next.text)) return undefined;
  if (line.text.split(/\s+/).length > MAX_LIST_ITEM_WORDS || !setAlike(line, next)) return undefined;
  return sectionOfHeading(`${line.text} ${next.text}`) === section ? section : undefined;
}

/**
 * The section each line heads, if it is a heading. A line is read as one when its words name a section
 * (sectionHeadings.ts), unless it runs on from the text above it (the next item of a list, a label inside
 * an entry) and nothing sets it apart while the document sets most of its headings apart (by type or by
 * space above): then it is an item ("Leadership" among soft skills) or a label, not a heading.
 */
export function findHeadings(lines: readonly HeadingCandidate[]): (SectionName | undefined)[] {
  const named = lines.map((line) => (line.text === '' ? undefined : sectionOf(line)));
  const sections = named.map((section, index) => section ?? headingStart(lines, named, index));
  const candidates = sections.flatMap((section, index) => (section ? [index] : []));
  const apart = candidates.filter((index) => isSetApart(lines, index));
  if (apart.length < 2 || apart.length < candidates.length - apart.length) return sections;
  // Below the first heading, a line run on from the text above it is inside an entry ("Key achievements:"
  // over a role's list); above it, only a list item's neighbour is suspect (the header holds no lists).
  const inBlock = (index: number) => underShortLine(lines, index) || (index > apart[0]! && lines[index - 1]!.text !== '' && sections[index - 1] === undefined);
  return sections.map((section, index) => (section && inBlock(index) && !isSetApart(lines, index) ? undefined : section));
}
