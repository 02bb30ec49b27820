/**
 * `npm run bench:build -- --guides N`: builds the site with N synthetic guides (real guides' frontmatter and
 * prose, four roles to each of N/4 made-up companies) in a temporary copy of the project, and prints build time, time
 * per guide, peak memory, search index size and search answer time. Figures only; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { dump } from 'js-yaml';
import MiniSearch from 'minisearch';
import { quantile } from '../src/extract/quantile.ts';
import { listGuides, readFrontmatter } from '../src/schemas/readGuide.ts';
import { SEARCH_INDEX_OPTIONS } from '../src/search/searchIndex.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const GUIDES_PER_COMPANY = 4;
const QUERIES = ['stripe', 'postgres', 'frontend react', 'k8s', 'data engineer spark', 'machine learning', 'company 42', 'site reliability'];

const { values } = parseArgs({ options: { guides: { type: 'string', default: '100' } } });
const count = Number(values.guides);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run bench:build -- --guides <N>');
  process.exit(2);
}

function syntheticProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-bench-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const content = join(root, 'content');
  for (const item of ['skills.yaml', 'roles']) cpSync(join(projectRoot, 'content', item), join(content, item), { recursive: true });
  mkdirSync(join(content, 'companies'));

  const sourceContent = join(projectRoot, 'content');
  const templates = listGuides(sourceContent).map((id) => {
    const file = join(sourceContent, 'guides', `${id}.mdx`);
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    return { id, data: readFrontmatter(file) as Record<string, unknown> & { role: string; company: string }, body };
  });
  const companyTemplate = readFileSync(join(sourceContent, 'companies', 'stripe.yaml'), 'utf8');
  // Each company gets guides for different roles, as a real library has: few roles, many companies.
  const roles = [...new Set(templates.map((template) => template.data.role))];
  for (let index = 0; index < count; index++) {
    const companyNumber = Math.floor(index / GUIDES_PER_COMPANY) + 1;
    const role = roles[(index + companyNumber) % roles.length]!;
    const sameRole = templates.filter((template) => template.data.role === role);
    const template = sameRole[companyNumber % sameRole.length]!;
    const company = `company-${companyNumber}`;
    const companyFile = join(content, 'companies', `${company}.yaml`);
    if (!existsSync(companyFile)) writeFileSync(companyFile, companyTemplate.replace(/^name: .*$/m, `name: Company ${companyNumber}`));
    const data = { ...template.data, company, role, title: `${String(template.data.title).slice(0, 70)} ${index}` };
    mkdirSync(join(content, 'guides', company), { recursive: true });
    writeFileSync(join(content, 'guides', company, `${role}.mdx`), `---\n${dump(data)}---\n${template.body}`);
  }
  return root;
}

const root = syntheticProject();
try {
  const start = performance.now();
  const timed = existsSync('/usr/bin/time');
  const command = timed ? ['/usr/bin/time', ['-f', 'peak-rss-kb %M', 'node_modules/.bin/astro', 'build']] as const : ['node_modules/.bin/astro', ['build']] as const;
  const build = spawnSync(command[0], [...command[1]], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    throw new Error('The build failed.');
  }
  const peak = /peak-rss-kb (\d+)/.exec(build.stderr)?.[1];
  const pages = /(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? '?';

  const indexJson = readFileSync(join(root, 'dist', 'search-index.json'), 'utf8');
  const gzip = gzipSync(indexJson, { level: 9 }).length;
  const search = MiniSearch.loadJSON(indexJson, SEARCH_INDEX_OPTIONS);
  for (const query of QUERIES) search.search(query);
  const samples = Array.from({ length: 20 }, () => QUERIES.map((query) => {
    const at = performance.now();
    search.search(query);
    return performance.now() - at;
  })).flat();

  console.log(`${count} guides, ${pages} pages built in ${seconds.toFixed(1)} s: ${((seconds * 1000) / count).toFixed(1)} ms per guide`);
  console.log(`peak memory of the build: ${peak ? `${(Number(peak) / 1024).toFixed(0)} MB` : 'not measured (no /usr/bin/time)'}`);
  console.log(`search index: ${(indexJson.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip, ${(gzip / count).toFixed(0)} bytes gzip per guide`);
  console.log(`search answer: median ${quantile(samples, 0.5).toFixed(2)} ms, slowest ${Math.max(...samples).toFixed(2)} ms over ${samples.length} queries`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
