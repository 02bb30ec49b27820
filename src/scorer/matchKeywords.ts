import type { ResumeAnalysis } from './analyzeResume.ts';
import type { SkillGraph } from '../taxonomy/skillGraph.ts';
import type { TermMatch } from './termMatcher.ts';
import { removeOverlaps } from './termMatchers.ts';
import { LISTED_ONLY_CREDIT, SIBLING_CREDIT } from './scoringRules.ts';
import type { KeywordMention, KeywordResult, KeywordSpec, MatchLevel, ResumeLine } from './types.ts';

export interface KeywordMatches {
  results: KeywordResult[];
  mentions: KeywordMention[];
}

const within = (lines: readonly ResumeLine[], at: number) => lines.some((line) => line.start <= at && at < line.end);

/** The skills below every term (a concept's tools), and the skills beside them (a tool's alternatives). */
function relatedTerms(terms: readonly string[], graph: SkillGraph): { narrower: string[]; siblings: string[] } {
  const asked = new Set(terms);
  const narrower = new Set(terms.flatMap((term) => graph.narrower(term)).filter((term) => !asked.has(term)));
  const siblings = new Set(terms.flatMap((term) => graph.siblings(term)).filter((term) => !asked.has(term) && !narrower.has(term)));
  return { narrower: [...narrower], siblings: [...siblings] };
}

/** What one list of terms finds in one resume: the same for every guide whose keyword lists those terms. */
interface TermsFound {
  level: MatchLevel;
  matches: TermMatch[];
  matchedTerms: string[];
  relatedTerms: string[];
  alternativeTo: string[];
  inContext: boolean;
}

type Analysis = Pick<ResumeAnalysis, 'mentionsOf' | 'demonstrating' | 'matchers'>;

// Ranking asks a thousand guides' keywords of one analysis; most lists of terms recur across guides.
const foundByAnalysis = new WeakMap<Analysis, Map<string, TermsFound>>();

function findTerms(analysis: Analysis, terms: readonly string[]): TermsFound {
  let cache = foundByAnalysis.get(analysis);
  if (!cache) {
    cache = new Map();
    foundByAnalysis.set(analysis, cache);
  }
  const key = terms.join('\u0000');
  let found = cache.get(key);
  if (!found) {
    const related = relatedTerms(terms, analysis.matchers.graph);
    const exact = analysis.mentionsOf(terms);
    const below = analysis.mentionsOf(related.narrower);
    // Both count, and the report names every term it found.
    const matches = removeOverlaps([...exact, ...below]);
    const beside = matches.length > 0 ? [] : analysis.mentionsOf(related.siblings);
    const besideTerms = new Set(beside.map((match) => match.term));
    const level: MatchLevel = exact.length > 0 ? 'exact' : below.length > 0 ? 'narrower' : beside.length > 0 ? 'sibling' : 'missing';
    found = {
      level,
      matches,
      matchedTerms: [...new Set(matches.map((match) => match.term))],
      relatedTerms: [...besideTerms],
      alternativeTo: terms.filter((term) => analysis.matchers.graph.siblings(term).some((sibling) => besideTerms.has(sibling))),
      inContext: matches.some((match) => within(analysis.demonstrating, match.start)),
    };
    cache.set(key, found);
  }
  return found;
}

/**
 * Finds every keyword in the resume, at the level it is matched (see MATCH_LEVELS): its own terms, else a
 * skill below a concept it names, else only an alternative to the tool it names. Says whether a match is
 * demonstrated: named in one of the analysis's demonstrating lines (experience bullets that are not copied
 * from the job description).
 */
export function matchKeywords(analysis: Analysis, specs: readonly KeywordSpec[]): KeywordMatches {
  const mentions: KeywordMention[] = [];
  const results = specs.map((spec): KeywordResult => {
    const { level, matches, matchedTerms, relatedTerms, alternativeTo, inContext } = findTerms(analysis, spec.terms);
    for (const { term, start, end } of matches) mentions.push({ label: spec.label, term, start, end });
    const found = matches.length > 0;
    return {
      label: spec.label,
      status: found ? 'matched' : 'missing',
      level,
      importance: spec.importance,
      source: spec.source,
      matchedTerms: [...matchedTerms],
      relatedTerms: [...relatedTerms],
      alternativeTo: [...alternativeTo],
      count: matches.length,
      inContext,
      credit: found ? (inContext ? 1 : LISTED_ONLY_CREDIT) : relatedTerms.length > 0 ? SIBLING_CREDIT : 0,
      ...(spec.advice === undefined ? {} : { advice: spec.advice }),
      core: spec.core === true,
    };
  });
  mentions.sort((a, b) => a.start - b.start);
  return { results, mentions };
}
