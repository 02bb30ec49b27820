/** What "explore more" needs to know of a guide. */
export interface GuideFacts {
  id: string;
  company: string;
  role: string;
  /** Canonical skill names of its keywords. */
  skills: ReadonlySet<string>;
}

export interface RelatedGuides<T extends GuideFacts> {
  /** At most SAME_COMPANY_OR_ROLE_GUIDES each, those sharing the most skills first. */
  sameCompany: T[];
  sameRole: T[];
  /** Other guides sharing the most skills, most similar first, with the share of skills in common. */
  similarSkills: { guide: T; overlap: number }[];
}

export const SIMILAR_GUIDES = 3;
/** Guides listed for the same company or role: enough to explore, few enough that a page stays light. */
export const SAME_COMPANY_OR_ROLE_GUIDES = 6;

/** Shared skills ÷ all skills of the two guides (Jaccard). */
export function skillOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  // Called for every pair of guides at build time: count without building new sets.
  let shared = 0;
  for (const skill of a) if (b.has(skill)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** A guide's neighbours in the library, computed from it, never listed by hand. */
export function relatedGuides<T extends GuideFacts>(guide: T, library: readonly T[]): RelatedGuides<T> {
  const bySimilarity = library
    .filter((other) => other.id !== guide.id)
    .map((other) => ({ guide: other, overlap: skillOverlap(guide.skills, other.skills) }))
    .sort((a, b) => b.overlap - a.overlap || a.guide.id.localeCompare(b.guide.id));
  const sameCompany = bySimilarity.filter(({ guide: other }) => other.company === guide.company);
  const sameRole = bySimilarity.filter(({ guide: other }) => other.role === guide.role);
  const similarSkills = bySimilarity
    .filter(({ guide: other, overlap }) => overlap > 0 && other.company !== guide.company && other.role !== guide.role)
    .slice(0, SIMILAR_GUIDES);
  return {
    sameCompany: sameCompany.slice(0, SAME_COMPANY_OR_ROLE_GUIDES).map(({ guide: other }) => other),
    sameRole: sameRole.slice(0, SAME_COMPANY_OR_ROLE_GUIDES).map(({ guide: other }) => other),
    similarSkills,
  };
}
