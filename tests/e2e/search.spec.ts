import { expect, test } from './fixtures.ts';

test('the home page search box loads its index on first focus and finds guides by a skill alias', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index')) indexRequests.push(request.url());
  });
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Search guides/ });
  await expect(box).toBeEnabled();
  expect(indexRequests).toEqual([]);

  await box.focus();
  await box.fill('postgres');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(indexRequests).toHaveLength(1);
  // The Stripe SRE guide's keywords name PostgreSQL: its alias finds it.
  await expect(page.locator('[role="option"][data-guide="stripe/site-reliability-engineer"]')).toHaveCount(1);

  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const first = await options.first().getAttribute('data-guide');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/guides/${first}/$`));
});

test('the search page answers ?q= on a direct load, keeps the query in the URL, and moves through results by keyboard', async ({ page }) => {
  await page.goto('/search/?q=stripe');
  const results = page.getByTestId('search-results').locator('li');
  await expect(results.first()).toBeVisible();
  const ids = await results.evaluateAll((items) => items.map((item) => item.getAttribute('data-guide')));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => id?.startsWith('stripe/'))).toBe(true);

  const box = page.getByRole('searchbox', { name: /Search guides/ });
  await box.fill('k8s');
  await expect(page).toHaveURL(/\?q=k8s$/);
  await expect(page.locator('[data-testid="search-results"] li[data-guide]').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.locator('[data-testid="search-results"] a').first()).toBeFocused();

  await box.fill('zzzzqqq');
  await expect(page.getByText('0 guides found')).toBeVisible();
});

test('a skill with symbols is one search term', async ({ page }) => {
  await page.goto('/search/?q=Node.js');
  await expect(page.locator('[data-testid="search-results"] li[data-guide]').first()).toBeVisible();
});

test('abbreviations and other names find the role or company they stand for, that guide first', async ({ page }) => {
  const firstResults = async (query: string) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-testid="search-results"] li[data-guide]');
    await expect(results.first()).toBeVisible();
    return results.evaluateAll((items) => items.map((item) => item.getAttribute('data-guide')!));
  };
  expect((await firstResults('sde'))[0]).toBe('amazon/software-development-engineer');
  expect((await firstResults('sre')).slice(0, 3).every((id) => id.endsWith('/site-reliability-engineer'))).toBe(true);
  expect((await firstResults('swe'))[0]).toMatch(/\/software-engineer$/);
  expect((await firstResults('pm'))[0]).toBe('microsoft/product-manager');
  expect((await firstResults('fullstack'))[0]).toBe('shopify/full-stack-developer');
  expect((await firstResults('back-end'))[0]).toMatch(/\/backend-developer$/);
  expect((await firstResults('facebook')).every((id) => id.startsWith('meta/'))).toBe(true);
  expect((await firstResults('aws'))[0]).toMatch(/^amazon\//);
});
