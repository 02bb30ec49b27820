import { describe, expect, it } from 'vitest';
import { buildTermIndex, canonicalName, suggestTerm } from '../../src/taxonomy/taxonomy.ts';

const index = buildTermIndex({
  PostgreSQL: { aliases: ['Postgres', 'psql'], broader: [], kind: 'tool', category: 'database', caseSensitive: false, work: [] },
  Kubernetes: { aliases: ['k8s'], broader: [], kind: 'tool', category: 'infrastructure', caseSensitive: false, work: [] },
  Go: { aliases: ['Golang'], broader: [], kind: 'tool', category: 'language', caseSensitive: true, work: [] },
});

describe('term index', () => {
  it('resolves canonical names and aliases whatever their case', () => {
    expect(canonicalName(index, 'postgres')).toBe('PostgreSQL');
    expect(canonicalName(index, 'K8S')).toBe('Kubernetes');
    expect(canonicalName(index, 'golang')).toBe('Go');
    expect(canonicalName(index, 'Rust')).toBeUndefined();
  });

  it('refuses an alias that two skills claim', () => {
    expect(() =>
      buildTermIndex({
        Go: { aliases: ['golang'], broader: [], kind: 'tool', category: 'language', caseSensitive: true, work: [] },
        'Go kit': { aliases: ['Golang'], broader: [], kind: 'tool', category: 'framework', caseSensitive: false, work: [] },
      }),
    ).toThrow('content/skills.yaml: "Golang" names both "Go" and "Go kit"');
  });

  it('suggests the closest name for a typo, and nothing for an unrelated word', () => {
    expect(suggestTerm(index, 'Postgress')).toBe('PostgreSQL');
    expect(suggestTerm(index, 'Kubernets')).toBe('Kubernetes');
    expect(suggestTerm(index, 'Photoshop')).toBeUndefined();
  });
});
