import { describe, expect, it } from 'vitest';
import { describeKeywordBasis } from '../../src/scorer/describeKeywordBasis.ts';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { mergeKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { SCORE_BANDS } from '../../src/scorer/scoringRules.ts';
import { keywordFacts, verdictOf } from '../../src/scorer/verdict.ts';
import type { KeywordResult } from '../../src/scorer/types.ts';
import { BACKEND_RESUME, STRIPE_JOB_DESCRIPTION, UNTAILORED_RESUME } from './resumeTexts.ts';
import { stripeGuide, stripeKeywords } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

type Keyword = Pick<KeywordResult, 'importance' | 'status' | 'source'>;
const keywords = (required: [found: number, total: number], preferred: [found: number, total: number] = [0, 0]): Keyword[] => [
  ...Array.from({ length: required[1] }, (_, i): Keyword => ({ importance: 'required', status: i < required[0] ? 'matched' : 'missing', source: 'guide' })),
  ...Array.from({ length: preferred[1] }, (_, i): Keyword => ({ importance: 'preferred', status: i < preferred[0] ? 'matched' : 'missing', source: 'guide' })),
];
const verdict = (score: number, list: Keyword[]) => verdictOf({ score, keywords: keywordFacts(list) });

describe('the verdict', () => {
  it('follows the score when the keywords that matter are there', () => {
    expect(verdict(92, keywords([7, 7])).label).toBe('Strong');
    expect(verdict(65, keywords([6, 7])).label).toBe('Good');
    expect(verdict(45, keywords([7, 7])).label).toBe('Weak');
    expect(verdict(12, keywords([7, 7])).label).toBe('Poor');
    expect(verdict(92, keywords([7, 7])).capped).toBeNull();
  });

  it('is capped by required-keyword coverage, and says so with the figures', () => {
    for (const [score, found, total] of [
      [75, 2, 7],
      [88, 3, 6],
      [70, 1, 9],
      [83, 5, 8],
    ] as const) {
      const result = verdict(score, keywords([found, total], [4, 4]));
      const byScore = SCORE_BANDS.find((band) => score >= band.min)!;
      expect(result.label, `${score} with ${found}/${total}`).not.toBe(byScore.label);
      expect(result.capped).toContain(`${found} of ${total} required keywords found`);
      expect(result.capped).toContain(`not ${byScore.label}`);
    }
  });

  it('gates on every keyword when a list marks none required', () => {
    const result = verdict(85, keywords([0, 0], [2, 10]));
    expect(result.label).not.toBe('Strong');
    expect(result.capped).toContain('2 of 10 keywords found');
  });

  it('makes no keyword claim without a keyword list', () => {
    for (const score of [95, 75, 50, 10]) {
      const result = verdict(score, []);
      expect(result.scope).toBe('writing');
      expect(result.meaning).toContain('Keywords were not scored');
      expect(result.meaning).not.toMatch(/likely to pass|keyword screen,|rank this resume/i);
    }
  });
});

describe('the verdict of a scored resume', () => {
  it('is about structure and writing when scored with no guide and no posting', () => {
    const report = scoreResume({ text: UNTAILORED_RESUME, taxonomy, keywords: [] });
    expect(report.verdict.scope).toBe('writing');
    expect(report.keywordBasis).toBeNull();
  });

  it('never calls a resume Good that lacks most required keywords, whatever its writing', () => {
    const report = scoreResume({ text: UNTAILORED_RESUME, taxonomy, keywords: stripeKeywords, mistakes: stripeGuide.mistakes });
    const required = report.keywords.filter((keyword) => keyword.importance === 'required');
    const found = required.filter((keyword) => keyword.status === 'matched').length;
    expect(found / required.length).toBeLessThan(0.6);
    expect(['Weak', 'Poor']).toContain(report.verdict.label);
  });

  it('says what the keyword list is made of when a posting is pasted, and what of the posting is missing', () => {
    const fromPosting = extractJobKeywords(STRIPE_JOB_DESCRIPTION, taxonomy);
    const list = mergeKeywordSpecs(stripeKeywords, fromPosting);
    const report = scoreResume({ text: BACKEND_RESUME, taxonomy, keywords: list, jobDescription: STRIPE_JOB_DESCRIPTION });
    const own = report.keywords.filter((keyword) => keyword.source === 'job-description');
    const missing = own.filter((keyword) => keyword.status === 'missing').length;
    expect(own.length).toBeGreaterThan(0);
    expect(report.keywordBasis).toBe(
      `${stripeKeywords.length} guide + ${own.length} job description keywords; ${missing === 0 ? 'the resume has all of the posting’s own' : `${missing} of the posting’s own ${missing === 1 ? 'is' : 'are'} missing`}`,
    );
  });
});

describe('the keyword basis', () => {
  it('counts one source in words and agrees in number', () => {
    expect(describeKeywordBasis([{ source: 'guide', status: 'matched' }])).toBe('1 guide keyword');
    expect(describeKeywordBasis([...keywords([1, 3])])).toBe('3 guide keywords');
    expect(
      describeKeywordBasis([
        { source: 'job-description', status: 'missing' },
        { source: 'job-description', status: 'matched' },
      ]),
    ).toBe('2 job description keywords; 1 of the posting’s own is missing');
  });
});
