/**
 * `npm run new:guide -- --company stripe --role "Site Reliability Engineer"`: a schema-valid first draft of
 * a guide (and of the company and role files when missing) that builds at once. Its keywords and mistakes
 * start from the library's guides for the same role, each keyword marked `unverified` until the writer's
 * postings or sources back it; every value a writer must replace is marked "DRAFT:" (in a YAML comment where
 * the value itself must stay valid, as `stack` and `region`), and `npm run lint:content` refuses both.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import type { Guide } from '../src/schemas/guide.ts';
import type { Keyword } from '../src/schemas/keyword.ts';
import { listGuides, readGuide } from '../src/schemas/readGuide.ts';
import { slugify } from '../src/text/slugify.ts';

export const DRAFT = 'DRAFT:';
const STARTER_KEYWORDS = 15;

const titleCase = (text: string) => text.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/** The keywords most guides of this role share (or of every guide, for a new role), most common first. */
function starterKeywords(guides: Guide[]): Keyword[] {
  const byLabel = new Map<string, { keyword: Keyword; count: number }>();
  for (const keyword of guides.flatMap((guide) => guide.keywords)) {
    const entry = byLabel.get(keyword.label.toLowerCase());
    if (entry) entry.count++;
    else byLabel.set(keyword.label.toLowerCase(), { keyword, count: 1 });
  }
  const seenTerms = new Set<string>();
  return [...byLabel.values()]
    .sort((a, b) => b.count - a.count || a.keyword.label.localeCompare(b.keyword.label))
    .map(({ keyword }) => keyword)
    .filter((keyword) => !keyword.terms.some((term) => seenTerms.has(term.toLowerCase())) && keyword.terms.every((term) => seenTerms.add(term.toLowerCase())))
    .slice(0, STARTER_KEYWORDS)
    .map(({ label, terms, importance, category }) => ({
      label,
      terms,
      importance,
      ...(category ? { category } : {}),
      advice: `${DRAFT} how this company's reviewers want to see ${label} on a resume.`,
      // Pooled from other companies' guides: nothing yet says this company asks for it.
      unverified: true as const,
    }));
}

const yaml = (data: unknown) => dump(data, { lineWidth: 110, quotingType: '"' });

/** Marks a value that must stay schema-valid for the draft to build with a DRAFT comment lint still finds. */
function markDraftLine(text: string, line: RegExp, what: string): string {
  return text.replace(line, (found) => `${found} # ${DRAFT} ${what}`);
}

const placeholderSource = (id: string, what: string) => ({ id, kind: 'company', title: `${DRAFT} ${what}`, url: `https://example.com/${id}` });

export function scaffoldGuide(contentDir: string, companyName: string, roleName: string): string[] {
  const company = slugify(companyName);
  const role = slugify(roleName);
  const created: string[] = [];
  const guideFile = join(contentDir, 'guides', company, `${role}.mdx`);
  if (existsSync(guideFile)) throw new Error(`${guideFile} already exists.`);

  const companyFile = join(contentDir, 'companies', `${company}.yaml`);
  const displayCompany = existsSync(companyFile) ? companyName : titleCase(companyName);
  if (!existsSync(companyFile)) {
    const companyYaml = yaml({
      name: displayCompany,
      summary: `${DRAFT} what ${displayCompany} makes and what its engineering is known for, in two or three sentences.`,
      website: 'https://example.com',
      hosts: [],
      industry: `${DRAFT} industry`,
      headquarters: `${DRAFT} city`,
      stack: ['Git'],
      culture: [`${DRAFT} a value the company states publicly [@careers].`],
      interview: {
        summary: `${DRAFT} the interview loop as the company describes it [@careers].`,
        rounds: [{ name: 'Recruiter call', detail: `${DRAFT} what the round covers and how to prepare [@careers].` }],
      },
      sources: [placeholderSource('careers', "the company's careers or how-we-hire page")],
    });
    writeFileSync(companyFile, markDraftLine(companyYaml, /^ {2}- Git$/m, "the languages and tools the company's sources show it uses"));
    created.push(companyFile);
  }
  const library = listGuides(contentDir).map((id) => readGuide(contentDir, id));
  const sameRole = library.filter((guide) => guide.role === role);
  const keywords = starterKeywords(sameRole.length > 0 ? sameRole : library);
  const roleFile = join(contentDir, 'roles', `${role}.yaml`);
  if (!existsSync(roleFile)) {
    writeFileSync(roleFile, yaml({
      name: titleCase(roleName),
      summary: `${DRAFT} what the role does and what its resumes are read for.`,
      titles: [titleCase(roleName)],
      // A start a writer replaces: the skills this role's guides ask for first.
      core: [...new Set(keywords.flatMap((keyword) => keyword.terms.slice(0, 1)))].slice(0, 5),
    }));
    created.push(roleFile);
  }

  const required = keywords.filter((keyword) => keyword.importance === 'required').slice(0, 3);
  const frontmatter = {
    title: `${titleCase(roleName)} Resume ATS Guide for ${displayCompany}`.slice(0, 90),
    description: `${DRAFT} what this guide tells a ${titleCase(roleName)} applying to ${displayCompany}.`.slice(0, 160),
    company,
    role,
    region: 'US',
    updated: new Date().toISOString().slice(0, 10),
    reviewed: new Date().toISOString().slice(0, 10),
    keywords,
    mistakes: [
      ...(required.length > 0
        ? [{ title: `${DRAFT} core skills only listed`, detail: `${DRAFT} why reviewers want to see these skills in experience bullets.`, check: { terms: required.flatMap((keyword) => keyword.terms.slice(0, 1)), where: 'experience' } }]
        : []),
      { title: `${DRAFT} vague, long bullets`, detail: `${DRAFT} why this company's reviewers prize short, precise bullets.`, check: { rule: 'concise-bullets' } },
      { title: `${DRAFT} results without numbers`, detail: `${DRAFT} which figures this role's reviewers look for.`, check: { rule: 'quantified-impact' } },
    ],
    faq: [1, 2, 3].map((n) => ({
      question: `${DRAFT} question ${n} a candidate asks about this role here?`,
      answer: `${DRAFT} a specific answer of two to four sentences, with facts from the sources listed below and nothing invented.`,
    })),
    sources: [placeholderSource('source', 'a public page a company-specific fact comes from; then the postings you read, as kind: posting with asks')],
  };
  const section = (heading: string, what: string) => `## ${heading}\n\n${DRAFT} ${what}\n`;
  const body = [
    section('Resume strategy', 'how to frame a resume for this role at this company.'),
    section('About the role', 'what the role does here, with its stack and products, each fact cited [@source].'),
    section('What hiring managers look for', 'the evidence that moves a resume up, and what reads as a negative signal.'),
    section('The interview', 'how the loop runs for this role and how to prepare, as publicly described.'),
  ].join('\n');
  mkdirSync(join(contentDir, 'guides', company), { recursive: true });
  const guideYaml = markDraftLine(yaml(frontmatter), /^region: US$/m, 'the country of the postings you read');
  writeFileSync(guideFile, `---\n${guideYaml}---\n\n${body}`);
  created.push(guideFile);
  return created;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { company: { type: 'string' }, role: { type: 'string' }, content: { type: 'string' } } });
  if (!values.company || !values.role) {
    console.error('Usage: npm run new:guide -- --company <name> --role "<Role Name>"');
    process.exit(2);
  }
  const contentDir = values.content ?? fileURLToPath(new URL('../content', import.meta.url));
  try {
    const created = scaffoldGuide(contentDir, values.company, values.role);
    for (const file of created) console.log(`created ${relative(process.cwd(), file)}`);
    console.log(`\nNext: replace every "${DRAFT}" line (npm run lint:content lists them), then npm run dev and open /guides/${slugify(values.company)}/${slugify(values.role)}/`);
  } catch (error) {
    console.error(`new:guide: ${(error as Error).message}`);
    process.exit(1);
  }
}
