import type { IndexedGuide } from '../src/library/matchIndex.ts';
import type { GuideSpec, KeywordSpec } from '../src/scorer/types.ts';
import type { Taxonomy } from '../src/taxonomy/taxonomy.ts';

/** A fixed-seed generator, so every run of a benchmark measures the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/**
 * `count` guides made from the real ones: each keeps most of a real guide's keywords and swaps the rest
 * for other skills of the taxonomy, so the library names about as many distinct skills as a large real one.
 */
export function syntheticGuides(templates: readonly IndexedGuide[], taxonomy: Taxonomy, count: number): IndexedGuide[] {
  const next = random(42);
  const skills = Object.keys(taxonomy);
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length]!;
    const keywords: KeywordSpec[] = template.spec.keywords.map((keyword) => {
      if (next() > 0.3) return keyword;
      const skill = skills[Math.floor(next() * skills.length)]!;
      return { label: skill, terms: [skill], importance: next() > 0.7 ? 'required' : 'preferred', source: 'guide' };
    });
    const spec: GuideSpec = { ...template.spec, id: `company-${Math.floor(index / 8) + 1}/${template.spec.id.split('/')[1]}-${index % 8}`, keywords };
    return { spec, companyName: `Company ${Math.floor(index / 8) + 1}`, roleName: template.roleName, roleTitles: template.roleTitles };
  });
}
