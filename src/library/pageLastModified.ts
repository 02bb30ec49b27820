import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listGuides } from '../schemas/readGuide.ts';
import { companyUrl, guideUrl, roleUrl } from './urls.ts';

// Only the date is needed, and parsing a thousand YAML headers twice shows in the build time; the build's
// schema still validates the field, and a test checks that every guide's sitemap entry has its date.
const UPDATED = /^---[\s\S]*?^updated:\s*["']?(\d{4}-\d{2}-\d{2})/m;

/**
 * When each page last changed, for the sitemap: a guide's `updated` date, and for a hub or the home page
 * the newest date among its guides. Read from the files because the sitemap is written outside Astro's
 * content layer.
 */
export function pageLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const newest = (path: string, date: Date) => {
    const current = dates.get(path);
    if (!current || date > current) dates.set(path, date);
  };
  for (const id of listGuides(contentDir)) {
    const date = UPDATED.exec(readFileSync(join(contentDir, 'guides', `${id}.mdx`), 'utf8'))?.[1];
    if (date === undefined) continue;
    const updated = new Date(date);
    const [company = '', role = ''] = id.split('/');
    for (const path of [guideUrl(company, role), companyUrl(company), roleUrl(role), '/', '/search/']) newest(path, updated);
  }
  return dates;
}
