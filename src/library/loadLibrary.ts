import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTermIndex, type Taxonomy } from '../taxonomy/taxonomy.ts';
import { withWordlikeTerms } from '../taxonomy/wordlikeTerms.ts';
import { guideSkills } from './guideSkills.ts';
import { guideUrl } from './urls.ts';

export interface LibraryGuide {
  entry: CollectionEntry<'guides'>;
  company: CollectionEntry<'companies'>;
  role: CollectionEntry<'roles'>;
  url: string;
  /** Canonical skill names of its keywords. */
  skills: Set<string>;
}

export interface Library {
  guides: LibraryGuide[];
  companies: CollectionEntry<'companies'>[];
  roles: CollectionEntry<'roles'>[];
  taxonomy: Taxonomy;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

async function readLibrary(): Promise<Library> {
  // getCollection's order is not guaranteed; every list the site renders is sorted here once.
  const [guideEntries, companies, roles, skills] = await Promise.all([
    getCollection('guides'),
    getCollection('companies'),
    getCollection('roles'),
    getCollection('skills'),
  ]);
  const taxonomy: Taxonomy = withWordlikeTerms(Object.fromEntries(skills.map((skill) => [skill.id, skill.data])));
  const terms = buildTermIndex(taxonomy);
  const companyById = new Map(companies.map((entry) => [entry.id, entry]));
  const roleById = new Map(roles.map((entry) => [entry.id, entry]));

  const guides = guideEntries.sort(byId).map((entry): LibraryGuide => {
    const { company: companyId, role: roleId } = entry.data;
    const file = entry.filePath ?? `content/guides/${entry.id}.mdx`;
    if (entry.id !== `${companyId}/${roleId}`) {
      throw new Error(
        `${file}: company/role: the frontmatter says "${companyId}/${roleId}" but the file must then be content/guides/${companyId}/${roleId}.mdx`,
      );
    }
    const company = companyById.get(companyId);
    const role = roleById.get(roleId);
    // The schema already rejects unknown ids; this guards the join if the two ever disagree.
    if (!company) throw new Error(`${file}: company: "${companyId}" is not in content/companies/`);
    if (!role) throw new Error(`${file}: role: "${roleId}" is not in content/roles/`);
    return { entry, company, role, url: guideUrl(companyId, roleId), skills: guideSkills(entry.data, terms) };
  });

  return {
    guides,
    companies: companies.sort(byId),
    roles: roles.sort(byId),
    taxonomy,
  };
}

let library: Promise<Library> | undefined;

/** The whole content library, joined and sorted; read once per build. */
export function loadLibrary(): Promise<Library> {
  library ??= readLibrary();
  return library;
}
