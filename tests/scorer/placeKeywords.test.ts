import { describe, expect, it } from 'vitest';
import { skillSchema, type SkillInput } from '../../src/schemas/skill.ts';
import { placeKeywords } from '../../src/scorer/placeKeywords.ts';
import type { BulletCoaching, KeywordResult, KeywordSpec } from '../../src/scorer/types.ts';
import { skillGraph } from '../../src/taxonomy/skillGraph.ts';
import { withWordlikeTerms } from '../../src/taxonomy/wordlikeTerms.ts';

/** A small invented skill graph: two stream processors under a practice, and a practice beside them. */
const skills: Record<string, SkillInput> = {
  'Stream Processing': { category: 'data', kind: 'concept' },
  Flink: { category: 'data', broader: ['Stream Processing'] },
  'Kafka Streams': { category: 'data', broader: ['Stream Processing'] },
  Backpressure: { category: 'data', kind: 'concept', broader: ['Stream Processing'] },
  Kubernetes: { category: 'infrastructure' },
  Terraform: { category: 'infrastructure' },
  'Geospatial Indexing': { category: 'data', kind: 'concept' },
};
const taxonomy = withWordlikeTerms(Object.fromEntries(Object.entries(skills).map(([name, skill]) => [name, skillSchema.parse(skill)])));

const bullet = (index: number, text: string, named: string[]): BulletCoaching => ({ index, section: 'Experience', text, start: 0, end: 0, current: false, skills: named, strengths: [], issues: [], rewrite: null });
const missing = (label: string): KeywordResult => ({ label, status: 'missing', importance: 'preferred', source: 'guide', level: 'missing', matchedTerms: [], relatedTerms: [], alternativeTo: [], count: 0, inContext: false, credit: 0, core: false });
const spec = (label: string): KeywordSpec => ({ label, terms: [label], importance: 'preferred', source: 'guide' });

const BULLETS = [
  bullet(1, 'Ran the Kubernetes clusters for the checkout team', ['Kubernetes']),
  bullet(2, 'Built a Flink job that joins courier pings with orders, cutting lag by 60%', ['Flink']),
  bullet(3, 'Moved the geospatial lookups of the dispatch service to a new index', []),
];
const place = (labels: string[]) => placeKeywords(labels.map(missing), labels.map(spec), BULLETS, taxonomy, skillGraph(taxonomy));

describe('where a missing keyword belongs', () => {
  it('puts a tool in the bullet naming its alternative, before the result clause', () => {
    expect(place(['Kafka Streams'])).toEqual([
      expect.objectContaining({ bullet: 2, after: 'Built a Flink job that joins courier pings with orders using Kafka Streams, cutting lag by 60%', placeholder: null }),
    ]);
  });

  it('puts a practice in with a gap that asks how the work involved it, not bolted on as a tool', () => {
    const [backpressure] = place(['Backpressure']);
    expect(backpressure?.bullet).toBe(2);
    expect(backpressure?.after).toContain('[how this work involved Backpressure]');
  });

  it('follows a distinctive word the bullet shares with the keyword', () => {
    expect(place(['Geospatial Indexing'])[0]?.bullet).toBe(3);
  });

  it('pins a keyword to no bullet when none relates to it, whatever skills of its kind they name', () => {
    expect(place(['Terraform'])).toEqual([]);
  });
});
