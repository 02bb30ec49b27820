import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './extract/resumeFixtures.ts';
import { CORPUS } from './fixtures/corpus/cases.ts';
import { readCorpusFile, type CorpusCase } from './fixtures/corpus/corpusCase.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

async function expectExactReading(corpusCase: CorpusCase): Promise<void> {
  const reading = await readCorpusFile(corpusCase, await corpusCase.build(browser));
  expect(reading.sections).toEqual(corpusCase.expected.sections);
  expect(reading.bullets).toEqual(corpusCase.expected.bullets);
  expect(reading.contact).toEqual(corpusCase.expected.contact);
  if (corpusCase.expected.location !== undefined) expect(reading.location).toEqual(corpusCase.expected.location);
  expect([...reading.warnings].sort()).toEqual([...corpusCase.expected.warnings].sort());
}

describe('resumes from real engines read as a recruiter reads them', () => {
  const read = CORPUS.filter((corpusCase) => corpusCase.knownGap === undefined);
  it.each(read.map((corpusCase) => [corpusCase.id, corpusCase] as const))('%s', (_id, corpusCase) => expectExactReading(corpusCase), 30_000);

  const gaps = CORPUS.filter((corpusCase) => corpusCase.knownGap !== undefined);
  it.fails.each(gaps.map((corpusCase) => [corpusCase.id, corpusCase.knownGap, corpusCase] as const))(
    '%s is still misread: %s',
    (_id, _gap, corpusCase) => expectExactReading(corpusCase),
    30_000,
  );
});
