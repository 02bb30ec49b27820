import type { APIRequestContext } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';

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

test('the sitemap lists every page, and robots.txt points to it', async ({ request }) => {
  expect(await sitemapPaths(request)).toEqual(['/', '/companies/stripe/', '/guides/stripe/backend-developer/', '/methodology/', '/roles/backend-developer/']);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('no internal link on any page leads to a missing page', async ({ page, request, baseURL }) => {
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

test('every page has one h1, ordered headings, a description, a canonical URL and Open Graph tags', async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `${path}: heading ${index}`).toBeLessThanOrEqual(1));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length, path).toBeGreaterThan(50);
    expect(description?.length, path).toBeLessThanOrEqual(160);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(new RegExp(`${path}$`));
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
      await expect(page.locator(`meta[property="${property}"]`), `${path} ${property}`).toHaveCount(1);
    }
    await expect(page.locator('main'), path).toHaveCount(1);
    expect(await axeViolations(page, 'light'), path).toEqual([]);
  }
});

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
