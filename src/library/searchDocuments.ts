import type { SearchDocument } from '../search/searchIndex.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { LibraryGuide } from './loadLibrary.ts';

/** Every guide as a search document, its skills spelled every way the taxonomy knows. */
export function searchDocuments(guides: readonly LibraryGuide[], taxonomy: Taxonomy): SearchDocument[] {
  return guides.map(({ entry, company, role, url, skills }) => {
    const names = [...skills].flatMap((name) => [name, ...(taxonomy[name]?.aliases ?? [])]);
    return { id: entry.id, title: entry.data.title, company: company.data.name, role: role.data.name, skills: names.join(' · '), url };
  });
}
