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
