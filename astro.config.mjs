// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public origin, used for canonical URLs, Open Graph and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://shortlist.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  build: { format: 'directory' },
});
