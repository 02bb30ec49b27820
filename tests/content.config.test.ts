import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '..');
const roots: string[] = [];

/**
 * A copy of this project whose content the test then breaks. Astro reads content from its project
 * root, so each fixture gets its own root and the real `.astro/` cache is never touched.
 */
function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-content-'));
  roots.push(root);
  for (const item of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** `astro sync` loads and validates every collection, as a build does, without rendering pages. */
async function syncOutput(root: string): Promise<string> {
  try {
    await run(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return 'sync succeeded';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
  }
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('content validation at build time', () => {
  it('fails on a broken guide, naming the file and each bad field', async () => {
    const root = fixtureProject();
    edit(root, 'content/guides/stripe/backend-developer.mdx', (text) =>
      text
        .replace(/^description: .*$/m, `description: ${'A description that runs on. '.repeat(7)}`)
        .replace(/^company: stripe$/m, 'company: strpe')
        .replace('terms: [Go]', 'terms: [Golnag]')
        .replace(/^region: US\n/m, ''),
    );
    const output = await syncOutput(root);
    expect(output).toContain('content/guides/stripe/backend-developer.mdx');
    expect(output).toContain('description: must be at most 160 characters');
    expect(output).toContain('company: no file content/companies/strpe.yaml (known: stripe)');
    expect(output).toMatch(/keywords\.\d+\.terms\.0: unknown skill "Golnag".*Did you mean "Go"\?/);
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
    edit(root, 'content/companies/stripe.yaml', (text) => text.replace('stack: [Ruby,', 'stack: [Cobol,'));
    const output = await syncOutput(root);
    expect(output).toContain('content/companies/stripe.yaml');
    expect(output).toContain('stack.0: unknown skill "Cobol"');
  }, 60_000);
});
