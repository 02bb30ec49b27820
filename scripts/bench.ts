/**
 * Prints how fast the engine and extraction are on this machine (`npm run bench`). Figures, not a test:
 * goals are in the issue tracker, and nothing here fails on a slow machine.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { guideSpec } from '../src/library/guideSpec.ts';
import { decodeMatchIndex, encodeMatchIndex } from '../src/library/matchIndex.ts';
import { listGuides, readGuide } from '../src/schemas/readGuide.ts';
import { readRole } from '../src/schemas/readRole.ts';
import { rankGuides } from '../src/scorer/rankGuides.ts';
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { guideKeywordSpecs } from '../src/scorer/keywordSpecs.ts';
import { readResume } from '../src/scorer/readResume.ts';
import { scoreResume } from '../src/scorer/scoreResume.ts';
import { termMatchers } from '../src/scorer/termMatchers.ts';
import { readTaxonomy } from '../src/taxonomy/readTaxonomy.ts';
import { resumeOfPages, STRIPE_JOB_DESCRIPTION } from '../tests/scorer/resumeTexts.ts';
import { benchHostileInputs } from './benchHostileInputs.ts';
import { benchCoaching } from './benchCoaching.ts';
import { benchPdfExtraction } from './benchPdfExtraction.ts';
import { syntheticGuides } from './syntheticGuides.ts';
import { quantile } from '../src/extract/quantile.ts';

const contentDir = fileURLToPath(new URL('../content', import.meta.url));
const taxonomy = readTaxonomy(`${contentDir}/skills.yaml`);
const guide = readGuide(contentDir, 'stripe/backend-developer');
const keywords = guideKeywordSpecs(guide.keywords, termMatchers(taxonomy), readRole(contentDir, guide.role).core);

const WARM_UP_RUNS = 200;

function time(run: () => unknown, runs: number): { first: number; median: number } {
  const firstStart = performance.now();
  run();
  const first = performance.now() - firstStart;
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return { first, median: quantile(samples, 0.5) };
}

const row = (label: string, figures: { first: number; median: number }, extra = '') =>
  console.log(`${label.padEnd(44)} median ${figures.median.toFixed(3).padStart(8)} ms   first call ${figures.first.toFixed(2).padStart(7)} ms${extra}`);

console.log(`Node ${process.version}, ${Object.keys(taxonomy).length} skills in the taxonomy, ${keywords.length} guide keywords\n`);
for (const pages of [1, 3]) {
  const text = resumeOfPages(pages);
  const { words } = readResume(text);
  const figures = time(() => scoreResume({ text, taxonomy, keywords, mistakes: guide.mistakes }), 1000);
  row(`score a ${pages}-page resume (${words} words) vs one guide`, figures);
}
row('extract keywords from a job description', time(() => extractJobKeywords(STRIPE_JOB_DESCRIPTION, taxonomy), 500));
const MATCH_GUIDES = 1000;
const realGuides = listGuides(contentDir).map((id) => {
  const data = readGuide(contentDir, id);
  const role = readRole(contentDir, data.role);
  return { spec: guideSpec(id, data, role, taxonomy), companyName: data.company, roleName: data.role, roleTitles: role.titles };
});
const index = encodeMatchIndex(syntheticGuides(realGuides, taxonomy, MATCH_GUIDES));
const indexJson = JSON.stringify(index);
const library = decodeMatchIndex(index);
const onePage = resumeOfPages(1);
row(
  `rank a 1-page resume against ${MATCH_GUIDES} guides`,
  time(() => rankGuides({ text: onePage, taxonomy }, library), 30),
  `   (index: ${index.terms.length} distinct terms, ${(indexJson.length / 1024).toFixed(0)} KB, ${(gzipSync(indexJson, { level: 9 }).length / 1024).toFixed(1)} KB gzip)`,
);
await benchPdfExtraction(row);
await benchCoaching(row, time, { taxonomy, keywords, mistakes: guide.mistakes });
await benchHostileInputs(taxonomy, keywords);
