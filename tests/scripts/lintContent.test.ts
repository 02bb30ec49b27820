import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../scripts/lintContent.ts';
import { edit, fixtureProject, removeFixtureProjects } from '../fixtureProject.ts';

afterEach(removeFixtureProjects);

const STRIPE = 'content/guides/stripe/backend-developer.mdx';
const messages = (root: string) => lintContent(join(root, 'content')).map((problem) => `${problem.file.slice(root.length + 1)}: ${problem.field}: ${problem.message}`);

describe('npm run lint:content', () => {
  it('passes the real library', () => {
    expect(lintContent(join(import.meta.dirname, '../../content'))).toEqual([]);
  });

  it('names the file and field of a schema error, with a "did you mean"', () => {
    const root = fixtureProject();
    edit(root, STRIPE, (text) => text.replace('terms: [Go]', 'terms: [Golnag]').replace(/^description: .*$/m, `description: ${'Too long. '.repeat(20)}`));
    const found = messages(root);
    expect(found).toContainEqual(expect.stringMatching(/^content\/guides\/stripe\/backend-developer\.mdx: keywords\.\d+\.terms\.0: unknown skill "Golnag".*Did you mean "Go"\?/));
    expect(found).toContainEqual(expect.stringMatching(/backend-developer\.mdx: description: must be at most 160 characters/));
  });

  it('finds a skill counted in two keywords of one guide', () => {
    const root = fixtureProject();
    edit(root, STRIPE, (text) => text.replace('terms: [Java]', 'terms: [Java, Golang]'));
    expect(messages(root)).toContainEqual(expect.stringMatching(/keywords\.\d+\.terms: "Golang" \(Go\) is already in keyword "Go"/));
  });

  it('finds a guide whose keywords copy another guide', () => {
    const root = fixtureProject();
    const copy = readFileSync(join(root, STRIPE), 'utf8').replace('title: Backend Developer Resume ATS Guide for Stripe', 'title: Backend Developer Resume ATS Guide for Stripe, again');
    writeFileSync(join(root, 'content/guides/stripe/backend-developer-copy.mdx'), copy);
    expect(messages(root)).toContainEqual(expect.stringMatching(/backend-developer-copy\.mdx: keywords: 100% of its keyword terms are those of stripe\/backend-developer/));
  });

  it('requires the four prose sections', () => {
    const root = fixtureProject();
    edit(root, STRIPE, (text) => text.replace('## The interview', '## Interviews'));
    expect(messages(root)).toContain('content/guides/stripe/backend-developer.mdx: body: no "## The interview" section (a guide has: Resume strategy, About the role, What hiring managers look for, The interview)');
  });

  it('reports a broken company file by file and field', () => {
    const root = fixtureProject();
    edit(root, 'content/companies/stripe.yaml', (text) => text.replace('website: https://stripe.com', 'website: http://stripe.com'));
    expect(messages(root)).toContainEqual(expect.stringMatching(/^content\/companies\/stripe\.yaml: website: /));
  });
});
