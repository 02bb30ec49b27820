import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { buildTermIndex } from '../taxonomy/taxonomy.ts';
import { readTaxonomy } from '../taxonomy/readTaxonomy.ts';
import { roleSchema, type Role } from './role.ts';

/** Reads and validates `content/roles/<id>.yaml` outside Astro (scripts and tests), errors naming the file. */
export function readRole(contentDir: string, id: string): Role {
  const path = join(contentDir, 'roles', `${id}.yaml`);
  const terms = buildTermIndex(readTaxonomy(join(contentDir, 'skills.yaml')));
  const parsed = roleSchema(terms).safeParse(parseYaml(readFileSync(path, 'utf8'), { filename: path }));
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return parsed.data;
}
