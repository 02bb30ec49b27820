/** What "explore more" needs to know of a guide. */
export interface GuideFacts {
  id: string;
  company: string;
  role: string;
  /** Canonical skill names of its keywords. */
  skills: ReadonlySet<string>;
}

export interface RelatedGuides<T extends GuideFacts> {
  sameCompany: T[];
  sameRole: T[];
  /** Other guides sharing the most skills, most similar first, with the share of skills in common. */
  similarSkills: { guide: T; overlap: number }[];
}

export const SIMILAR_GUIDES = 3;

/** Shared skills ÷ all skills of the two guides (Jaccard). */
export function skillOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((skill) => b.has(skill)).length;
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 0 : shared / all;
}

/** A guide's neighbours in the library, computed from it, never listed by hand. */
export function relatedGuides<T extends GuideFacts>(guide: T, library: readonly T[]): RelatedGuides<T> {
  const others = library.filter((other) => other.id !== guide.id);
  const sameCompany = others.filter((other) => other.company === guide.company);
  const sameRole = others.filter((other) => other.role === guide.role);
  const similarSkills = others
    .filter((other) => !sameCompany.includes(other) && !sameRole.includes(other))
    .map((other) => ({ guide: other, overlap: skillOverlap(guide.skills, other.skills) }))
    .filter(({ overlap }) => overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.guide.id.localeCompare(b.guide.id))
    .slice(0, SIMILAR_GUIDES);
  return { sameCompany, sameRole, similarSkills };
}
