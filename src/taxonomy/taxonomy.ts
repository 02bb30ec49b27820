import { closest, distance } from 'fastest-levenshtein';
import type { Skill } from '../schemas/skill.ts';

/** A skill as the engine reads it: the taxonomy's entry, and which of its terms are also English words. */
export interface SkillNode extends Skill {
  /** Its names and aliases, in lower case, that ordinary text also writes ("canary", "docker"): see wordlikeTerms.ts. */
  readonly wordlike: readonly string[];
}

/** The skills taxonomy: canonical name → how to recognise it. */
export type Taxonomy = Readonly<Record<string, SkillNode>>;

/** Every name a writer may use for a skill (canonical or alias), folded to lower case, → canonical name. */
export type TermIndex = ReadonlyMap<string, string>;

export function buildTermIndex(taxonomy: Readonly<Record<string, Skill>>): TermIndex {
  const index = new Map<string, string>();
  for (const [name, skill] of Object.entries(taxonomy)) {
    for (const term of [name, ...skill.aliases]) {
      const key = term.toLowerCase();
      const owner = index.get(key);
      if (owner !== undefined && owner !== name) {
        throw new Error(`content/skills.yaml: "${term}" names both "${owner}" and "${name}"`);
      }
      index.set(key, name);
    }
  }
  return index;
}

/** The canonical name a writer's term stands for, or undefined when the taxonomy lacks it. */
export function canonicalName(index: TermIndex, term: string): string | undefined {
  return index.get(term.toLowerCase());
}

/** The known name closest to an unknown term, when it is close enough to be a likely typo. */
export function suggestTerm(index: TermIndex, term: string): string | undefined {
  const known = [...index.keys()];
  if (known.length === 0) return undefined;
  const nearest = closest(term.toLowerCase(), known);
  const tolerance = Math.max(2, Math.floor(term.length / 3));
  return distance(term.toLowerCase(), nearest) <= tolerance ? index.get(nearest) : undefined;
}

export function unknownTermMessage(index: TermIndex, term: string): string {
  const suggestion = suggestTerm(index, term);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : ' Add it to content/skills.yaml.';
  return `unknown skill "${term}": not a name or alias in content/skills.yaml.${hint}`;
}
