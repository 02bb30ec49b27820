import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './extract/resumeFixtures.ts';
import { CORPUS } from './fixtures/corpus/cases.ts';
import { readCorpusFile } from './fixtures/corpus/corpusCase.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

describe('resumes from real engines read as a recruiter reads them', () => {
  it.each(CORPUS.map((corpusCase) => [corpusCase.id, corpusCase] as const))(
    '%s',
    async (_id, corpusCase) => {
      const reading = await readCorpusFile(corpusCase, await corpusCase.build(browser));
      expect(reading.sections).toEqual(corpusCase.expected.sections);
      expect(reading.bullets).toEqual(corpusCase.expected.bullets);
      expect(reading.contact).toEqual(corpusCase.expected.contact);
      expect([...reading.warnings].sort()).toEqual([...corpusCase.expected.warnings].sort());
    },
    30_000,
  );
});
