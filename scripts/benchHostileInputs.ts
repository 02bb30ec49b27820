import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/extract/extractDocument.ts';
import { nodePdfjs } from '../src/extract/pdfjsNode.ts';
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { scoreResume } from '../src/scorer/scoreResume.ts';
import type { KeywordSpec } from '../src/scorer/types.ts';
import type { Taxonomy } from '../src/taxonomy/taxonomy.ts';
import { docxPackage, paragraph, wordDocument, wordHeader } from '../tests/extract/docxPackages.ts';
import { xobjectBomb } from '../tests/extract/pdfBombs.ts';
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

const line = (n: number) => paragraph([[`Line ${n}: built payment APIs in Go`]]);
const resumeBody = wordDocument(Array.from({ length: 20 }, (_, i) => line(i)).join(''));

/**
 * Hostile files, each made at a scale factor (1, 10, 100): the work they cause is the size that matters, not
 * their bytes (a few KB of XML or PDF can stand for millions of paragraphs or drawings).
 */
const HOSTILE_FILE_SHAPES: Record<string, { name: string; make: (scale: number) => Uint8Array }> = {
  'DOCX header of unclosed paragraphs (×2,000)': { name: 'resume.docx', make: (scale) => docxPackage(resumeBody, { 'word/header1.xml': wordHeader('<w:p w:rsidR="1">'.repeat(2000 * scale)) }) },
  'DOCX header parts of unique lines (×4 parts)': {
    name: 'resume.docx',
    make: (scale) => docxPackage(resumeBody, Object.fromEntries(Array.from({ length: Math.min(4 * scale, 400) }, (_, i) => [`word/header${i + 1}.xml`, wordHeader(Array.from({ length: 50 }, (_, j) => line(i * 50 + j)).join(''))]))),
  },
  'DOCX body paragraphs (×150)': { name: 'resume.docx', make: (scale) => docxPackage(wordDocument(Array.from({ length: 150 * scale }, (_, i) => line(i)).join(''))) },
  'PDF nested forms with text (fanout ×2 per scale step)': { name: 'resume.pdf', make: (scale) => xobjectBomb({ depth: 3, fanout: Math.round(10 * Math.cbrt(scale)), innermost: 'text' }) },
};

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

  console.log(`\nHostile files through extraction (ms for the whole file at scale ×1 / ×10 / ×100, and how it ended):`);
  for (const [shape, { name, make }] of Object.entries(HOSTILE_FILE_SHAPES)) {
    const cells: string[] = [];
    for (const scale of SIZES) {
      const bytes = make(scale);
      const start = performance.now();
      const outcome = await extractDocument(bytes, name, nodePdfjs).then(
        (document) => `${document.words} words`,
        (error: { kind?: string }) => error.kind ?? 'error',
      );
      cells.push(`${(performance.now() - start).toFixed(0)} ms (${(bytes.byteLength / 1024).toFixed(0)} KB, ${outcome})`);
    }
    console.log(`${shape.padEnd(52)} ${cells.join(' / ')}`);
  }
}
