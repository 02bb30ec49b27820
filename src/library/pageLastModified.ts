import { join } from 'node:path';
import { listGuides, readFrontmatter } from '../schemas/readGuide.ts';
import { companyUrl, guideUrl, roleUrl } from './urls.ts';

/**
 * When each page last changed, for the sitemap: a guide's `updated` date, and for a hub or the home page
 * the newest date among its guides. Read from the files because the sitemap is written outside Astro's
 * content layer; the build validates the same files.
 */
export function pageLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const newest = (path: string, date: Date) => {
    const current = dates.get(path);
    if (!current || date > current) dates.set(path, date);
  };
  for (const id of listGuides(contentDir)) {
    const data = readFrontmatter(join(contentDir, 'guides', `${id}.mdx`)) as { updated?: unknown } | null;
    const updated = new Date(String(data?.updated));
    if (Number.isNaN(updated.getTime())) continue;
    const [company = '', role = ''] = id.split('/');
    for (const path of [guideUrl(company, role), companyUrl(company), roleUrl(role), '/', '/search/']) newest(path, updated);
  }
  return dates;
}
