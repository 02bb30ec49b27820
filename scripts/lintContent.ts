/**
 * `npm run lint:content`: what the schemas cannot see. Every guide, company and role is validated by the
 * same zod schemas as the build; then each guide is read for its sources (every company-specific claim
 * cites one a reader can trace), its keyword evidence (postings counted), its substance (distinct
 * sentences, one telling of each thing), its dates (against git history) and, across the library, for
 * shared phrasing. Prints `file: field: problem` lines; exits 1 on any. The rules live in
 * `scripts/contentLint/`, one concern per file; docs/writing-guides.md explains each to writers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { listGuides, readGuide } from '../src/schemas/readGuide.ts';
import type { Guide } from '../src/schemas/guide.ts';
import { companySchema, type Company } from '../src/schemas/company.ts';
import { readGuideContext } from '../src/schemas/readGuideContext.ts';
import { roleSchema } from '../src/schemas/role.ts';
import { guideSkills } from '../src/library/guideSkills.ts';
import { postingsOf } from '../src/library/postingCounts.ts';
import { skillOverlap } from '../src/library/relatedGuides.ts';
import { skillGraph, type SkillGraph } from '../src/taxonomy/skillGraph.ts';
import { readTaxonomy } from '../src/taxonomy/readTaxonomy.ts';
import { canonicalName, type TermIndex } from '../src/taxonomy/taxonomy.ts';
import type { ContentProblem } from './contentLint/contentProblem.ts';
import { dateProblems, historyUnavailable } from './contentLint/dateRules.ts';
import { evidenceProblems } from './contentLint/evidenceRules.ts';
import { bodySections, proseUnits } from './contentLint/guideText.ts';
import { overlapFigures, overlapProblems, type GuideProse } from './contentLint/overlapRules.ts';
import { citationProblems, companyCitedFields, guideCitedFields, uncitedProblems } from './contentLint/sourceRules.ts';
import { substanceProblems } from './contentLint/substanceRules.ts';

export type { ContentProblem };

/** Keyword sets this alike (shared terms ÷ all terms) read as one guide with the names swapped. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;
/** What `npm run new:guide` writes where a writer still has to, comments included: a guide must not ship with any of it. */
const DRAFT_TEXT = /DRAFT:|https:\/\/example\.com/;

function draftProblems(file: string): ContentProblem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (DRAFT_TEXT.test(line) ? [{ file, field: `line ${index + 1}`, message: `draft text left from new:guide: ${line.trim()}` }] : []));
}

interface SafeParse<T> {
  success: boolean;
  data?: T;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}

function readYamlFolder<T>(dir: string, check: (data: unknown) => SafeParse<T>): { problems: ContentProblem[]; valid: Map<string, { file: string; data: T }> } {
  const problems: ContentProblem[] = [];
  const valid = new Map<string, { file: string; data: T }>();
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.yaml'))) {
    const file = join(dir, name);
    const result = check(parseYaml(readFileSync(file, 'utf8')));
    if (result.success) valid.set(name.slice(0, -'.yaml'.length), { file, data: result.data as T });
    else problems.push(...(result.error?.issues ?? []).map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })));
    problems.push(...draftProblems(file));
  }
  return { problems, valid };
}

function keywordTermProblems(file: string, guide: Guide, terms: TermIndex, graph: SkillGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  guide.keywords.forEach((keyword, index) => {
    // A concept already counts every skill under it: listing one beside it says the guide means something else.
    const canonicalTerms = keyword.terms.map((term) => canonicalName(terms, term) ?? term);
    for (const concept of canonicalTerms) {
      for (const narrower of canonicalTerms.filter((term) => graph.narrower(concept).includes(term))) {
        problems.push({ file, field: `keywords.${index}.terms`, message: `"${narrower}" is a kind of "${concept}", which already counts it: list the concept alone, or the tools alone if the guide means only them` });
      }
    }
    for (const term of keyword.terms) {
      const canonical = canonicalName(terms, term) ?? term;
      const owner = seen.get(canonical);
      if (owner !== undefined && owner !== keyword.label) {
        problems.push({ file, field: `keywords.${index}.terms`, message: `"${term}" (${canonical}) is already in keyword "${owner}": a skill counts once` });
      }
      seen.set(canonical, keyword.label);
    }
  });
  return problems;
}

/**
 * A company's stack is what its postings name: each term is asked for by a posting one of its guides read,
 * itself or through a skill under it (a posting naming PostgreSQL shows relational databases).
 */
function stackProblems(file: string, company: Company, asked: ReadonlySet<string>, terms: TermIndex, graph: SkillGraph): ContentProblem[] {
  return company.stack.flatMap((term, index) => {
    const canonical = canonicalName(terms, term) ?? term;
    const shown = asked.has(canonical) || graph.narrower(canonical).some((narrower) => asked.has(narrower));
    return shown ? [] : [{ file, field: `stack.${index}`, message: `no posting the company's guides read names "${term}": the stack lists what its postings ask for` }];
  });
}

export interface LintResult {
  problems: ContentProblem[];
  /** Why `updated` could not be checked against git history, when it could not. */
  historyNote?: string;
  overlap: ReturnType<typeof overlapFigures>;
}

export function lintLibrary(contentDir: string, today = new Date()): LintResult {
  const context = readGuideContext(contentDir);
  const graph = skillGraph(readTaxonomy(join(contentDir, 'skills.yaml')));
  const companies = readYamlFolder<Company>(join(contentDir, 'companies'), (data) => companySchema(context.terms).safeParse(data));
  const roles = readYamlFolder(join(contentDir, 'roles'), (data) => roleSchema(context.terms).safeParse(data));
  const problems: ContentProblem[] = [...companies.problems, ...roles.problems];
  const historyNote = historyUnavailable(contentDir);
  const citedOfCompany = new Map<string, Set<string>>();
  const askedOfCompany = new Map<string, Set<string>>();
  const prose: GuideProse[] = [];
  const keywordSets: { id: string; file: string; terms: Set<string> }[] = [];

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
    const source = readFileSync(file, 'utf8');
    const sections = bodySections(source);
    const units = proseUnits(guide, sections);
    const company = companies.valid.get(guide.company)?.data;
    const role = roles.valid.get(guide.role)?.data as { name: string; titles: string[] } | undefined;
    const names = [company?.name ?? guide.company, ...(company?.aliases ?? []), role?.name ?? guide.role, ...(role?.titles ?? [])];
    problems.push(...keywordTermProblems(file, guide, context.terms, graph), ...substanceProblems(file, guide, sections, units, names), ...draftProblems(file));
    problems.push(...dateProblems(file, guide, today, historyNote === undefined));
    if (company) {
      const clash = guide.sources.filter((own) => company.sources.some((shared) => shared.id === own.id));
      for (const own of clash) problems.push({ file, field: 'sources', message: `"${own.id}" is also a source id in the company file: ids are unique across both` });
      const reachable = [...guide.sources, ...company.sources];
      const evidence = guide.keywords.flatMap((keyword) => keyword.evidence ?? []);
      const { problems: cites, cited } = citationProblems(file, guideCitedFields(guide, sections, [company.name, ...company.aliases]), guide.sources, reachable, company, evidence);
      problems.push(...cites, ...uncitedProblems(file, guide.sources, cited), ...evidenceProblems(file, guide, reachable, context.terms, graph));
      const asked = askedOfCompany.get(guide.company) ?? new Set();
      for (const posting of postingsOf(guide.sources)) for (const ask of posting.asks) asked.add(canonicalName(context.terms, ask) ?? ask);
      askedOfCompany.set(guide.company, asked);
      const ofCompany = citedOfCompany.get(guide.company) ?? new Set();
      for (const citedId of cited) ofCompany.add(citedId);
      citedOfCompany.set(guide.company, ofCompany);
    }
    prose.push({ id, file, units, names });
    keywordSets.push({ id, file, terms: guideSkills(guide, context.terms) });
  }

  for (const [id, { file, data }] of companies.valid) {
    const { problems: cites, cited } = citationProblems(file, companyCitedFields(data), data.sources, data.sources, data);
    const byGuides = citedOfCompany.get(id) ?? new Set();
    problems.push(...cites, ...uncitedProblems(file, data.sources, new Set([...cited, ...byGuides])));
    problems.push(...stackProblems(file, data, askedOfCompany.get(id) ?? new Set(), context.terms, graph));
  }
  for (const [index, guide] of keywordSets.entries()) {
    for (const other of keywordSets.slice(index + 1)) {
      const overlap = skillOverlap(guide.terms, other.terms);
      if (overlap >= NEAR_DUPLICATE_OVERLAP) {
        problems.push({ file: other.file, field: 'keywords', message: `${Math.round(overlap * 100)}% of its keyword terms are those of ${guide.id}: give each guide the skills its own postings ask for` });
      }
    }
  }
  problems.push(...overlapProblems(prose));
  return { problems, overlap: overlapFigures(prose), ...(historyNote === undefined ? {} : { historyNote }) };
}

export function lintContent(contentDir: string, today = new Date()): ContentProblem[] {
  return lintLibrary(contentDir, today).problems;
}

if (import.meta.main) {
  const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));
  const { problems, historyNote, overlap } = lintLibrary(contentDir);
  for (const problem of problems) console.error(`${relative(process.cwd(), problem.file)}: ${problem.field}: ${problem.message}`);
  if (historyNote) console.log(`updated dates not checked against git history: ${historyNote}.`);
  const highest = overlap.reduce((max, figure) => (figure.shared > max.shared ? figure : max), { id: 'none', shared: 0 });
  console.log(`Shared phrasing: at most ${(highest.shared * 100).toFixed(1)}% of a guide's 5-word phrases are in another guide (${highest.id}).`);
  console.log(problems.length === 0 ? `Content is clean: ${listGuides(contentDir).length} guides checked.` : `${problems.length} problems.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
