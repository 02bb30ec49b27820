import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { skillSchema, type Skill } from '../schemas/skill.ts';
import type { Taxonomy } from './taxonomy.ts';
import { withWordlikeTerms } from './wordlikeTerms.ts';

const taxonomyFileSchema = z.record(z.string().min(1), skillSchema);

/**
 * Reads and validates `skills.yaml`. Astro's own file() loader only logs a YAML syntax error, and the
 * guide schemas need the taxonomy before any collection loads, so the file is read here and every error
 * is thrown with the file and the field.
 */
export function readTaxonomy(path: string): Taxonomy {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'), { filename: path });
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = taxonomyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(lines.join('\n'));
  }
  const links = brokenLinks(parsed.data);
  if (links.length > 0) throw new Error(links.map((link) => `${path}: ${link}`).join('\n'));
  return withWordlikeTerms(parsed.data);
}

/** Links to concepts the file does not define, and chains of `broader` that lead back to where they start. */
function brokenLinks(taxonomy: Readonly<Record<string, Skill>>): string[] {
  const problems: string[] = [];
  for (const [name, skill] of Object.entries(taxonomy)) {
    for (const concept of skill.broader) {
      if (!(concept in taxonomy)) problems.push(`${name}.broader: "${concept}" is not a skill in this file.`);
    }
    const seen = new Set<string>();
    const pending = [...skill.broader];
    while (pending.length > 0) {
      const concept = pending.pop()!;
      if (concept === name) {
        problems.push(`${name}.broader: leads back to "${name}"; a skill cannot be a kind of itself.`);
        break;
      }
      if (seen.has(concept)) continue;
      seen.add(concept);
      pending.push(...(taxonomy[concept]?.broader ?? []));
    }
  }
  return problems;
}
