import { describe, expect, it } from 'vitest';
import { pastOf, plainOf, tenseOf } from '../../src/text/verbTense.ts';

const known = new Set(['maintain', 'manage', 'plan', 'ship', 'develop', 'build', 'unify', 'fix', 'write', 'run', 'commit', 'lead', 'create', 'use', 'stop']);
const isVerb = (plain: string) => known.has(plain);

describe('verb tenses a rewrite needs', () => {
  it('writes the past tense by the spelling rules, and irregular verbs from their list', () => {
    expect(['maintain', 'manage', 'plan', 'ship', 'develop', 'unify', 'fix', 'commit', 'stop'].map(pastOf)).toEqual([
      'maintained', 'managed', 'planned', 'shipped', 'developed', 'unified', 'fixed', 'committed', 'stopped',
    ]);
    expect(['build', 'write', 'run', 'lead'].map(pastOf)).toEqual(['built', 'wrote', 'ran', 'led']);
  });

  it('finds the plain form of any form of a verb it knows, and none of a word it does not', () => {
    expect(['maintaining', 'managing', 'planned', 'shipping', 'unifies', 'fixes', 'built', 'leads', 'Creating', 'used'].map((word) => plainOf(word, isVerb))).toEqual([
      'maintain', 'manage', 'plan', 'ship', 'unify', 'fix', 'build', 'lead', 'create', 'use',
    ]);
    expect(plainOf('Kafka', isVerb)).toBeNull();
    expect(plainOf('morning', isVerb)).toBeNull();
  });

  it('tells the tense of a form', () => {
    expect(tenseOf('Built', 'build')).toBe('past');
    expect(tenseOf('planned', 'plan')).toBe('past');
    expect(tenseOf('Leading', 'lead')).toBe('gerund');
    expect(tenseOf('Leads', 'lead')).toBe('present');
    expect(tenseOf('Build', 'build')).toBe('present');
  });
});
