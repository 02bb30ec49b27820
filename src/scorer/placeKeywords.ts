import { removeStopwords } from 'stopword';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { SkillGraph } from '../taxonomy/skillGraph.ts';
import type { BulletCoaching, KeywordResult, KeywordSpec } from './types.ts';

/** Where a keyword the resume lacks (or only lists) would most plausibly go, and the bullet's words with it. */
export interface KeywordPlacement {
  keyword: string;
  /** The name to add: the keyword's own term an ATS searches for. */
  term: string;
  bullet: number;
  after: string;
  /** Why this bullet: the related skills or shared words that point to it. */
  because: string;
}

/** Points toward a bullet: a skill it names beside or under the keyword's, its concept, shared words. */
const RELATED_SKILL = 3;
const SAME_CATEGORY = 1;
/** A word of the keyword's own name; a word of its concept's name counts less. */
const SHARED_NAME_WORD = 2;
const SHARED_CONCEPT_WORD = 1;
/** Below this, no bullet describes the work plausibly enough to suggest one. */
const MIN_PLACEMENT = 2;

const contentWords = (text: string) => new Set(removeStopwords(text.toLowerCase().match(/[a-z][a-z0-9+#]{2,}/g) ?? []));
/** Letters two forms of one word share ("optimization", "optimized"): shorter words must be the same word. */
const SHARED_STEM = 6;
const sameWord = (a: string, b: string) => a === b || (a.length >= SHARED_STEM && b.length >= SHARED_STEM && a.slice(0, SHARED_STEM) === b.slice(0, SHARED_STEM));

/** The keyword's term, placed in the bullet's first clause: before a trailing result ("…, cutting lag by 60%") or at its end. */
function withTerm(text: string, term: string): string {
  const result = /,\s+[a-z]+ing\b/.exec(text);
  const at = result ? result.index : text.replace(/[.;]\s*$/, '').length;
  return `${text.slice(0, at)} using ${term}${text.slice(at)}`;
}

interface Evidence {
  points: number;
  reasons: string[];
}

function evidenceFor(terms: readonly string[], label: string, bullet: BulletCoaching, taxonomy: Taxonomy, graph: SkillGraph): Evidence {
  const related = new Set(terms.flatMap((term) => [...graph.siblings(term), ...graph.narrower(term), ...(taxonomy[term]?.broader ?? [])]));
  const categories = new Set(terms.map((term) => taxonomy[term]?.category).filter(Boolean));
  const evidence: Evidence = { points: 0, reasons: [] };
  for (const skill of bullet.skills) {
    if (related.has(skill)) {
      evidence.points += RELATED_SKILL;
      evidence.reasons.push(skill);
    } else if (categories.has(taxonomy[skill]?.category)) evidence.points += SAME_CATEGORY;
  }
  const named = [...contentWords([label, ...terms].join(' '))];
  const concepts = [...contentWords(terms.flatMap((term) => taxonomy[term]?.broader ?? []).join(' '))];
  for (const word of contentWords(bullet.text)) {
    const points = named.some((other) => sameWord(word, other)) ? SHARED_NAME_WORD : concepts.some((other) => sameWord(word, other)) ? SHARED_CONCEPT_WORD : 0;
    evidence.points += points;
    if (points > 0) evidence.reasons.push(`"${word}"`);
  }
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
        after: withTerm(best.bullet.text, term),
        because: best.evidence.reasons.length > 0 ? `it names ${best.evidence.reasons.slice(0, 3).join(', ')}` : `its skills are of the same kind`,
      });
    }
  }
  return placements;
}
