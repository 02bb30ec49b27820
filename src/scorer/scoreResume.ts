import type { Mistake } from '../schemas/mistake.ts';
import { analyzeResume, type ResumeAnalysis } from './analyzeResume.ts';
import { evaluateMistakes } from './evaluateMistakes.ts';
import { matchKeywords } from './matchKeywords.ts';
import { matchPostingFacts } from './matchPostingFacts.ts';
import { bulletBody } from './measureBullets.ts';
import { readPostingFacts } from './readPostingFacts.ts';
import { keywordStuffing, scoreKeywords } from './scoreKeywords.ts';
import { CATEGORY_LABELS, categoryMax } from './scoringRules.ts';
import { describeKeywordBasis } from './describeKeywordBasis.ts';
import { keywordFacts, verdictOf } from './verdict.ts';
import {
  SCORING_VERSION,
  type CategoryId,
  type CategoryResult,
  type KeywordSpec,
  type MonthDate,
  type PostingFacts,
  type ScoreInput,
  type ScoreReport,
} from './types.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

interface Points {
  points: number;
  max: number;
}

/** The 0–100 score from category points as the report shows them (one decimal each). */
export function totalScore(parts: readonly Points[]): number {
  const points = parts.reduce((sum, part) => sum + oneDecimal(part.points), 0);
  const max = parts.reduce((sum, part) => sum + part.max, 0);
  return Math.round((100 * points) / max);
}

/** The categories that do not depend on keywords. */
export function fixedCategories(analysis: ResumeAnalysis): Record<'impact' | 'clarity' | 'structure', Points> {
  return {
    impact: { points: analysis.impact.points, max: categoryMax('impact') },
    clarity: { points: analysis.clarity.points, max: categoryMax('clarity') },
    structure: { points: analysis.structureScore.points, max: categoryMax('structure') },
  };
}

/** A posting's facts, and today's month to measure roles "to Present" by. */
export interface PostingFactsInput {
  facts: PostingFacts;
  asOf: MonthDate | undefined;
}

/**
 * An analysed resume scored against one keyword list, with every finding and check explained; with a posting's
 * facts, how the resume meets them too (reported, not scored).
 */
export function scoreAnalysis(analysis: ResumeAnalysis, keywordSpecs: readonly KeywordSpec[], mistakes: readonly Mistake[], posting?: PostingFactsInput): ScoreReport {
  const { results: keywords, mentions } = matchKeywords(analysis, keywordSpecs);
  const keywordScore = scoreKeywords(keywords, analysis.copied, keywordStuffing(analysis.stuffing, keywords));
  const category = (id: CategoryId, { points, max }: Points, findings: CategoryResult['findings']): CategoryResult => ({
    category: id,
    label: CATEGORY_LABELS[id],
    points: oneDecimal(points),
    max,
    findings,
  });
  const { impact, clarity, structure } = fixedCategories(analysis);
  const breakdown = [
    category('keywords', keywordScore, keywordScore.findings),
    category('impact', impact, analysis.impact.findings),
    category('clarity', clarity, analysis.clarity.findings),
    category('structure', structure, analysis.structureScore.findings),
  ];
  const score = totalScore(breakdown);
  return {
    scoringVersion: SCORING_VERSION,
    score,
    verdict: verdictOf({ score, keywords: keywordFacts(keywords) }),
    keywordBasis: describeKeywordBasis(keywords),
    breakdown,
    keywords,
    checks: evaluateMistakes(mistakes, analysis),
    mentions,
    contact: analysis.structure.contact,
    sections: analysis.structure.sections,
    pages: analysis.structure.pages,
    words: analysis.structure.words,
    bullets: analysis.structure.bullets.map((line) => ({ section: line.section, text: bulletBody(line) })),
    warnings: analysis.warnings,
    ...(posting ? { posting: { facts: posting.facts, matches: matchPostingFacts(posting.facts, analysis.structure, posting.asOf) } } : {}),
  };
}

/**
 * Scores a resume's text against a keyword list, rule by rule (see `scoringRules.ts`). Deterministic:
 * the same input gives the same report. A caller that has analysed this very input already (the coach)
 * passes its analysis rather than have the text read twice.
 */
export function scoreResume(input: ScoreInput, analysis: ResumeAnalysis = analyzeResume(input)): ScoreReport {
  const posting = input.jobDescription?.trim() ? { facts: readPostingFacts(input.jobDescription, input.taxonomy), asOf: input.asOf } : undefined;
  return scoreAnalysis(analysis, input.keywords, input.mistakes ?? [], posting);
}
