import type { Keyword } from '../schemas/keyword.ts';
import type { Posting, Source } from '../schemas/source.ts';
import type { SkillGraph } from '../taxonomy/skillGraph.ts';
import { canonicalName, type TermIndex } from '../taxonomy/taxonomy.ts';

export interface PostingCount {
  /** Postings that ask for the keyword. */
  asking: number;
  /** Postings the guide read. */
  read: number;
}

export const postingsOf = (sources: readonly Source[]): Posting[] => sources.filter((source): source is Posting => source.kind === 'posting');

/**
 * By keyword label, how many of the guide's postings ask for it. A posting asks for a keyword when one of
 * its `asks` is a term of the keyword or a skill under one (a posting naming Kafka asks for message queues),
 * the same rule the scorer uses to meet a keyword; never the other way (a posting asking for relational
 * databases does not ask for PostgreSQL).
 */
export function postingCounts(keywords: readonly Keyword[], sources: readonly Source[], terms: TermIndex, graph: SkillGraph): Record<string, PostingCount> {
  const canonical = (term: string) => canonicalName(terms, term) ?? term;
  const postings = postingsOf(sources).map((posting) => new Set(posting.asks.map(canonical)));
  return Object.fromEntries(
    keywords.map((keyword) => {
      const met = new Set(keyword.terms.map(canonical).flatMap((term) => [term, ...graph.narrower(term)]));
      return [keyword.label, { asking: postings.filter((asks) => [...asks].some((ask) => met.has(ask))).length, read: postings.length }];
    }),
  );
}
