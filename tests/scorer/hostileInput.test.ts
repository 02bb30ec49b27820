import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalizeText.ts';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import type { ScoreReport } from '../../src/scorer/types.ts';
import { HOSTILE_TEXT_SHAPES } from '../fixtures/hostileTexts.ts';
import { anyText, trickyText } from '../fixtures/trickyText.ts';
import { stripeGuide, stripeKeywords } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

/** What every report must hold, whatever it was given. */
function expectWellFormed(report: ScoreReport, text: string) {
  expect(Number.isInteger(report.score)).toBe(true);
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  for (const part of report.breakdown) {
    expect(part.points).toBeGreaterThanOrEqual(0);
    expect(part.points).toBeLessThanOrEqual(part.max);
  }
  expect(new Set(report.sections).size).toBe(report.sections.length);
  let end = 0;
  for (const mention of report.mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(end);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(mention.end).toBeGreaterThan(mention.start);
    end = mention.end;
  }
}

const score = (text: string, jobDescription?: string) =>
  scoreResume({ text, taxonomy, keywords: stripeKeywords, mistakes: stripeGuide.mistakes, ...(jobDescription ? { jobDescription } : {}) });

describe('the engine on any text', () => {
  it('scores random and hostile text into a well-formed report', () => {
    fc.assert(
      fc.property(anyText(), trickyText(100), (raw, posting) => {
        const text = normalizeText(raw).text;
        expectWellFormed(score(text, posting), text);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any job description into keywords that each name something', () => {
    fc.assert(
      fc.property(anyText(), (posting) => {
        for (const keyword of extractJobKeywords(posting, taxonomy)) {
          expect(keyword.label.trim()).not.toBe('');
          expect(keyword.terms.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// At 90 KB (under the resume cap) a pattern that backtracks or a loop over every pair takes minutes, far past
// the test timeout; linear work takes milliseconds. `npm run bench` prints the time per KB for each shape.
describe.each(Object.entries(HOSTILE_TEXT_SHAPES))('90 KB of %s', (_, make) => {
  const raw = make(90);

  it('is cleaned, scored and read as a posting', () => {
    const text = normalizeText(raw).text;
    expectWellFormed(score(text, raw.slice(0, 30_000)), text);
    expect(Array.isArray(extractJobKeywords(raw.slice(0, 30_000), taxonomy))).toBe(true);
  });
});
