import { afterEach, describe, expect, it } from 'vitest';
import { edit, fixtureProject, removeFixtureProjects, syncOutput } from './fixtureProject.ts';

afterEach(removeFixtureProjects);

describe('content validation at build time', () => {
  it('fails on a broken guide, naming the file and each bad field', async () => {
    const root = fixtureProject();
    edit(root, 'content/guides/stripe/backend-developer.mdx', (text) =>
      text
        .replace(/^description: .*$/m, `description: ${'A description that runs on. '.repeat(7)}`)
        .replace(/^company: stripe$/m, 'company: strpe')
        .replace(/terms: \[[^\]]+\]/, 'terms: [Golnag, Pyhton]')
        .replace(/^region: US\n/m, ''),
    );
    const output = await syncOutput(root);
    expect(output).toContain('content/guides/stripe/backend-developer.mdx');
    expect(output).toContain('description: must be at most 160 characters');
    expect(output).toMatch(/company: no file content\/companies\/strpe\.yaml \(known: [^)]*\bstripe\b/);
    expect(output).toMatch(/keywords\.\d+\.terms\.1: unknown skill "Pyhton".*Did you mean "Python"\?/);
    expect(output).toContain('region: Required');
  }, 60_000);

  it('fails on a broken taxonomy, naming the file and the field', async () => {
    const root = fixtureProject();
    edit(root, 'content/skills.yaml', (text) => text.replace('category: database\n', 'category: databse\n'));
    const output = await syncOutput(root);
    expect(output).toMatch(/content\/skills\.yaml: \w+\.category: Invalid option/);
  }, 60_000);

  it('fails on a company stack term the taxonomy lacks', async () => {
    const root = fixtureProject();
    edit(root, 'content/companies/stripe.yaml', (text) => text.replace(/^stack:.*\n(?:\s+- .*\n)*/m, 'stack: [Pascal]\n'));
    const output = await syncOutput(root);
    expect(output).toContain('content/companies/stripe.yaml');
    expect(output).toContain('stack.0: unknown skill "Pascal"');
  }, 60_000);
});
