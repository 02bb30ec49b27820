// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pageLastModified } from './src/library/pageLastModified.ts';

// The public origin, used for canonical URLs, Open Graph and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://shortlist.example';
const lastModified = pageLastModified('./content');

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    sitemap({
      serialize(item) {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
      },
    }),
  ],
  build: { format: 'directory' },
  // The engine worker loads pdf.js and mammoth on demand: only ES module workers can split chunks.
  vite: { worker: { format: 'es' } },
  // Guides carry no code; Shiki's inline styles would need the CSP to allow inline styles.
  markdown: { syntaxHighlight: false },
  security: {
    // A meta tag on every page: scripts and styles only from this site (Astro hashes its own inline ones), and no
    // connection to any other origin, so nothing a reader uploads or types can leave the page.
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
