import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { ResumeAnalysis } from './analyzeResume.ts';
import { judgeBullet, openingVerb } from './bulletRules.ts';
import { holdsDateRange, readDateRanges } from './dateRanges.ts';
import { bulletBody } from './measureBullets.ts';
import { rewriteBullet } from './rewriteBullet.ts';
import type { BulletCoaching, ResumeLine } from './types.ts';

/**
 * Whether each line stands under a role that runs to the present: the nearest dated line above it in its
 * section says (a role line "Jan 2022 – Present"); null when there is none.
 */
function currentRoles(lines: readonly ResumeLine[]): Map<ResumeLine, boolean | null> {
  const current = new Map<ResumeLine, boolean | null>();
  let open: boolean | null = null;
  for (const line of lines) {
    if (line.isHeading) open = null;
    else if (!line.isBullet) {
      const [range] = readDateRanges(line.text);
      if (range) open = range.to === null;
    }
    current.set(line, open);
  }
  return current;
}

/**
 * A title opening an entry set as a list item ("Reviewer for JMLR", "Co-chair of the chapter", "Organiser,
 * Reading Group"): a role, which a verb before it would not mend.
 */
const ROLE_OPENING = /^(?:co-)?[\p{L}]*(?:er|or|ist|ant|ee|chair|head|member|lead|fellow)\b/iu;

/** A dated line, or one opening with a role (not a verb: "Mentor", "Lead"): an entry set as a list item, not an achievement to rewrite. */
const isEntry = (text: string) => holdsDateRange(text) || (ROLE_OPENING.test(text) && !openingVerb(text));

/** A resume has 10–40 bullets, three pages about 80: past this many, the rest are not coached one by one. */
export const MAX_COACHED_BULLETS = 100;

/**
 * Every bullet the score reads for achievements (see measureBullets.ts), coached rule by rule
 * (bulletRules.ts), with a rewrite in the writer's own words where one answers its issues; the first
 * MAX_COACHED_BULLETS of them. An entry set as a list item is not rewritten.
 */
export function coachBullets(analysis: ResumeAnalysis, taxonomy: Taxonomy): BulletCoaching[] {
  const roles = currentRoles(analysis.structure.lines);
  const skills = analysis.mentionsOf(Object.keys(taxonomy));
  return analysis.measures.achievements.slice(0, MAX_COACHED_BULLETS).map((line, i) => {
    const text = bulletBody(line);
    const start = line.start + (line.text.length - text.length);
    const named = [...new Set(skills.filter((match) => match.start >= start && match.end <= line.end).map((match) => match.term))];
    const tools = named.filter((skill) => taxonomy[skill]?.kind !== 'concept');
    const facts = { text, current: roles.get(line) ?? null, skills: named, tools };
    const { strengths, issues } = judgeBullet(facts);
    return { index: i + 1, section: line.section, text, start, end: line.end, current: facts.current, skills: named, strengths, issues, rewrite: isEntry(text) ? null : rewriteBullet(facts, issues) };
  });
}
