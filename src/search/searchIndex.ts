import type { Options, SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './searchTokenizer.ts';

/** One guide as search knows it: only the fields search matches on or shows. */
export interface SearchDocument {
  /** `<company>/<role>` */
  id: string;
  title: string;
  company: string;
  role: string;
  /** Every name the company goes by: "facebook" finds Meta's guides. Searched, not shown. */
  companyNames: string;
  /** The role's titles and the abbreviations people type: "sre", "swe", "fullstack". Searched, not shown. */
  roleNames: string;
  /** Canonical skill names and their aliases, so "postgres" finds a guide that lists PostgreSQL. */
  skills: string;
  url: string;
}

export type SearchResultFields = Pick<SearchDocument, 'id' | 'title' | 'company' | 'role' | 'url'>;

export const SEARCH_QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { company: 3, role: 3, companyNames: 3, roleNames: 3, title: 2, skills: 1 },
};

/** The same options build the index at build time and load it in the browser. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'company', 'role', 'companyNames', 'roleNames', 'skills'],
  storeFields: ['title', 'company', 'role', 'url'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_QUERY_OPTIONS,
};
