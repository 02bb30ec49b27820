import { readFileSync } from 'node:fs';

/** The built site's pages, read from dist/ when the tests are collected, so a new page is tested without a word here. */
export const BUILT_PAGES = [...readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((match) => new URL(match[1]!).pathname)
  .sort();
