import { describe, expect, it } from 'vitest';
import { mergeKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import type { KeywordSpec } from '../../src/scorer/types.ts';

const guide = (label: string, terms: string[], importance: KeywordSpec['importance'] = 'preferred'): KeywordSpec => ({ label, terms, importance, source: 'guide', advice: `${label}: guide advice` });
const posting = (label: string, terms: string[], importance: KeywordSpec['importance'] = 'required'): KeywordSpec => ({ label, terms, importance, source: 'job-description' });
const summary = (specs: KeywordSpec[]) => specs.map((spec) => `${spec.label} (${spec.source}, ${spec.importance})`);

describe("a guide's keywords with a posting's", () => {
  it('keep a guide skill that a posting accepts as one choice among several as it was, and add the choice', () => {
    const merged = mergeKeywordSpecs([guide('Go', ['Go'])], [posting('Ruby, Java, Go or Scala', ['Ruby', 'Java', 'Go', 'Scala'])]);
    expect(summary(merged)).toEqual(['Go (guide, preferred)', 'Ruby, Java, Go or Scala (job-description, required)']);
  });

  it("raise a guide keyword that covers the posting's whole requirement, and count it once", () => {
    const merged = mergeKeywordSpecs(
      [guide('Containers', ['Docker', 'Kubernetes']), guide('SQL databases', ['PostgreSQL', 'MySQL'])],
      [posting('Kubernetes', ['Kubernetes']), posting('MySQL or PostgreSQL', ['MySQL', 'PostgreSQL'])],
    );
    expect(summary(merged)).toEqual(['Containers (guide, required)', 'SQL databases (guide, required)']);
    expect(merged[0]?.advice).toBe('Containers: guide advice');
  });

  it("do not fold a posting's own skill into the posting's choice that names it", () => {
    const merged = mergeKeywordSpecs([], [posting('Elixir or Ruby', ['Elixir', 'Ruby']), posting('Ruby', ['Ruby'], 'preferred')]);
    expect(summary(merged)).toEqual(['Elixir or Ruby (job-description, required)', 'Ruby (job-description, preferred)']);
  });

  it('add a choice that only partly overlaps a guide keyword', () => {
    const merged = mergeKeywordSpecs([guide('JVM languages', ['Java', 'Kotlin'])], [posting('Java or Scala', ['Java', 'Scala'])]);
    expect(summary(merged)).toEqual(['JVM languages (guide, preferred)', 'Java or Scala (job-description, required)']);
  });
});
