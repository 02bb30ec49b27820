import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide.ts';
import { context, validGuide } from './guideFixture.ts';

const schema = guideSchema(context);

/** Each issue as "path: message", the way the build reports it. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide frontmatter schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const guide = schema.parse(validGuide());
    expect(guide.updated).toEqual(new Date('2026-11-01'));
    expect(guide.mistakes[0]?.check).toEqual({ terms: ['Go'], min: 1, where: 'experience' });
  });

  it('takes an optional page limit of 1 to 5 whole pages', () => {
    expect(schema.parse(validGuide()).maxPages).toBeUndefined();
    expect(schema.parse({ ...validGuide(), maxPages: 1 }).maxPages).toBe(1);
    expect(problems({ ...validGuide(), maxPages: 0 })).toEqual([expect.stringMatching(/^maxPages: /)]);
    expect(problems({ ...validGuide(), maxPages: 6 })).toEqual([expect.stringMatching(/^maxPages: /)]);
    expect(problems({ ...validGuide(), maxPages: 1.5 })).toEqual([expect.stringMatching(/^maxPages: /)]);
  });

  it('rejects a description longer than 160 characters', () => {
    expect(problems({ ...validGuide(), description: 'x'.repeat(161) })).toEqual([
      'description: must be at most 160 characters (search engines cut the rest)',
    ]);
  });

  it('names an unknown skill term with its position and a suggestion', () => {
    const guide = validGuide();
    guide.keywords[2] = { ...guide.keywords[2]!, terms: ['Kubernetes', 'Kubernets'] };
    expect(problems(guide)).toEqual([
      'keywords.2.terms.1: unknown skill "Kubernets": not a name or alias in content/skills.yaml. Did you mean "Kubernetes"?',
    ]);
  });

  it('tells the writer to add a term that resembles nothing known', () => {
    const guide = validGuide();
    guide.mistakes[1] = { ...guide.mistakes[1]!, check: { terms: ['Haskell'] } };
    expect(problems(guide).join('\n')).toContain('unknown skill "Haskell"');
    expect(problems(guide).join('\n')).toContain('Add it to content/skills.yaml.');
  });

  it('rejects a company or role without a file', () => {
    expect(problems({ ...validGuide(), company: 'acne', role: 'frontend' })).toEqual([
      'company: no file content/companies/acne.yaml (known: acme)',
      'role: no file content/roles/frontend.yaml (known: backend-developer)',
    ]);
  });

  it('reports a missing field by name', () => {
    const { faq: _faq, ...withoutFaq } = validGuide();
    expect(problems(withoutFaq)).toEqual(['faq: Invalid input: expected array, received undefined']);
  });

  it('rejects duplicate keyword labels, ignoring case', () => {
    const guide = validGuide();
    guide.keywords[5] = { ...guide.keywords[5]!, label: 'GO' };
    expect(problems(guide)).toEqual(['keywords.5: duplicate keyword label "GO"']);
  });

  it('rejects a terms check that asks for more terms than it lists', () => {
    const guide = validGuide();
    guide.mistakes[1] = { ...guide.mistakes[1]!, check: { terms: ['Caching'], min: 2 } };
    expect(problems(guide).join('\n')).toContain('min is larger than the number of terms');
  });

  it('rejects an unknown rule and says which checks exist', () => {
    const guide = validGuide();
    guide.mistakes[2] = { ...guide.mistakes[2]!, check: { rule: 'be-brilliant' } as never };
    expect(problems(guide)).toEqual([
      'mistakes.2.check: check must be { terms: [...], min?, where? } or { rule: concise-bullets | quantified-impact | scale-shown | speed-measured }',
    ]);
  });

  it('rejects fields it does not know, so typos do not pass silently', () => {
    expect(problems({ ...validGuide(), keyowrds: [] })).toEqual([': Unrecognized key: "keyowrds"']);
  });

  it('requires FAQ questions to be questions', () => {
    const guide = validGuide();
    guide.faq[0] = { ...guide.faq[0]!, question: 'Tell me about Acme interviews' };
    expect(problems(guide)).toEqual(['faq.0.question: must end with "?"']);
  });
});
