import type { Taxonomy } from './taxonomy.ts';

/**
 * The taxonomy's `broader` links read both ways. A concept is satisfied by any skill below it (a posting
 * asking for message queues is answered by Kafka); a named tool is only related to the other tools under
 * its concepts (Selenium is not Cypress, and an ATS searching for Cypress will not find it).
 */
export interface SkillGraph {
  /** Every skill below `name`, at any depth. */
  narrower(name: string): readonly string[];
  /** Skills that share a concept with `name`, neither above nor below it. */
  siblings(name: string): readonly string[];
}

export function skillGraph(taxonomy: Taxonomy): SkillGraph {
  const children = new Map<string, string[]>();
  for (const [name, skill] of Object.entries(taxonomy)) {
    for (const concept of skill.broader) children.set(concept, [...(children.get(concept) ?? []), name]);
  }
  const below = new Map<string, readonly string[]>();
  const narrower = (name: string): readonly string[] => {
    let found = below.get(name);
    if (!found) {
      const seen = new Set<string>();
      const pending = [...(children.get(name) ?? [])];
      while (pending.length > 0) {
        const next = pending.pop()!;
        if (seen.has(next) || next === name) continue;
        seen.add(next);
        pending.push(...(children.get(next) ?? []));
      }
      found = [...seen];
      below.set(name, found);
    }
    return found;
  };
  const above = (name: string): Set<string> => {
    const seen = new Set<string>();
    const pending = [...(taxonomy[name]?.broader ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(...(taxonomy[next]?.broader ?? []));
    }
    return seen;
  };
  const beside = new Map<string, readonly string[]>();
  return {
    narrower,
    siblings(name) {
      let found = beside.get(name);
      if (!found) {
        const ancestors = above(name);
        const own = new Set(narrower(name));
        const related = new Set<string>();
        // Alternatives share a concept (Snowflake and Redshift, both data warehouses); two services of one
        // platform are not alternatives (S3 is no substitute for Redshift because both are AWS).
        for (const concept of (taxonomy[name]?.broader ?? []).filter((broader) => taxonomy[broader]?.kind === 'concept')) {
          for (const other of narrower(concept)) if (other !== name && !own.has(other) && !ancestors.has(other)) related.add(other);
        }
        found = [...related];
        beside.set(name, found);
      }
      return found;
    },
  };
}
