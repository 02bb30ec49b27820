/*
 * How well the engine reads the shape of the resumes in the test corpus: section, bullet and contact
 * recall and precision, and warnings, per case and in total. Prints figures; the structure test holds
 * each case to its expected reading.
 */
import { launchChromium } from '../tests/extract/resumeFixtures.ts';
import { CORPUS } from '../tests/fixtures/corpus/cases.ts';
import { compareReadings, readCorpusFile, type Comparison, type Tally } from '../tests/fixtures/corpus/corpusCase.ts';

const KINDS = ['sections', 'bullets', 'contact', 'warnings'] as const;
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
const recall = (t: Tally) => percent(t.right, t.right + t.missed);
const precision = (t: Tally) => percent(t.right, t.right + t.extra);

const browser = await launchChromium();
const totals: Comparison = Object.fromEntries(KINDS.map((kind) => [kind, { right: 0, extra: 0, missed: 0 }])) as unknown as Comparison;
try {
  for (const corpusCase of CORPUS) {
    const reading = await readCorpusFile(corpusCase, await corpusCase.build(browser));
    const comparison = compareReadings(corpusCase.expected, reading);
    const misses = KINDS.filter((kind) => comparison[kind].extra + comparison[kind].missed > 0);
    console.log(
      `${corpusCase.id.padEnd(34)} ${misses.length === 0 ? 'exact' : misses.map((kind) => `${kind} +${comparison[kind].extra} −${comparison[kind].missed}`).join(', ')}`,
    );
    for (const kind of KINDS) {
      totals[kind].right += comparison[kind].right;
      totals[kind].extra += comparison[kind].extra;
      totals[kind].missed += comparison[kind].missed;
    }
  }
} finally {
  await browser.close();
}
console.log(`\n${CORPUS.length} files`);
for (const kind of KINDS) {
  const t = totals[kind];
  console.log(
    `${kind.padEnd(9)} recall ${recall(t).padStart(6)}  precision ${precision(t).padStart(6)}  (${t.right} right, ${t.extra} extra, ${t.missed} missed)`,
  );
}
