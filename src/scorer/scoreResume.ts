import { evaluateMistakes } from './evaluateMistakes.ts';
import { findCopiedLines } from './findCopiedLines.ts';
import { matchKeywords } from './matchKeywords.ts';
import { measureBullets } from './measureBullets.ts';
import { readResume } from './readResume.ts';
import { scoreClarity } from './scoreClarity.ts';
import { scoreImpact } from './scoreImpact.ts';
import { scoreKeywords } from './scoreKeywords.ts';
import { scoreStructure } from './scoreStructure.ts';
import { CATEGORY_LABELS, SCORING_RULES } from './scoringRules.ts';
import { termMatchers } from './termMatchers.ts';
import { SCORING_VERSION, type CategoryId, type CategoryResult, type ScoreInput, type ScoreReport } from './types.ts';

const categoryMax = (category: CategoryId) =>
  SCORING_RULES.filter((rule) => rule.category === category && rule.id !== 'keyword-stuffing').reduce((sum, rule) => sum + rule.max, 0);

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Scores a resume's text against a keyword list, rule by rule (see `scoringRules.ts`). Deterministic:
 * the same input gives the same report.
 */
export function scoreResume(input: ScoreInput): ScoreReport {
  const { text } = input;
  const structure = readResume(text, { pages: input.pages ?? null, region: input.region ?? 'US' });
  const matchers = termMatchers(input.taxonomy);
  const copied = findCopiedLines(structure.lines, input.jobDescription);
  const demonstrating = structure.contextLines.filter((line) => !copied.includes(line));
  const { results: keywords, mentions } = matchKeywords(text, input.keywords, matchers, demonstrating);
  const measures = measureBullets(text, { ...structure, contextLines: demonstrating });

  const keywordScore = scoreKeywords(keywords, copied);
  const impact = scoreImpact(measures);
  const clarity = scoreClarity(measures);
  const structureScore = scoreStructure(structure, input.layout);
  const category = (id: CategoryId, points: number, max: number, findings: CategoryResult['findings']): CategoryResult => ({
    category: id,
    label: CATEGORY_LABELS[id],
    points: oneDecimal(points),
    max,
    findings,
  });
  const breakdown = [
    category('keywords', keywordScore.points, keywordScore.max, keywordScore.findings),
    category('impact', impact.points, categoryMax('impact'), impact.findings),
    category('clarity', clarity.points, categoryMax('clarity'), clarity.findings),
    category('structure', structureScore.points, categoryMax('structure'), structureScore.findings),
  ];
  const points = breakdown.reduce((sum, part) => sum + part.points, 0);
  const max = breakdown.reduce((sum, part) => sum + part.max, 0);

  return {
    scoringVersion: SCORING_VERSION,
    score: Math.round((100 * points) / max),
    breakdown,
    keywords,
    checks: evaluateMistakes(input.mistakes ?? [], { text, matchers, demonstrating, measures }),
    mentions,
    contact: structure.contact,
    sections: structure.sections,
    pages: structure.pages,
    words: structure.words,
  };
}
