import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../scripts/lintContent.ts';
import { scaffoldGuide } from '../../scripts/newGuide.ts';
import { readGuide } from '../../src/schemas/readGuide.ts';
import { fixtureProject, removeFixtureProjects, syncOutput } from '../fixtureProject.ts';

afterEach(removeFixtureProjects);

describe('npm run new:guide', () => {
  it('scaffolds a guide, with its new company and role, that builds at once and that lint refuses until written', async () => {
    const root = fixtureProject();
    const content = join(root, 'content');
    const created = scaffoldGuide(content, 'Acme Corp', 'Solutions Architect').map((file) => file.slice(content.length + 1));
    expect(created).toEqual(['companies/acme-corp.yaml', 'roles/solutions-architect.yaml', 'guides/acme-corp/solutions-architect.mdx']);

    const guide = readGuide(content, 'acme-corp/solutions-architect');
    expect(guide.title).toBe('Solutions Architect Resume ATS Guide for Acme Corp');
    expect(guide.keywords.length).toBeGreaterThanOrEqual(8);
    // Pooled from other companies' guides: nothing says this company asks for them until a writer checks.
    expect(guide.keywords.every((keyword) => keyword.unverified)).toBe(true);
    expect(await syncOutput(root)).toBe('sync succeeded');

    const problems = lintContent(content).filter((problem) => problem.file.includes('acme-corp'));
    expect(problems.some((problem) => problem.message.startsWith('draft text left from new:guide'))).toBe(true);
    expect(readFileSync(join(content, 'roles/solutions-architect.yaml'), 'utf8')).toContain('name: Solutions Architect');
  }, 60_000);

  it('starts from the keywords of guides for the same role, and keeps existing company files', () => {
    const root = fixtureProject();
    const content = join(root, 'content');
    const before = readFileSync(join(content, 'companies/stripe.yaml'), 'utf8');
    expect(scaffoldGuide(content, 'stripe', 'Backend Developer II').map((file) => file.slice(content.length + 1))).toEqual([
      'roles/backend-developer-ii.yaml',
      'guides/stripe/backend-developer-ii.mdx',
    ]);
    expect(readFileSync(join(content, 'companies/stripe.yaml'), 'utf8')).toBe(before);
    expect(() => scaffoldGuide(content, 'stripe', 'Backend Developer')).toThrow(/already exists/);
  });
});
