import type { GuideSpec } from '../scorer/types.ts';
import type { SkillGraph } from '../taxonomy/skillGraph.ts';

/** A guide chip lists at most this many of what counts for its keyword. */
const SHOWN = 6;

/** By keyword label, what counts for it: its own terms, then the tools under a concept it names. */
export function keywordCounting(spec: GuideSpec, graph: SkillGraph): Record<string, string[]> {
  return Object.fromEntries(
    spec.keywords.map((keyword) => [keyword.label, [...new Set([...keyword.terms, ...keyword.terms.flatMap((term) => graph.narrower(term))])].slice(0, SHOWN)]),
  );
}
