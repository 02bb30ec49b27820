import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/text/slugify.ts';

describe('slugify', () => {
  it('makes Latin words, accents and all, into a lower-case, dash-joined id', () => {
    expect(slugify('Site Reliability Engineer')).toBe('site-reliability-engineer');
    expect(slugify('Elif Şahin')).toBe('elif-sahin');
    expect(slugify('  Zoë Müller-Lüdenscheidt, PhD ')).toBe('zoe-muller-ludenscheidt-phd');
    expect(slugify('Łukasz Wiśniewski')).toBe('lukasz-wisniewski');
    expect(slugify('Søren Æbeltoft')).toBe('soren-aebeltoft');
  });
});
