import type { SearchDocument } from '../search/searchIndex.ts';
import { skillGraph } from '../taxonomy/skillGraph.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';

/** What search reads of a guide: a library guide has it, and so does one read from its files outside Astro. */
export interface SearchableGuide {
  entry: { id: string; data: { title: string } };
  company: { data: { name: string; aliases: readonly string[] } };
  role: { data: { name: string; titles: readonly string[]; aliases: readonly string[] } };
  url: string;
  skills: ReadonlySet<string>;
}

/**
 * Every guide as a search document, its skills spelled every way the taxonomy knows, with the tools under a
 * concept it asks for (a guide asking for relational databases is found by "postgres").
 */
export function searchDocuments(guides: readonly SearchableGuide[], taxonomy: Taxonomy): SearchDocument[] {
  const graph = skillGraph(taxonomy);
  return guides.map(({ entry, company, role, url, skills }) => {
    const counted = new Set([...skills].flatMap((name) => [name, ...graph.narrower(name)]));
    const names = [...counted].flatMap((name) => [name, ...(taxonomy[name]?.aliases ?? [])]);
    return {
      id: entry.id,
      title: entry.data.title,
      company: company.data.name,
      role: role.data.name,
      companyNames: company.data.aliases.join(' · '),
      roleNames: [...role.data.titles, ...role.data.aliases].join(' · '),
      skills: names.join(' · '),
      url,
    };
  });
}
