import type { APIRoute } from 'astro';
import MiniSearch from 'minisearch';
import { loadLibrary } from '../library/loadLibrary.ts';
import { searchDocuments } from '../library/searchDocuments.ts';
import { SEARCH_INDEX_OPTIONS } from '../search/searchIndex.ts';

/** The site search index, built once at build time; the search box loads it when first focused. */
export const GET: APIRoute = async () => {
  const { guides, taxonomy } = await loadLibrary();
  const search = new MiniSearch(SEARCH_INDEX_OPTIONS);
  search.addAll(searchDocuments(guides, taxonomy));
  return new Response(JSON.stringify(search), { headers: { 'Content-Type': 'application/json' } });
};
