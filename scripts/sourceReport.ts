/**
 * `npm run report:sources`: what each guide stands on — its sources by kind (primary first), the postings
 * behind its keyword list and how many keywords rest on postings versus cited evidence — and the library's
 * shared-phrasing figure. For editors reviewing the library; lint:content enforces the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { pageSources } from '../src/library/pageSources.ts';
import { companySchema } from '../src/schemas/company.ts';
import { fileURLToPath } from 'node:url';
import { postingCounts } from '../src/library/postingCounts.ts';
import { listGuides, readGuide } from '../src/schemas/readGuide.ts';
import { readGuideContext } from '../src/schemas/readGuideContext.ts';
import { PRIMARY_KINDS } from '../src/schemas/source.ts';
import { readTaxonomy } from '../src/taxonomy/readTaxonomy.ts';
import { skillGraph } from '../src/taxonomy/skillGraph.ts';
import { lintLibrary } from './lintContent.ts';

const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));
const context = readGuideContext(contentDir);
const graph = skillGraph(readTaxonomy(join(contentDir, 'skills.yaml')));
const { overlap } = lintLibrary(contentDir);
const shared = new Map(overlap.map((figure) => [figure.id, figure.shared]));

const rows = listGuides(contentDir).map((id) => {
  const guide = readGuide(contentDir, id);
  const company = companySchema(context.terms).parse(parseYaml(readFileSync(join(contentDir, 'companies', `${guide.company}.yaml`), 'utf8')));
  // What the page lists: the guide's sources and its company's.
  const sources = pageSources(guide.sources, company.sources).map(({ source }) => source);
  const kinds = (kind: string) => sources.filter((source) => source.kind === kind).length;
  const counts = Object.values(postingCounts(guide.keywords, guide.sources, context.terms, graph));
  return {
    id,
    sources: sources.length,
    primary: sources.filter((source) => PRIMARY_KINDS.has(source.kind)).length,
    postings: kinds('posting'),
    review: kinds('review'),
    press: kinds('press'),
    keywords: guide.keywords.length,
    fromPostings: counts.filter((count) => count.asking > 0).length,
    required: guide.keywords.filter((keyword) => keyword.importance === 'required').length,
    shared: shared.get(id) ?? 0,
  };
});
console.log('| Guide | Sources | Primary | Postings | Reviews | Press | Keywords (from postings) | Required | Shared 5-grams |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.id} | ${row.sources} | ${row.primary} | ${row.postings} | ${row.review} | ${row.press} | ${row.keywords} (${row.fromPostings}) | ${row.required} | ${(row.shared * 100).toFixed(1)}% |`);
}
const total = (key: 'sources' | 'primary' | 'postings') => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`\n${rows.length} guides; ${total('sources')} sources on their pages (a company's shared by its guides), ${total('primary')} primary (${Math.round((total('primary') / total('sources')) * 100)}%), ${total('postings')} postings.`);
