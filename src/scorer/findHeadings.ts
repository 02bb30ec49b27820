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
/** Type this much larger than the body's sets a line apart. */
const LARGER = 1.1;
/** A line of this many words or fewer, directly above a line, reads as an item of the same list. */
const MAX_LIST_ITEM_WORDS = 3;

type Cue = 'type' | 'space';

/** Capitals throughout: at least two letters, none lower case. */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** What sets a line apart as a heading: its type (the file's heading mark, weight, size, capitals), or space above it. */
function cuesOf(lines: readonly HeadingCandidate[], index: number): Set<Cue> {
  const line = lines[index]!;
  const cues = new Set<Cue>();
  const style = line.style;
  if (style?.heading || style?.emphasis === true || (line.geometry?.size ?? 1) >= LARGER || inCapitals(line.text)) cues.add('type');
  if (index === 0 || lines[index - 1]!.text === '') cues.add('space');
  return cues;
}

/** The section a line names: its words, or its words after a list marker when the file sets it apart as a heading. */
function sectionOf(line: HeadingCandidate): SectionName | undefined {
  const section = sectionOfHeading(line.text);
  if (section || !LIST_MARKER.test(line.text)) return section;
  // Word users make headings list paragraphs (bold, numbered); a list item never stands out that way from its list.
  const standsOut = line.style?.heading === true || line.style?.emphasis === true || inCapitals(line.text);
  return standsOut ? sectionOfHeading(line.text.replace(LIST_MARKER, '')) : undefined;
}

/**
 * The section each line heads, if it is a heading. A line is read as one when its words name a section
 * (sectionHeadings.ts), and when it is set apart the way the document sets its other headings apart: a
 * resume styles its headings alike, so when most headings share a cue (type or space above), a line that
 * names a section without any of their cues, right under a short line, is an item of a list ("Leadership"
 * among soft skills), not a heading.
 */
export function findHeadings(lines: readonly HeadingCandidate[]): (SectionName | undefined)[] {
  const sections = lines.map((line) => (line.text === '' ? undefined : sectionOf(line)));
  const candidates = sections.flatMap((section, index) => (section ? [index] : []));
  const cues = new Map(candidates.map((index) => [index, cuesOf(lines, index)]));
  const shared = (['type', 'space'] as const).filter((cue) => {
    const having = candidates.filter((index) => cues.get(index)!.has(cue)).length;
    return having >= 2 && having * 2 > candidates.length;
  });
  if (shared.length === 0) return sections;
  return sections.map((section, index) => {
    if (!section || shared.some((cue) => cues.get(index)!.has(cue))) return section;
    const above = lines[index - 1];
    const underListItem = above !== undefined && above.text !== '' && sections[index - 1] === undefined && above.text.split(/\s+/).length <= MAX_LIST_ITEM_WORDS;
    return underListItem ? undefined : section;
  });
}
