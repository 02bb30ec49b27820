import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/extract/extractDocument.ts';
import { nodePdfjs } from '../src/extract/pdfjsNode.ts';
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { scoreResume } from '../src/scorer/scoreResume.ts';
import type { KeywordSpec } from '../src/scorer/types.ts';
import type { Taxonomy } from '../src/taxonomy/taxonomy.ts';
import { HOSTILE_TEXT_SHAPES } from '../tests/fixtures/hostileTexts.ts';

/** Input sizes in KB: 1×, 10× and 100×. 100 KB is just past the resume cap, so the engine is timed directly. */
const SIZES = [1, 10, 100] as const;
const RUNS = 3;

function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Time per KB of each hostile text shape through text extraction, scoring and posting reading, at three
 * sizes. Linear work prints about the same figure in each column; a figure that grows tenfold per column is
 * quadratic. Extraction of text over the resume cap ends in `too-large`, which is timed as it is.
 */
export async function benchHostileInputs(taxonomy: Taxonomy, keywords: KeywordSpec[]): Promise<void> {
  console.log(`\nHostile text, ms per KB (fastest of ${RUNS}) at ${SIZES.map((kb) => `${kb} KB`).join(' / ')}:`);
  console.log(`${'shape'.padEnd(40)}${'extract'.padStart(22)}${'score'.padStart(22)}${'read as posting'.padStart(22)}`);
  const cell = (figures: number[]) => figures.map((ms, i) => (ms / (SIZES[i] ?? 1)).toFixed(2)).join(' / ').padStart(22);
  for (const [shape, make] of Object.entries(HOSTILE_TEXT_SHAPES)) {
    const extract: number[] = [];
    const score: number[] = [];
    const posting: number[] = [];
    for (const kb of SIZES) {
      const text = make(kb);
      const bytes = new TextEncoder().encode(text);
      const start = performance.now();
      await extractDocument(bytes, 'hostile.txt', nodePdfjs).catch(() => undefined);
      extract.push(performance.now() - start);
      score.push(fastest(() => scoreResume({ text, taxonomy, keywords })));
      posting.push(fastest(() => extractJobKeywords(text, taxonomy)));
    }
    console.log(`${shape.padEnd(40)}${cell(extract)}${cell(score)}${cell(posting)}`);
  }
}
