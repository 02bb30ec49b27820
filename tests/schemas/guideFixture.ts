import type { z } from 'astro/zod';
import type { GuideContext, guideSchema } from '../../src/schemas/guide.ts';
import { buildTermIndex } from '../../src/taxonomy/taxonomy.ts';

export const context: GuideContext = {
  terms: buildTermIndex({
    Go: { aliases: ['Golang'], broader: [], kind: 'tool', category: 'language', caseSensitive: true, work: [] },
    PostgreSQL: { aliases: ['Postgres', 'psql'], broader: [], kind: 'tool', category: 'database', caseSensitive: false, work: [] },
    Kubernetes: { aliases: ['k8s'], broader: [], kind: 'tool', category: 'infrastructure', caseSensitive: false, work: [] },
    Caching: { aliases: [], broader: [], kind: 'tool', category: 'practice', caseSensitive: false, work: [] },
  }),
  companyIds: new Set(['acme']),
  roleIds: new Set(['backend-developer']),
};

const keyword = (label: string, term: string) => ({
  label,
  terms: [term],
  importance: 'required' as const,
  advice: `Show ${label} in an experience bullet with a result.`,
});

/** Frontmatter that passes, as a writer would type it; each test breaks one thing. */
export function validGuide(): z.input<ReturnType<typeof guideSchema>> {
  return {
    title: 'Backend Developer Resume ATS Guide for Acme',
    description: 'What Acme screens backend resumes for: the keywords, the stack and the mistakes to avoid.',
    company: 'acme',
    role: 'backend-developer',
    region: 'US',
    updated: '2026-11-01',
    reviewed: '2026-11-02',
    keywords: [
      keyword('Go', 'Golang'),
      keyword('PostgreSQL', 'Postgres'),
      keyword('Kubernetes', 'k8s'),
      keyword('Caching', 'Caching'),
      keyword('Go services', 'Go'),
      keyword('psql', 'psql'),
      keyword('k8s', 'Kubernetes'),
      keyword('Caches', 'caching'),
    ],
    mistakes: [
      { title: 'No Go in experience', detail: 'Go appears only in the skills list, not in any bullet.', check: { terms: ['Go'], where: 'experience' } },
      { title: 'No caching at all', detail: 'Nothing on the page says how the systems stayed fast.', check: { terms: ['Caching'] } },
      { title: 'Long and vague bullets', detail: 'Bullets run on and lean on filler phrases throughout.', check: { rule: 'concise-bullets' } },
    ],
    faq: [1, 2, 3].map((n) => ({
      question: `Question number ${n} about Acme?`,
      answer: `An answer to question ${n} that is long enough to be useful to a reader, with some detail about Acme.`,
    })),
    sources: [
      { id: 'acme-blog', kind: 'company', title: 'Acme engineering blog', url: 'https://acme.example/blog' },
      { id: 'posting-backend', kind: 'posting', title: 'Backend Engineer, Payments', url: 'https://acme.example/jobs/1', read: '2026-11-01', asks: ['Go', 'Postgres'] },
    ],
  };
}
