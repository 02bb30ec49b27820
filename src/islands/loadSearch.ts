import type { SearchResultFields } from '../search/searchIndex.ts';

export type SearchGuides = (query: string) => SearchResultFields[];

const MAX_RESULTS = 12;
let loading: Promise<SearchGuides> | undefined;

/** MiniSearch and the site's index, fetched from this site once, when a search box is first used. */
export function loadSearch(): Promise<SearchGuides> {
  loading ??= Promise.all([
    import('minisearch'),
    import('../search/searchIndex.ts'),
    fetch('/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`The search index did not load (HTTP ${response.status}).`);
      return response.text();
    }),
  ]).then(([{ default: MiniSearch }, { SEARCH_INDEX_OPTIONS }, json]) => {
    const index = MiniSearch.loadJSON(json, SEARCH_INDEX_OPTIONS);
    return (query) =>
      index
        .search(query)
        .slice(0, MAX_RESULTS)
        .map(({ id, title, company, role, url }) => ({ id: String(id), title, company, role, url }));
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
