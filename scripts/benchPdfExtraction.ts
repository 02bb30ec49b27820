import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/extract/extractDocument.ts';
import { nodePdfjs } from '../src/extract/pdfjsNode.ts';
import { quantile } from '../src/extract/quantile.ts';
import { launchChromium } from '../tests/extract/resumeFixtures.ts';
import { resumePdfWithRoles } from './resumePdfs.ts';

type Row = (label: string, figures: { first: number; median: number }, extra?: string) => void;

/** PDF text extraction in Node (the CLI's path), on resumes Chromium prints. */
export async function benchPdfExtraction(row: Row, runs = 20): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const roles of [1, 12]) {
      const pdf = await resumePdfWithRoles(browser, roles);
      const samples: number[] = [];
      let realPages = 0;
      for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        realPages = (await extractDocument(pdf, 'resume.pdf', nodePdfjs)).pages ?? 0;
        samples.push(performance.now() - start);
      }
      const [first = 0, ...rest] = samples;
      row(`extract a ${realPages}-page PDF in Node (${Math.round(pdf.byteLength / 1024)} KB)`, { first, median: quantile(rest, 0.5) });
    }
  } finally {
    await browser.close();
  }
}
