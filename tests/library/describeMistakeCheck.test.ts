import { describe, expect, it } from 'vitest';
import { describeMistakeCheck } from '../../src/library/describeMistakeCheck.ts';
import type { Mistake } from '../../src/schemas/mistake.ts';

const mistake = (check: Mistake['check']): Mistake => ({ title: 'A mistake', detail: 'Why it matters.', check });

describe('describeMistakeCheck', () => {
  it('says which terms are looked for', () => {
    expect(describeMistakeCheck(mistake({ terms: ['REST', 'GraphQL', 'gRPC'], min: 1, where: 'anywhere' }))).toBe(
      'We check that your resume shows at least one of REST, GraphQL, or gRPC: by name, or through a tool or a piece of work that belongs to it (PostgreSQL or "tuned slow queries" for databases).',
    );
  });

  it('says how many are needed when more than one is', () => {
    expect(describeMistakeCheck(mistake({ terms: ['Caching', 'Rate Limiting', 'Idempotency'], min: 2, where: 'anywhere' }))).toBe(
      'We check that your resume shows at least 2 of Caching, Rate Limiting, Idempotency: by name, or through a tool or a piece of work that belongs to it (PostgreSQL or "tuned slow queries" for databases).',
    );
  });

  it('says when a skills list is not enough', () => {
    expect(describeMistakeCheck(mistake({ terms: ['Go'], min: 1, where: 'experience' }))).toBe(
      'We check that your resume shows Go in an experience or project bullet, not only in a skills list: by name, or through a tool or a piece of work that belongs to it (PostgreSQL or "tuned slow queries" for databases).',
    );
  });

  it('describes a named rule in plain words', () => {
    expect(describeMistakeCheck(mistake({ rule: 'concise-bullets' }))).toBe(
      'We check that your bullets are short and free of filler such as "responsible for" or "helped with".',
    );
  });
});
