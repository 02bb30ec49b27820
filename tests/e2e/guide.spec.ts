import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { readGuide } from '../../src/schemas/readGuide.ts';
import { axeViolations, expect, test } from './fixtures.ts';

// Expectations come from the guide's own files, so a rewrite of its words does not need a rewrite of this test.
const CONTENT = new URL('../../content', import.meta.url).pathname;
const ID = 'stripe/backend-developer';
const GUIDE = `/guides/${ID}/`;
const guide = readGuide(CONTENT, ID);
const company = parseYaml(readFileSync(`${CONTENT}/companies/stripe.yaml`, 'utf8')) as { name: string; interview: { rounds: { name: string }[] } };
const rounds = (guide.interview?.rounds ?? company.interview.rounds).map((round) => round.name);
const postings = guide.sources.filter((source) => source.kind === 'posting');

test.beforeEach(async ({ page }) => {
  await page.goto(GUIDE);
});

test('shows every section of the guide in reading order, by Shortlist editors', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
  const sections = await page.locator('main h2').allTextContents();
  expect(sections).toEqual([
    'Score your resume for Backend Developer at Stripe',
    'On this page',
    'Key skills for Backend Developer at Stripe',
    'Resume strategy',
    'About the role',
    'What hiring managers look for',
    'The interview',
    'Common resume mistakes for Backend Developer roles',
    'Frequently asked questions',
    'Sources',
    'Check your resume against this guide',
    'Explore more',
  ]);
  const byline = page.locator('.byline');
  await expect(byline).toContainText(/^By Shortlist editors · Updated \w+ \d+, \d{4} · \d+ sources, checked \w+ \d+, \d{4}/);
  await byline.getByRole('link', { name: 'How we research guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we research, source and review our guides');
  await expect(page.locator('#corrections')).toBeVisible();
});

test('says how many of the postings read ask for each key skill', async ({ page }) => {
  await expect(page.getByTestId('postings-read')).toContainText(`We read ${postings.length} Stripe Backend Developer postings`);
  await expect(page.locator('[data-keyword]')).toHaveCount(guide.keywords.length);
  const required = guide.keywords.filter((keyword) => keyword.importance === 'required');
  await expect(page.getByRole('heading', { name: `Required (${required.length})` })).toBeVisible();
  for (const keyword of guide.keywords) {
    await expect(page.locator(`[data-keyword="${keyword.label}"] [data-testid="keyword-evidence"]`)).toHaveText(
      new RegExp(`^in (\\d+) of ${postings.length} postings|^in no posting we read`),
    );
  }
  // Required means at least half of the postings ask for it: the page's own figures must say so.
  for (const keyword of required) {
    const [, asking] = /^in (\d+) of/.exec((await page.locator(`[data-keyword="${keyword.label}"] [data-testid="keyword-evidence"]`).textContent()) ?? '') ?? [];
    expect(Number(asking) * 2).toBeGreaterThanOrEqual(postings.length);
  }
  await expect(page.locator(`#sources ~ ol.sources li[id^="source-"]`)).toHaveCount(await page.locator('ol.sources li').count());
});

test('links every citation to a numbered source listed on the page', async ({ page }) => {
  const citations = page.locator('sup.cite a');
  expect(await citations.count()).toBeGreaterThan(5);
  const numbers = new Map<string, string>();
  for (const link of await citations.all()) {
    const href = (await link.getAttribute('href'))!;
    const item = page.locator(href);
    await expect(item, `${href} is on the page`).toHaveCount(1);
    // The number shown is the item's place in the numbered list.
    const place = await item.evaluate((li) => Number((li.parentElement as HTMLOListElement).start) + [...li.parentElement!.children].indexOf(li));
    expect(await link.textContent()).toBe(String(place));
    numbers.set(href, String(place));
  }
  const first = citations.first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('numbers the common mistakes and says what is checked', async ({ page }) => {
  const mistakes = page.locator('ol.mistakes > li');
  await expect(mistakes).toHaveCount(guide.mistakes.length);
  await expect(mistakes.first().locator('h3')).toHaveText(guide.mistakes[0]!.title);
  await expect(mistakes.locator('.check')).toHaveCount(guide.mistakes.length);
});

test('tells the interview once: its rounds sit under the guide\'s own interview section', async ({ page }) => {
  await expect(page.locator('ol.rounds > li h3')).toHaveText(rounds);
  const order = await page.evaluate(() => {
    const interview = [...document.querySelectorAll('main h2')].find((h2) => h2.textContent === 'The interview')!;
    const list = document.querySelector('ol.rounds')!;
    const next = [...document.querySelectorAll('main h2')].find((h2) => h2.compareDocumentPosition(interview) & Node.DOCUMENT_POSITION_PRECEDING && h2 !== interview)!;
    return [interview.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING, list.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING];
  });
  expect(order.every(Boolean)).toBe(true);
  await expect(page.locator('.faq__question', { hasText: /interview process/i })).toHaveCount(0);
});

test('carries title, description, canonical URL and Open Graph tags', async ({ page }) => {
  await expect(page).toHaveTitle(`${guide.title} | Shortlist`);
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toBe(guide.description);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/guides\/stripe\/backend-developer\/$/);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe(guide.title);
  expect(await meta('meta[property="og:url"]')).toMatch(/\/guides\/stripe\/backend-developer\/$/);
});

test('links to its company and role hubs', async ({ page }) => {
  const explore = page.locator('section', { has: page.locator('#explore') });
  await explore.getByRole('link', { name: /Stripe: stack, culture/ }).click();
  await expect(page).toHaveURL(/\/companies\/stripe\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stripe resume guides');
  // The hub's own claims cite the company file's sources, numbered on the hub.
  for (const link of await page.locator('sup.cite a').all()) await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
  await page.goBack();
  await explore.getByRole('link', { name: /Backend Developer: guides at every company/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer resume guides');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations in ${scheme} mode`, async ({ page }) => {
    expect(await axeViolations(page, scheme)).toEqual([]);
  });
}

test('reads well on a phone: no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
