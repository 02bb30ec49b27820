import { citedIds, stripCitations } from '../../src/library/citations.ts';
import type { Company } from '../../src/schemas/company.ts';
import type { Guide } from '../../src/schemas/guide.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { BodySection } from './guideText.ts';

/** Sections whose every paragraph states facts about the company, so each must cite one. */
export const CITING_SECTIONS = ['About the role', 'What hiring managers look for', 'The interview'] as const;

/** Where candidate reports may come from, and the name a sentence citing one must use. */
export const REVIEW_PLATFORMS: { name: string; host: RegExp }[] = [
  { name: 'Glassdoor', host: /(^|\.)glassdoor\.[a-z.]+$/ },
  { name: 'Blind', host: /(^|\.)teamblind\.com$/ },
  { name: 'Levels.fyi', host: /(^|\.)levels\.fyi$/ },
  { name: 'Indeed', host: /(^|\.)indeed\.[a-z.]+$/ },
];

/**
 * Hosts whose pages cannot be traced to who wrote them: uploads of documents and slides anyone can post,
 * and sites that copy other sites' pages.
 */
export const BANNED_HOSTS: { host: RegExp; why: string }[] = [
  { host: /(^|\.)(scribd|slideshare|coursehero|studocu|docplayer|issuu|yumpu|pdfcoffee|fliphtml5|pdfslide|vdocuments|documents|dokumen|kupdf|idoc|academia)\.[a-z.]+$/, why: 'a document-sharing upload' },
  { host: /(^|\.)(videodb|glassdoor-reviews|glassdoorreviews|archive\.ph|archive\.today|webcache|ghostarchive)\.[a-z.]*$|^archive\.(ph|today|is)$/, why: 'a mirror of another site' },
];

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The company's own hosts: its website's domain (and its subdomains) and the hosts or host/paths it lists. */
export function isCompanyHost(url: string, company: Pick<Company, 'website' | 'hosts'>): boolean {
  const host = hostOf(url);
  const site = hostOf(company.website);
  if (host === site || host.endsWith(`.${site}`)) return true;
  const where = `${host}${new URL(url).pathname}`;
  return company.hosts.some((prefix) => where === prefix || where.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || host === prefix || host.endsWith(`.${prefix}`));
}

function hostProblems(file: string, field: string, source: Source, company: Pick<Company, 'website' | 'hosts'>): ContentProblem[] {
  const host = hostOf(source.url);
  const banned = BANNED_HOSTS.find((rule) => rule.host.test(host));
  if (banned) return [{ file, field, message: `${host} is ${banned.why}: cite the company's own page, talk or posting instead` }];
  if (source.kind === 'review' && !REVIEW_PLATFORMS.some((platform) => platform.host.test(host))) {
    return [{ file, field, message: `${host} is not a review platform we cite (${REVIEW_PLATFORMS.map((platform) => platform.name).join(', ')}): candidate reports come from a named platform` }];
  }
  if (source.kind === 'company' && !isCompanyHost(source.url, company)) {
    return [{ file, field, message: `${host} is not one of the company's hosts (its website or \`hosts\` in the company file): add it there if the company publishes on it, or give the source another kind` }];
  }
  return [];
}

/** Sentences with their citations, for rules that look at what a sentence citing a source says. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const rawSentences = (text: string) => [...segmenter.segment(text)].map((segment) => segment.segment);

function reviewNamingProblems(file: string, field: string, text: string, byId: ReadonlyMap<string, Source>): ContentProblem[] {
  return rawSentences(text).flatMap((sentence) =>
    citedIds(sentence).flatMap((id) => {
      const source = byId.get(id);
      if (source?.kind !== 'review') return [];
      const platform = REVIEW_PLATFORMS.find((candidate) => candidate.host.test(hostOf(source.url)));
      return platform && !stripCitations(sentence).toLowerCase().includes(platform.name.toLowerCase())
        ? [{ file, field, message: `"${sentence.trim().slice(0, 80)}…" cites candidate reports [@${id}] without saying so: name ${platform.name} in the sentence` }]
        : [];
    }),
  );
}

export interface CitedField {
  field: string;
  text: string;
  /** A company-specific claim: it must cite at least one source. */
  mustCite: boolean;
}

/**
 * The citation rules for one file's prose: every id resolves, every claim that must cite does, candidate
 * reports are labelled, sources are on hosts a reader can trace.
 */
export function citationProblems(file: string, fields: CitedField[], own: readonly Source[], reachable: readonly Source[], company: Pick<Company, 'website' | 'hosts'>, extraCitedIds: readonly string[] = []): { problems: ContentProblem[]; cited: Set<string> } {
  const byId = new Map(reachable.map((source) => [source.id, source]));
  const problems: ContentProblem[] = [];
  const cited = new Set(extraCitedIds);
  for (const { field, text, mustCite } of fields) {
    const ids = citedIds(text);
    for (const id of ids) {
      cited.add(id);
      if (!byId.has(id)) problems.push({ file, field, message: `[@${id}] names no source (sources: ${[...byId.keys()].join(', ')})` });
    }
    if (mustCite && ids.length === 0) problems.push({ file, field, message: `"${text.slice(0, 70)}…" states company-specific facts without a source: cite one with [@id], or drop the claim` });
    problems.push(...reviewNamingProblems(file, field, text, byId));
  }
  own.forEach((source, index) => problems.push(...hostProblems(file, `sources.${index}.url`, source, company)));
  return { problems, cited };
}

/** The prose fields of a guide that may cite, and which of them must. */
export function guideCitedFields(guide: Guide, sections: BodySection[], companyNames: readonly string[]): CitedField[] {
  const namesCompany = (text: string) => companyNames.some((name) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text));
  return [
    ...sections.flatMap((section) =>
      section.paragraphs.map((text) => ({ field: `body: ${section.heading}`, text, mustCite: (CITING_SECTIONS as readonly string[]).includes(section.heading) })),
    ),
    ...guide.keywords.map((keyword, index) => ({ field: `keywords.${index}.advice`, text: keyword.advice, mustCite: false })),
    ...guide.mistakes.map((mistake, index) => ({ field: `mistakes.${index}.detail`, text: mistake.detail, mustCite: false })),
    ...guide.faq.map((item, index) => ({ field: `faq.${index}.answer`, text: item.answer, mustCite: namesCompany(item.answer) })),
    ...(guide.interview?.duration ? [{ field: 'interview.duration', text: guide.interview.duration, mustCite: true }] : []),
    ...(guide.interview?.rounds ?? []).map((round, index) => ({ field: `interview.rounds.${index}.detail`, text: round.detail, mustCite: true })),
  ];
}

/** The prose fields of a company file: all of it is about the company, so all of it cites. */
export function companyCitedFields(company: Company): CitedField[] {
  return [
    { field: 'summary', text: company.summary, mustCite: true },
    ...company.culture.map((text, index) => ({ field: `culture.${index}`, text, mustCite: true })),
    { field: 'interview.summary', text: company.interview.summary, mustCite: true },
    ...(company.interview.duration ? [{ field: 'interview.duration', text: company.interview.duration, mustCite: true }] : []),
    ...company.interview.rounds.map((round, index) => ({ field: `interview.rounds.${index}.detail`, text: round.detail, mustCite: true })),
  ];
}

/** Sources a file lists that nothing cites (postings count toward keywords, so they need no citation). */
export function uncitedProblems(file: string, own: readonly Source[], cited: ReadonlySet<string>): ContentProblem[] {
  return own.flatMap((source, index) =>
    source.kind !== 'posting' && !cited.has(source.id)
      ? [{ file, field: `sources.${index}`, message: `"${source.id}" is cited nowhere: cite it where its fact is used, or remove it` }]
      : [],
  );
}
