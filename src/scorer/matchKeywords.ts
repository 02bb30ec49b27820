import type { ResumeAnalysis } from './analyzeResume.ts';
import { LISTED_ONLY_CREDIT } from './scoringRules.ts';
import type { KeywordMention, KeywordResult, KeywordSpec, ResumeLine } from './types.ts';

export interface KeywordMatches {
  results: KeywordResult[];
  mentions: KeywordMention[];
}

const within = (lines: readonly ResumeLine[], at: number) => lines.some((line) => line.start <= at && at < line.end);

/**
 * Finds every keyword in the resume and says whether it is demonstrated: named in one of the analysis's
 * demonstrating lines (experience bullets that are not copied from the job description).
 */
export function matchKeywords(analysis: Pick<ResumeAnalysis, 'mentionsOf' | 'demonstrating'>, specs: readonly KeywordSpec[]): KeywordMatches {
  const { demonstrating } = analysis;
  const mentions: KeywordMention[] = [];
  const results = specs.map((spec): KeywordResult => {
    const matches = analysis.mentionsOf(spec.terms);
    const inContext = matches.some((match) => within(demonstrating, match.start));
    for (const match of matches) mentions.push({ label: spec.label, ...match });
    const found = matches.length > 0;
    return {
      label: spec.label,
      status: found ? 'matched' : 'missing',
      importance: spec.importance,
      source: spec.source,
      matchedTerms: [...new Set(matches.map((match) => match.term))],
      count: matches.length,
      inContext,
      credit: !found ? 0 : inContext ? 1 : LISTED_ONLY_CREDIT,
      ...(spec.advice === undefined ? {} : { advice: spec.advice }),
    };
  });
  mentions.sort((a, b) => a.start - b.start);
  return { results, mentions };
}
