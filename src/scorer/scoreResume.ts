import type { Mistake } from '../schemas/mistake.ts';
import { analyzeResume, type ResumeAnalysis } from './analyzeResume.ts';
import { evaluateMistakes } from './evaluateMistakes.ts';
import { matchKeywords } from './matchKeywords.ts';
import { bulletBody } from './measureBullets.ts';
import { keywordStuffing, scoreKeywords } from './scoreKeywords.ts';
import { CATEGORY_LABELS, categoryMax } from './scoringRules.ts';
import { SCORING_VERSION, type CategoryId, type CategoryResult, type KeywordSpec, type ScoreInput, type ScoreReport } from './types.ts';

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

/** An analysed resume scored against one keyword list, with every finding and check explained. */
export function scoreAnalysis(analysis: ResumeAnalysis, keywordSpecs: readonly KeywordSpec[], mistakes: readonly Mistake[]): ScoreReport {
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
  return {
    scoringVersion: SCORING_VERSION,
    score: totalScore(breakdown),
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
  };
}

/**
 * Scores a resume's text against a keyword list, rule by rule (see `scoringRules.ts`). Deterministic:
 * the same input gives the same report.
 */
export function scoreResume(input: ScoreInput): ScoreReport {
  return scoreAnalysis(analyzeResume(input), input.keywords, input.mistakes ?? []);
}
