import { describe, expect, it } from 'vitest';
import { postingCounts } from '../../src/library/postingCounts.ts';
import type { Keyword } from '../../src/schemas/keyword.ts';
import type { Source } from '../../src/schemas/source.ts';
import { skillGraph } from '../../src/taxonomy/skillGraph.ts';
import { buildTermIndex, type Taxonomy } from '../../src/taxonomy/taxonomy.ts';

const skill = (extra: Partial<Taxonomy[string]> = {}): Taxonomy[string] => ({ aliases: [], broader: [], kind: 'tool', category: 'infrastructure', caseSensitive: false, work: [], wordlike: [], ...extra });
const taxonomy: Taxonomy = {
  'Message Queues': skill({ kind: 'concept', category: 'architecture' }),
  Kafka: skill({ broader: ['Message Queues'] }),
  RabbitMQ: skill({ broader: ['Message Queues'] }),
  'Relational Databases': skill({ kind: 'concept', category: 'database' }),
  PostgreSQL: skill({ aliases: ['Postgres'], broader: ['Relational Databases'], category: 'database' }),
};
const keyword = (label: string, terms: string[]): Keyword => ({ label, terms, importance: 'preferred', advice: 'Say where you used it.' });
const posting = (n: number, asks: string[]): Source => ({ id: `p${n}`, kind: 'posting', title: `Engineer ${n}`, url: `https://jobs.example/${n}`, read: new Date('2026-11-30'), asks });

describe('posting counts behind a guide\'s keywords', () => {
  const counts = postingCounts(
    [keyword('Queues', ['Message Queues']), keyword('Postgres', ['PostgreSQL']), keyword('Kafka', ['Kafka'])],
    [posting(1, ['Kafka']), posting(2, ['RabbitMQ', 'Relational Databases']), posting(3, ['postgres']), { id: 'blog', kind: 'company', title: 'Blog', url: 'https://acme.example/blog' }],
    buildTermIndex(taxonomy),
    skillGraph(taxonomy),
  );

  it('counts a posting for a concept when it names any skill under it', () => {
    expect(counts['Queues']).toEqual({ asking: 2, read: 3 });
  });

  it('reads a posting\'s skills by any alias, and never counts a broader ask for a narrower keyword', () => {
    expect(counts['Postgres']).toEqual({ asking: 1, read: 3 });
    expect(counts['Kafka']).toEqual({ asking: 1, read: 3 });
  });
});
