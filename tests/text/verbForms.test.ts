import { describe, expect, it } from 'vitest';
import { verbForms } from '../../src/text/verbForms.ts';

describe('the forms a resume writes a verb in', () => {
  it.each([
    ['tune', ['tune', 'tunes', 'tuned', 'tuning']],
    ['index', ['index', 'indexes', 'indexed', 'indexing']],
    ['carry', ['carry', 'carries', 'carried', 'carrying']],
    ['shard', ['shard', 'shards', 'sharded', 'sharding']],
    ['validate', ['validate', 'validates', 'validated', 'validating']],
  ])('%s', (verb, forms) => {
    expect(verbForms(verb)).toEqual(forms);
  });

  it('gives the doubled consonant where stress may double it, and the plain spelling too', () => {
    expect(verbForms('plan')).toEqual(expect.arrayContaining(['planned', 'planning']));
    expect(verbForms('model')).toEqual(expect.arrayContaining(['modeled', 'modelled', 'modelling']));
    expect(verbForms('develop')).toEqual(expect.arrayContaining(['developed', 'developing']));
  });

  it('puts the plain form first and the third person second', () => {
    for (const verb of ['tune', 'model', 'partner', 'forecast']) expect(verbForms(verb).slice(0, 2)).toEqual([verb, verbForms(verb)[1]]);
    expect(verbForms('review')[1]).toBe('reviews');
  });
});
