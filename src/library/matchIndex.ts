import type { RankableGuide } from '../scorer/rankGuides.ts';
import type { GuideSpec } from '../scorer/types.ts';
import { guideUrl } from './urls.ts';

/**
 * Every guide's keywords for /match/, small enough to load in one request: terms and labels are stored
 * once and referred to by position, and what ranking does not need (advice, mistakes, prose) is left out.
 */
export interface MatchIndex {
  terms: string[];
  labels: string[];
  companies: [id: string, name: string][];
  /** Each role with its job titles: the resume's own titles tell which role it is. */
  roles: [id: string, name: string, titles: string[]][];
  /** [company index, role index, region, keywords as [label index, term indexes, 1 if required, 1 if core to the role]] */
  guides: [company: number, role: number, region: string, keywords: [label: number, terms: number[], required: 0 | 1, core: 0 | 1][]][];
}

export interface MatchGuide extends RankableGuide {
  company: string;
  companyName: string;
  role: string;
  roleName: string;
  url: string;
}

export interface IndexedGuide {
  spec: GuideSpec;
  companyName: string;
  roleName: string;
  roleTitles: readonly string[];
}

function table() {
  const values: string[] = [];
  const positions = new Map<string, number>();
  return {
    values,
    at(value: string): number {
      let position = positions.get(value);
      if (position === undefined) {
        position = values.push(value) - 1;
        positions.set(value, position);
      }
      return position;
    },
  };
}

export function encodeMatchIndex(guides: readonly IndexedGuide[]): MatchIndex {
  const terms = table();
  const labels = table();
  const companies = table();
  const roles = table();
  const names = new Map<string, string>();
  const roleTitles = new Map<string, string[]>();
  const encoded = guides.map(({ spec, companyName, roleName, roleTitles: titles }): MatchIndex['guides'][number] => {
    const [company = '', role = ''] = spec.id.split('/');
    names.set(`c:${company}`, companyName);
    names.set(`r:${role}`, roleName);
    roleTitles.set(role, [...titles]);
    return [
      companies.at(company),
      roles.at(role),
      spec.region,
      spec.keywords.map((keyword) => [
        labels.at(keyword.label),
        keyword.terms.map((term) => terms.at(term)),
        keyword.importance === 'required' ? 1 : 0,
        keyword.core === true ? 1 : 0,
      ]),
    ];
  });
  return {
    terms: terms.values,
    labels: labels.values,
    companies: companies.values.map((id) => [id, names.get(`c:${id}`) ?? id]),
    roles: roles.values.map((id) => [id, names.get(`r:${id}`) ?? id, roleTitles.get(id) ?? []]),
    guides: encoded,
  };
}

export function decodeMatchIndex(index: MatchIndex): MatchGuide[] {
  return index.guides.map(([companyAt, roleAt, region, keywords]) => {
    const [company, companyName] = index.companies[companyAt] ?? ['', ''];
    const [role, roleName, roleTitles] = index.roles[roleAt] ?? ['', '', []];
    return {
      id: `${company}/${role}`,
      company,
      companyName,
      role,
      roleName,
      roleTitles,
      url: guideUrl(company, role),
      region,
      keywords: keywords.map(([label, terms, required, core]) => ({
        label: index.labels[label] ?? '',
        terms: terms.map((term) => index.terms[term] ?? ''),
        importance: required === 1 ? 'required' : 'preferred',
        source: 'guide',
        ...(core === 1 ? { core: true } : {}),
      })),
    };
  });
}
