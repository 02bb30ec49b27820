import { axeViolations, expect, test } from './fixtures.ts';

const GUIDE = '/guides/stripe/backend-developer/';

test.beforeEach(async ({ page }) => {
  await page.goto(GUIDE);
});

test('shows every section of the guide in reading order', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer Resume ATS Guide for Stripe');
  const sections = await page.locator('main h2').allTextContents();
  expect(sections).toEqual([
    'Score your resume for Backend Developer at Stripe',
    'On this page',
    'Key skills for Backend Developer at Stripe',
    'Resume strategy',
    'About the role',
    'What hiring managers look for',
    'The interview',
    "Stripe's interview process",
    'Common resume mistakes for Backend Developer roles',
    'Frequently asked questions',
    'Sources',
    'Check your resume against this guide',
    'Explore more',
  ]);
  await expect(page.getByText('By Priya Sharma')).toBeVisible();
});

test('renders key skills as chips, required ones marked in words', async ({ page }) => {
  const required = page.locator('.chips--required .chip');
  await expect(required.filter({ hasText: 'Ruby' })).toBeVisible();
  await expect(required.filter({ hasText: 'Message queues' })).toContainText('Kafka');
  await expect(page.getByRole('heading', { name: 'Required (7)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Preferred (17)' })).toBeVisible();
  await expect(page.locator('[data-keyword]')).toHaveCount(24);
});

test('numbers the common mistakes and says what is checked', async ({ page }) => {
  const mistakes = page.locator('ol.mistakes > li');
  await expect(mistakes).toHaveCount(6);
  await expect(mistakes.first()).toContainText('No sign of how you design APIs');
  await expect(mistakes.first()).toContainText('We check that your resume shows at least one of REST, GraphQL, gRPC, or API Design: by name, or through a tool or a piece of work that belongs to it');
  await expect(mistakes.nth(3)).toContainText('in an experience or project bullet');
});

test("lists Stripe's interview rounds from the company file", async ({ page }) => {
  const rounds = page.locator('ol.rounds > li h3');
  await expect(rounds).toHaveText(['Recruiter call', 'Technical phone screen', 'Bug squash', 'Integration', 'System design', 'Collaboration and experience']);
});

test('carries title, description, canonical URL and Open Graph tags', async ({ page }) => {
  await expect(page).toHaveTitle('Backend Developer Resume ATS Guide for Stripe | Shortlist');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toMatch(/^The keywords, stack and mistakes/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/guides\/stripe\/backend-developer\/$/);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe('Backend Developer Resume ATS Guide for Stripe');
  expect(await meta('meta[property="og:url"]')).toMatch(/\/guides\/stripe\/backend-developer\/$/);
});

test('links to its company and role hubs and cites its sources', async ({ page }) => {
  const explore = page.locator('section', { has: page.locator('#explore') });
  await explore.getByRole('link', { name: /Stripe: stack, culture/ }).click();
  await expect(page).toHaveURL(/\/companies\/stripe\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stripe resume guides');
  await page.goBack();
  await explore.getByRole('link', { name: /Backend Developer: guides at every company/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer resume guides');
  await page.goBack();
  await expect(page.locator('ul.sources a[href="https://stripe.com/blog/idempotency"]')).toHaveCount(1);
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
