import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './extract/resumeFixtures.ts';
import { CORPUS } from './fixtures/corpus/cases.ts';
import { readCorpusFile, type CorpusCase } from './fixtures/corpus/corpusCase.ts';
import { extractDocument } from '../src/extract/extractDocument.ts';
import { nodePdfjs } from '../src/extract/pdfjsNode.ts';
import { exportCopy } from '../src/export/exportCopy.ts';
import { nodeFonts } from '../src/export/fontSourceNode.ts';
import { COPY_FORMATS, type CopyFormat } from '../src/export/types.ts';
import { coachResume } from '../src/scorer/coachResume.ts';
import { editedInput } from '../src/scorer/editResume.ts';
import { replaceBullet } from '../src/scorer/replaceBullet.ts';
import { filledRewrite } from '../src/scorer/rewriteBullet.ts';
import { scoreResume } from '../src/scorer/scoreResume.ts';
import type { BulletCoaching } from '../src/scorer/types.ts';
import { stripeKeywords } from './scorer/stripeGuide.ts';
import { taxonomy } from './scorer/taxonomyFixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

// Each file is built once (a PDF is printed by Chromium) and read by both suites below.
const built = new Map<string, Promise<Uint8Array>>();
const bytesOf = (corpusCase: CorpusCase) => {
  let bytes = built.get(corpusCase.id);
  if (!bytes) {
    bytes = corpusCase.build(browser);
    built.set(corpusCase.id, bytes);
  }
  return bytes;
};

async function expectExactReading(corpusCase: CorpusCase): Promise<void> {
  const reading = await readCorpusFile(corpusCase, await bytesOf(corpusCase));
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

/**
 * Edits keep the document's structure on every layout: a bullet rewritten in the report (as suggested, and
 * with its gaps filled) is still one whole bullet, no other bullet is merged or split, and a fix that applies
 * as written moves the score by exactly the points it promised.
 */
async function expectEditsKeepStructure(corpusCase: CorpusCase): Promise<void> {
  const document = await extractDocument(await bytesOf(corpusCase), corpusCase.fileName, nodePdfjs);
  const file = { text: document.text, lines: document.lines };
  const input = editedInput({ text: document.text, taxonomy, keywords: stripeKeywords, pages: document.pages, layout: document.layout, maxPages: corpusCase.maxPages ?? 2 }, document.text, file);
  const coaching = coachResume(input, file);
  const before = scoreResume(input);
  const rescore = (bullet: BulletCoaching, words: string) => scoreResume(editedInput(input, replaceBullet(document.text, bullet, words), file));
  for (const bullet of coaching.bullets) {
    for (const words of bullet.rewrite ? [bullet.rewrite.text, filledRewrite(bullet.rewrite)] : []) {
      const after = rescore(bullet, words);
      expect(after.bullets.length, words).toBe(before.bullets.length);
      expect(after.bullets.map((read) => read.text)).toContain(words);
    }
  }
  for (const fix of coaching.fixes.filter((candidate) => candidate.asWritten)) {
    const bullet = coaching.bullets.find((candidate) => candidate.index === fix.bullet)!;
    expect(rescore(bullet, fix.after).score - before.score, fix.title).toBe(fix.points);
  }
}

describe('edits made in the report keep every layout\'s bullets whole', () => {
  it.each(CORPUS.map((corpusCase) => [corpusCase.id, corpusCase] as const))('%s', (_id, corpusCase) => expectEditsKeepStructure(corpusCase), 30_000);
});

/**
 * The ATS-safe copy proves itself on every layout: written in each format and read back by the same
 * extraction and engine, it gives the source's sections, every bullet whole, every contact detail and every
 * keyword the source matched.
 */
async function expectCopyReadsBack(corpusCase: CorpusCase, format: CopyFormat): Promise<void> {
  const document = await extractDocument(await bytesOf(corpusCase), corpusCase.fileName, nodePdfjs);
  const input = { text: document.text, taxonomy, keywords: stripeKeywords, pages: document.pages, layout: document.layout, lines: document.lines, maxPages: corpusCase.maxPages ?? 2 };
  const { exported } = await exportCopy(input, { text: document.text, lines: document.lines }, format, { pdfjs: nodePdfjs, fonts: nodeFonts });
  const { readBack } = exported;
  expect(readBack.sections.missing.concat(readBack.sections.extra), 'sections').toEqual([]);
  expect(readBack.bullets.changed, 'bullets not read back whole').toEqual([]);
  expect(readBack.bullets.found, 'bullets').toBe(readBack.bullets.expected);
  expect(readBack.contact.missing, 'contact').toEqual([]);
  expect(readBack.keywords.lost, 'keywords').toEqual([]);
  expect(readBack.passed).toBe(true);
}

describe('an ATS-safe copy reads back the same, in every format', () => {
  const cases = CORPUS.flatMap((corpusCase) => COPY_FORMATS.map((format) => [`${corpusCase.id} as ${format}`, corpusCase, format] as const));
  it.each(cases)('%s', (_name, corpusCase, format) => expectCopyReadsBack(corpusCase, format), 30_000);
});
