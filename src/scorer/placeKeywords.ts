import pluralize from 'pluralize';
import { removeStopwords } from 'stopword';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { SkillGraph } from '../taxonomy/skillGraph.ts';
import type { BulletCoaching, KeywordResult, KeywordSpec, Placeholder } from './types.ts';

/** Where a keyword the resume lacks (or only lists) would most plausibly go, and the bullet's words with it. */
export interface KeywordPlacement {
  keyword: string;
  /** The name to add: the keyword's own term an ATS searches for. */
  term: string;
  bullet: number;
  /** The bullet's words with the keyword; a practice (not a tool) comes with a gap saying how the work used it. */
  after: string;
  placeholder: Placeholder | null;
  /** Why this bullet: the related skills or shared words that point to it. */
  because: string;
}

/** Points toward a bullet: a skill it names beside or under the keyword's, its concept, shared words. */
export const RELATED_SKILL = 3;
const SAME_CATEGORY = 1;
/**
 * A word shared with the keyword's names or its concept's counts by how few skills of the taxonomy name it:
 * "sharding" points to one skill, "design" to ten, "data" to dozens and to none in particular.
 */
export const DISTINCT_WORD = { skills: 3, points: 2 } as const;
export const COMMON_WORD = { skills: 10, points: 1 } as const;
/** Below this, no bullet describes the work plausibly enough to suggest one. */
export const MIN_PLACEMENT = 2;

/** How many skills of the taxonomy have each word in a name or alias. */
const wordCounts = new WeakMap<Taxonomy, ReadonlyMap<string, number>>();
function skillsNaming(taxonomy: Taxonomy): ReadonlyMap<string, number> {
  let counts = wordCounts.get(taxonomy);
  if (!counts) {
    const counting = new Map<string, number>();
    for (const [name, skill] of Object.entries(taxonomy)) {
      for (const word of contentWords([name, ...skill.aliases].join(' '))) counting.set(word, (counting.get(word) ?? 0) + 1);
    }
    counts = counting;
    wordCounts.set(taxonomy, counts);
  }
  return counts;
}

const contentWords = (text: string) => new Set(removeStopwords(text.toLowerCase().match(/[a-z][a-z0-9+#]{2,}/g) ?? []).map((word) => pluralize.singular(word)));
/**
 * Two forms of one word: the same word, or one the other with an ending that keeps its meaning ("deploy",
 * "deployment"; "migrate", "migration"). Not any shared start: "relations" are not "relational".
 */
const FORMING = /^(?:ments?|ing|ed|ers?|ions?|ations?)$/;
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const stem = short.endsWith('e') ? short.slice(0, -1) : short;
  return stem.length >= 4 && long.startsWith(stem) && FORMING.test(long.slice(stem.length));
}

/**
 * The keyword placed in the bullet's first clause, before a trailing result ("…, cutting lag by 60%") or at
 * its end. A tool is named as what the work used ("using Kafka"); a practice cannot be bolted on that way
 * ("using API Design"), so its place is a gap asking how the work involved it, named in its prompt.
 */
function withTerm(text: string, term: string, practice: boolean): { after: string; placeholder: Placeholder | null } {
  const result = /,\s+[a-z]+ing\b/.exec(text);
  const at = result ? result.index : text.replace(/[.;]\s*$/, '').length;
  const placeholder = practice ? { prompt: `how this work involved ${term}`, standIn: `applying ${term}` } : null;
  const added = placeholder ? `, [${placeholder.prompt}]` : ` using ${term}`;
  return { after: `${text.slice(0, at)}${added}${text.slice(at)}`, placeholder };
}

interface Evidence {
  points: number;
  reasons: string[];
}

function evidenceFor(terms: readonly string[], label: string, bullet: BulletCoaching, taxonomy: Taxonomy, graph: SkillGraph): Evidence {
  const related = new Set(terms.flatMap((term) => [...graph.siblings(term), ...graph.narrower(term), ...(taxonomy[term]?.broader ?? [])]));
  const categories = new Set(terms.map((term) => taxonomy[term]?.category).filter(Boolean));
  const evidence: Evidence = { points: 0, reasons: [] };
  let kindOnly = 0;
  for (const skill of bullet.skills) {
    if (related.has(skill)) {
      evidence.points += RELATED_SKILL;
      evidence.reasons.push(skill);
    } else if (categories.has(taxonomy[skill]?.category)) kindOnly += SAME_CATEGORY;
  }
  const asked = [...contentWords([label, ...terms, ...terms.flatMap((term) => taxonomy[term]?.broader ?? [])].join(' '))];
  const naming = skillsNaming(taxonomy);
  for (const word of contentWords(bullet.text)) {
    const shared = asked.find((other) => sameWord(word, other));
    if (shared === undefined) continue;
    const skills = naming.get(shared) ?? 0;
    const points = skills <= DISTINCT_WORD.skills ? DISTINCT_WORD.points : skills <= COMMON_WORD.skills ? COMMON_WORD.points : 0;
    evidence.points += points;
    if (points > 0) evidence.reasons.push(`"${word}"`);
  }
  // Skills of the same kind add to a related skill or a shared word; alone they point to no bullet in particular.
  if (evidence.points > 0) evidence.points += kindOnly;
  return evidence;
}

/**
 * For each keyword missing or only listed, the coached bullet that most plausibly describes work with it:
 * the one naming skills related to it in the taxonomy (beside it, under it, or its concept), then sharing
 * words with it. None when no bullet reaches MIN_PLACEMENT: a keyword is never pinned to an unrelated bullet.
 */
export function placeKeywords(
  keywords: readonly KeywordResult[],
  specs: readonly KeywordSpec[],
  bullets: readonly BulletCoaching[],
  taxonomy: Taxonomy,
  graph: SkillGraph,
): KeywordPlacement[] {
  const placements: KeywordPlacement[] = [];
  for (const keyword of keywords) {
    if (keyword.status === 'matched' && keyword.inContext) continue;
    const spec = specs.find((candidate) => candidate.label === keyword.label);
    if (!spec) continue;
    const term = keyword.alternativeTo[0] ?? spec.terms[0] ?? keyword.label;
    let best: { bullet: BulletCoaching; evidence: Evidence } | null = null;
    for (const bullet of bullets) {
      const evidence = evidenceFor(spec.terms, keyword.label, bullet, taxonomy, graph);
      if (evidence.points >= MIN_PLACEMENT && (!best || evidence.points > best.evidence.points)) best = { bullet, evidence };
    }
    if (best) {
      placements.push({
        keyword: keyword.label,
        term,
        bullet: best.bullet.index,
        ...withTerm(best.bullet.text, term, taxonomy[term]?.kind === 'concept' || !Object.hasOwn(taxonomy, term)),
        because: `it names ${best.evidence.reasons.slice(0, 3).join(', ')}`,
      });
    }
  }
  return placements;
}
