import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTermIndex } from '../taxonomy/taxonomy.ts';
import { readTaxonomy } from '../taxonomy/readTaxonomy.ts';
import type { GuideContext } from './guide.ts';

function yamlIds(folder: string): Set<string> {
  return new Set(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length)),
  );
}

/** Everything a guide's frontmatter may refer to, read from a content folder. */
export function readGuideContext(contentDir: string): GuideContext {
  return {
    terms: buildTermIndex(readTaxonomy(join(contentDir, 'skills.yaml'))),
    companyIds: yamlIds(join(contentDir, 'companies')),
    roleIds: yamlIds(join(contentDir, 'roles')),
  };
}
