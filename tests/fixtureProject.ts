import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '..');
const roots: string[] = [];

/**
 * A copy of this project whose content the test then breaks. Astro reads content from its project
 * root, so each fixture gets its own root and the real `.astro/` cache is never touched.
 */
export function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-content-'));
  roots.push(root);
  for (const item of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

export function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** `astro sync` loads and validates every collection, as a build does, without rendering pages. */
export async function syncOutput(root: string): Promise<string> {
  try {
    await run(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return 'sync succeeded';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
  }
}

export function removeFixtureProjects() {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

