import type { APIRequestContext } from '@playwright/test';
import { listGuides } from '../../src/schemas/readGuide.ts';
import { BUILT_PAGES } from './builtPages.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const CONTENT = new URL('../../content', import.meta.url).pathname;

/** The sitemap's pages, as paths on the server under test. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  return paths.sort();
}

test('the sitemap lists every page with its last change, and robots.txt points to it', async ({ request }) => {
  const guides = listGuides(CONTENT);
  const expected = new Set(['/', '/editorial-policy/', '/match/', '/methodology/', '/search/']);
  for (const id of guides) {
    const [company, role] = id.split('/');
    for (const path of [`/guides/${id}/`, `/companies/${company}/`, `/roles/${role}/`]) expected.add(path);
  }
  expect(await sitemapPaths(request)).toEqual([...expected].sort());
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const guideEntries = [...sitemap.matchAll(/<url><loc>[^<]+\/guides\/[^<]+<\/loc>(<lastmod>[^<]+<\/lastmod>)?/g)];
  expect(guideEntries).toHaveLength(guides.length);
  expect(guideEntries.every((entry) => entry[1] !== undefined)).toBe(true);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('every guide is by Shortlist editors, dated, and names no person as its author', async ({ request }) => {
  for (const id of listGuides(CONTENT)) {
    const html = await (await request.get(`/guides/${id}/`)).text();
    expect(html, id).toMatch(/<p class="byline"[^>]*>\s*By <strong[^>]*>Shortlist editors<\/strong> · Updated <time datetime="\d{4}-\d{2}-\d{2}"/);
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join('');
    expect(jsonLd, id).not.toContain('"Person"');
    expect(jsonLd, id).toContain('"author":{"@type":"Organization","name":"Shortlist editors"');
  }
});

test('the feed lists every guide, newest first', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1]!).pathname);
  expect(links.sort()).toEqual(listGuides(CONTENT).map((id) => `/guides/${id}/`).sort());
});

test('no internal link on any page leads to a missing page', async ({ page, request, baseURL }) => {
  // It visits every page of the site (62 with 32 guides): about 40 s alone, far past the default 30 s beside another test on CI's 2 cores.
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const checked = new Map<string, number>();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const assets = await page
      .locator('link[href], script[src], img[src]')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLLinkElement).href || (node as HTMLScriptElement).src));
    for (const href of [...hrefs, ...assets]) {
      const url = new URL(href);
      if (url.origin !== origin || checked.has(url.pathname)) continue;
      checked.set(url.pathname, (await request.get(url.pathname)).status());
    }
    for (const id of await page.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)))) {
      expect(await page.locator(`[id="${id}"]`).count(), `${path}#${id}`).toBe(1);
    }
  }
  const broken = [...checked].filter(([, status]) => status !== 200);
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(5);
});

for (const path of BUILT_PAGES) {
  test(`${path}: one h1, ordered headings, description, canonical URL, Open Graph tags, no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `heading ${index}`).toBeLessThanOrEqual(1));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(50);
    expect(description?.length).toBeLessThanOrEqual(160);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}$`));
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:image']) {
      await expect(page.locator(`meta[property="${property}"]`), property).toHaveCount(1);
    }
    await expect(page.locator('main')).toHaveCount(1);
    expect(await axeViolations(page, 'light')).toEqual([]);
  });
}

for (const path of BUILT_PAGES.filter((page) => page.startsWith('/guides/'))) {
  test(`${path}: structured data parses, and its FAQ and breadcrumbs are what the page shows`, async ({ page }) => {
    await page.goto(path);
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(data.map((item) => item['@type'])).toEqual(['Article', 'BreadcrumbList', 'FAQPage']);
    const faq = data[2] as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    expect(faq.mainEntity.map((entry) => entry.name)).toEqual(await page.locator('.faq__question').allTextContents());
    // The page numbers its citations; structured data, read away from the source list, carries the words alone.
    const answers = await page.locator('.faq__answer').evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        for (const cite of copy.querySelectorAll('sup.cite')) cite.remove();
        return copy.textContent ?? '';
      }),
    );
    expect(faq.mainEntity.map((entry) => entry.acceptedAnswer.text)).toEqual(answers);
    const crumbs = (data[1] as { itemListElement: { name: string }[] }).itemListElement.map((crumb) => crumb.name);
    expect(crumbs).toEqual((await page.locator('nav[aria-label="Breadcrumb"] li').allTextContents()).map((text) => text.trim()));
    const article = data[0] as { headline: string; dateModified: string };
    expect(article.headline).toBe(await page.locator('h1').textContent());
    expect(article.dateModified).toBe(await page.locator('.byline time').first().getAttribute('datetime'));
  });
}

test.describe('a missing page', () => {
  test.use({ expectedConsoleErrors: [[/status of 404/], { scope: 'test' }] });

  test('answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/guides/stripe/astronaut/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'All guides' })).toHaveAttribute('href', '/');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
});
