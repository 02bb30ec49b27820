import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { guideSchema, type Guide } from './guide.ts';
import { readGuideContext } from './readGuideContext.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The guide ids (`<company>/<role>`) in a content folder, sorted. */
export function listGuides(contentDir: string): string[] {
  const guidesDir = join(contentDir, 'guides');
  return readdirSync(guidesDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .map((path) => path.slice(0, -'.mdx'.length).split('\\').join('/'))
    .sort();
}

/** The raw (unvalidated) frontmatter of an MDX file. */
export function readFrontmatter(file: string): unknown {
  const frontmatter = FRONTMATTER.exec(readFileSync(file, 'utf8'))?.[1];
  if (frontmatter === undefined) throw new Error(`${file}: no frontmatter between --- lines`);
  return parseYaml(frontmatter, { filename: file });
}

/**
 * A guide's frontmatter read outside Astro (for the CLI), validated by the same schema as the build, so a
 * broken guide fails here with the same file-and-field message.
 */
export function readGuide(contentDir: string, id: string): Guide {
  const file = join(contentDir, 'guides', `${id}.mdx`);
  if (!existsSync(file)) {
    throw new Error(`No guide "${id}" (no ${relative(process.cwd(), file)}). Guides: ${listGuides(contentDir).join(', ')}`);
  }
  const parsed = guideSchema(readGuideContext(contentDir)).safeParse(readFrontmatter(file));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  return parsed.data;
}
