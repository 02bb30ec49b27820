import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { skillSchema } from '../schemas/skill.ts';
import type { Taxonomy } from './taxonomy.ts';

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
  return parsed.data;
}
