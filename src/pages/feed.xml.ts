import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadLibrary } from '../library/loadLibrary.ts';
import { SITE_NAME } from '../library/site.ts';

/** An RSS feed of the guides, newest update first, so readers and aggregators see revisions. */
export const GET: APIRoute = async ({ site }) => {
  const { guides } = await loadLibrary();
  const newestFirst = [...guides].sort((a, b) => b.entry.data.updated.getTime() - a.entry.data.updated.getTime() || a.url.localeCompare(b.url));
  return rss({
    title: `${SITE_NAME}: resume ATS guides`,
    description: 'Resume guides for specific companies and roles, newest updates first.',
    site: site ?? 'https://shortlist.example',
    items: newestFirst.map(({ entry, url }) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.updated,
      link: url,
    })),
  });
};
