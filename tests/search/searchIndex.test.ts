import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { guideSkills } from '../../src/library/guideSkills.ts';
import { searchDocuments } from '../../src/library/searchDocuments.ts';
import { guideUrl } from '../../src/library/urls.ts';
import { companySchema } from '../../src/schemas/company.ts';
import { listGuides, readGuide } from '../../src/schemas/readGuide.ts';
import { readRole } from '../../src/schemas/readRole.ts';
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from '../../src/search/searchIndex.ts';
import { buildTermIndex } from '../../src/taxonomy/taxonomy.ts';
import { contentDir } from '../scorer/stripeGuide.ts';
import { taxonomy } from '../scorer/taxonomyFixture.ts';

const terms = buildTermIndex(taxonomy);
const company = (id: string) => companySchema(terms).parse(parseYaml(readFileSync(join(contentDir, 'companies', `${id}.yaml`), 'utf8')));
const guides = listGuides(contentDir).map((id) => {
  const [companyId, roleId] = id.split('/') as [string, string];
  const guide = readGuide(contentDir, id);
  return {
    entry: { id, data: guide },
    company: { data: company(companyId) },
    role: { data: readRole(contentDir, roleId) },
    url: guideUrl(companyId, roleId),
    skills: guideSkills(guide, terms),
  };
});
const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
index.addAll(searchDocuments(guides, taxonomy));
const results = (query: string) => index.search(query).map((result) => String(result.id));

describe('site search', () => {
  it.each([
    ['sde', /^amazon\/software-development-engineer$/],
    ['swe', /\/software-(?:development-)?engineer$/],
    ['pm', /\/product-manager$/],
    ['product manager', /\/product-manager$/],
    ['fullstack', /\/full-stack-developer$/],
    ['full stack', /\/full-stack-developer$/],
    ['full-stack', /\/full-stack-developer$/],
    ['back-end', /\/backend-developer$/],
    ['backend', /\/backend-developer$/],
    ['front-end', /\/frontend-developer$/],
    ['frontend', /\/frontend-developer$/],
    ['sre', /\/site-reliability-engineer$/],
    ['ml', /\/machine-learning-engineer$/],
    ['facebook', /^meta\//],
    ['aws', /^amazon\//],
  ])('"%s" ranks its role or company first', (query, first) => {
    const found = results(query);
    expect(found.length, query).toBeGreaterThan(0);
    expect(found[0], `${query}: ${found.slice(0, 3).join(', ')}`).toMatch(first);
  });

  it('finds every guide of a role under its abbreviation before any other', () => {
    for (const [query, role] of [
      ['sre', 'site-reliability-engineer'],
      ['fullstack', 'full-stack-developer'],
      ['front-end', 'frontend-developer'],
    ] as const) {
      const found = results(query);
      const ofRole = guides.filter((guide) => guide.entry.id.endsWith(`/${role}`)).length;
      expect(found.slice(0, ofRole).every((id) => id.endsWith(`/${role}`)), query).toBe(true);
    }
  });

  it('finds the guides asking for a skill by any of its names', () => {
    const asking = guides.filter((guide) => guide.skills.has('Kubernetes')).map((guide) => guide.entry.id);
    expect(asking.length).toBeGreaterThan(0);
    for (const query of ['k8s', 'kubernetes', 'K8s']) expect(results(query), query).toEqual(expect.arrayContaining(asking));
  });
});
