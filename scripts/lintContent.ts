/**
 * `npm run lint:content`: what the schemas cannot see across files. Every guide, company and role is
 * validated by the same zod schemas as the build; then guides are compared with each other (near-duplicate
 * keyword sets) and read for their prose sections. Prints `file: field: problem` lines; exits 1 on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { listGuides, readGuide } from '../src/schemas/readGuide.ts';
import type { Guide } from '../src/schemas/guide.ts';
import { companySchema } from '../src/schemas/company.ts';
import { readGuideContext } from '../src/schemas/readGuideContext.ts';
import { roleSchema } from '../src/schemas/role.ts';
import { guideSkills } from '../src/library/guideSkills.ts';
import { skillOverlap } from '../src/library/relatedGuides.ts';
import { skillGraph } from '../src/taxonomy/skillGraph.ts';
import { readTaxonomy } from '../src/taxonomy/readTaxonomy.ts';
import { canonicalName } from '../src/taxonomy/taxonomy.ts';
import { countWords } from '../src/text/countWords.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Keyword sets this alike (shared terms ÷ all terms) read as one guide with the names swapped. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;
export const REQUIRED_SECTIONS = ['Resume strategy', 'About the role', 'What hiring managers look for', 'The interview'] as const;
export const MIN_BODY_WORDS = 350;
/** What `npm run new:guide` writes where a writer still has to: a guide must not ship with any of it. */
const DRAFT_TEXT = /DRAFT:|https:\/\/example\.com/;

function draftProblems(file: string): ContentProblem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (DRAFT_TEXT.test(line) ? [{ file, field: `line ${index + 1}`, message: `draft text left from new:guide: ${line.trim()}` }] : []));
}

function yamlProblems(dir: string, check: (data: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): ContentProblem[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const file = join(dir, name);
      const result = check(parseYaml(readFileSync(file, 'utf8')));
      return result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ file, field: issue.path.join('.'), message: issue.message }));
    });
}

function bodyProblems(file: string, source: string): ContentProblem[] {
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
  const problems = REQUIRED_SECTIONS.filter((section) => !headings.includes(section)).map((section) => ({
    file,
    field: 'body',
    message: `no "## ${section}" section (a guide has: ${REQUIRED_SECTIONS.join(', ')})`,
  }));
  const words = countWords(body);
  if (words < MIN_BODY_WORDS) problems.push({ file, field: 'body', message: `${words} words of prose; write at least ${MIN_BODY_WORDS} of your own` });
  return problems;
}

export function lintContent(contentDir: string): ContentProblem[] {
  const context = readGuideContext(contentDir);
  const graph = skillGraph(readTaxonomy(join(contentDir, 'skills.yaml')));
  const problems: ContentProblem[] = [
    ...yamlProblems(join(contentDir, 'companies'), (data) => companySchema(context.terms).safeParse(data)),
    ...yamlProblems(join(contentDir, 'roles'), (data) => roleSchema(context.terms).safeParse(data)),
  ];
  for (const folder of ['companies', 'roles']) {
    for (const name of readdirSync(join(contentDir, folder)).filter((entry) => entry.endsWith('.yaml'))) problems.push(...draftProblems(join(contentDir, folder, name)));
  }
  const guides: { id: string; file: string; terms: Set<string> }[] = [];
  for (const id of listGuides(contentDir)) {
    const file = join(contentDir, 'guides', `${id}.mdx`);
    let guide: Guide;
    try {
      guide = readGuide(contentDir, id);
    } catch (error) {
      for (const line of (error as Error).message.split('\n')) {
        const [, field = '', message = line] = /^[^:]+\.mdx: ([^:]*): (.*)$/.exec(line) ?? [];
        problems.push({ file, field, message });
      }
      continue;
    }
    if (`${guide.company}/${guide.role}` !== id) {
      problems.push({ file, field: 'company/role', message: `says ${guide.company}/${guide.role}, so the file must be guides/${guide.company}/${guide.role}.mdx` });
    }
    const seen = new Map<string, string>();
    guide.keywords.forEach((keyword, index) => {
      // A concept already counts every skill under it: listing one beside it says the guide means something else.
      const canonicalTerms = keyword.terms.map((term) => canonicalName(context.terms, term) ?? term);
      for (const concept of canonicalTerms) {
        for (const narrower of canonicalTerms.filter((term) => graph.narrower(concept).includes(term))) {
          problems.push({ file, field: `keywords.${index}.terms`, message: `"${narrower}" is a kind of "${concept}", which already counts it: list the concept alone, or the tools alone if the guide means only them` });
        }
      }
      for (const term of keyword.terms) {
        const canonical = canonicalName(context.terms, term) ?? term;
        const owner = seen.get(canonical);
        if (owner !== undefined && owner !== keyword.label) {
          problems.push({ file, field: `keywords.${index}.terms`, message: `"${term}" (${canonical}) is already in keyword "${owner}": a skill counts once` });
        }
        seen.set(canonical, keyword.label);
      }
    });
    problems.push(...bodyProblems(file, readFileSync(file, 'utf8')), ...draftProblems(file));
    guides.push({ id, file, terms: guideSkills(guide, context.terms) });
  }
  for (const [index, guide] of guides.entries()) {
    for (const other of guides.slice(index + 1)) {
      const overlap = skillOverlap(guide.terms, other.terms);
      if (overlap >= NEAR_DUPLICATE_OVERLAP) {
        problems.push({
          file: other.file,
          field: 'keywords',
          message: `${Math.round(overlap * 100)}% of its keyword terms are those of ${guide.id}: give each guide the skills its own postings ask for`,
        });
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));
  const problems = lintContent(contentDir);
  for (const problem of problems) console.error(`${relative(process.cwd(), problem.file)}: ${problem.field}: ${problem.message}`);
  console.log(problems.length === 0 ? `Content is clean: ${listGuides(contentDir).length} guides checked.` : `${problems.length} problems.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
