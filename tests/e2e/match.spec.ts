import type { Page } from '@playwright/test';
import { SCORE_BANDS } from '../../src/scorer/scoringRules.ts';
import { BACKEND_RESUME, FRONTEND_RESUME } from '../scorer/resumeTexts.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { listGuides } from '../../src/schemas/readGuide.ts';

const CONTENT = new URL('../../content', import.meta.url).pathname;

async function rank(page: Page, text: string) {
  await page.goto('/match/');
  const matcher = page.getByTestId('resume-matcher');
  await expect(matcher).toHaveAttribute('data-ready', 'true');
  await matcher.locator('input[type=file]').setInputFiles({ name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const rows = page.getByTestId('guide-ranking').locator('li[data-guide]');
  await expect(rows.first()).toBeVisible();
  return rows;
}

const order = (page: Page) => page.getByTestId('guide-ranking').locator('li[data-guide]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-guide')!));
const scores = (page: Page) => page.getByTestId('guide-ranking').locator('li[data-guide]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-score'))));

test('ranks every guide for a backend resume, backend guides above frontend ones', async ({ page }) => {
  await rank(page, BACKEND_RESUME);
  const ids = await order(page);
  expect(ids.length).toBeGreaterThanOrEqual(15);
  expect(ids.indexOf('stripe/backend-developer')).toBeLessThan(ids.indexOf('stripe/frontend-developer'));
  expect(ids.indexOf('netflix/backend-developer')).toBeLessThan(ids.indexOf('airbnb/frontend-developer'));
  const values = await scores(page);
  expect(values.every(Number.isInteger)).toBe(true);
  // Guides for the role the resume names as its title come first; within each group, highest score first.
  const named = await page.getByTestId('guide-ranking').locator('li[data-guide]').evaluateAll((rows) => rows.map((row) => row.querySelector('[data-role-evidence]') !== null));
  const firstUnnamed = named.indexOf(false);
  expect(named.slice(firstUnnamed === -1 ? named.length : firstUnnamed)).not.toContain(true);
  for (const group of [values.slice(0, firstUnnamed === -1 ? values.length : firstUnnamed), values.slice(firstUnnamed === -1 ? values.length : firstUnnamed)]) {
    expect(group).toEqual([...group].sort((a, b) => b - a));
  }
  await expect(page.getByTestId('closest-wins').locator('li')).not.toHaveCount(0);
});

for (const width of [1280, 360]) {
  test(`at ${width} px: a backend resume's closest wins name only its best fits, and each bar shows the verdict its score earns`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await rank(page, BACKEND_RESUME);

    const wins = await page.getByTestId('closest-wins').locator('li[data-guide]').evaluateAll((items) => items.map((item) => item.getAttribute('data-guide')!));
    expect(wins.length).toBeGreaterThan(0);
    expect(wins.filter((id) => id.includes('frontend'))).toEqual([]);
    expect(wins.every((id) => id.endsWith('/backend-developer'))).toBe(true);
    await expect(page.getByTestId('closest-wins-source')).toHaveText(/^Drawn only from your best fits: Backend Developer guides \(your title, and where your skills score highest\)\.$/);

    const rows = await page
      .getByTestId('guide-ranking')
      .locator('li[data-guide]')
      .evaluateAll((items) => {
        const root = getComputedStyle(document.documentElement);
        const colours = { accent: root.getPropertyValue('--accent').trim(), required: root.getPropertyValue('--required').trim() };
        return {
          colours,
          rows: items.map((item) => {
            const bar = item.querySelector('meter')!;
            return {
              id: item.getAttribute('data-guide')!,
              score: Number(item.getAttribute('data-score')),
              band: item.getAttribute('data-band')!,
              barClass: bar.getAttribute('class')!,
              barColour: getComputedStyle(bar).getPropertyValue('--band').trim(),
              label: item.querySelector('.ranking__band')!.textContent,
            };
          }),
        };
      });
    const bands = new Set(rows.rows.map((row) => row.band));
    // The resume fits some guides well and others poorly: the bars cannot all wear one colour.
    expect([...bands].some((band) => band === 'strong' || band === 'good')).toBe(true);
    expect([...bands].some((band) => band === 'weak' || band === 'poor')).toBe(true);
    for (const row of rows.rows) {
      const band = SCORE_BANDS.find((candidate) => candidate.id === row.band)!;
      expect(row.label, row.id).toBe(band.label);
      expect(row.barClass, row.id).toContain(`band--${band.id}`);
      expect(row.score, row.id).toBeGreaterThanOrEqual(band.min);
      expect(row.barColour, row.id).toBe(band.id === 'strong' || band.id === 'good' ? rows.colours.accent : rows.colours.required);
    }

    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
}

test("says why each guide ranks: the role's core the resume shows and lacks", async ({ page }) => {
  await rank(page, BACKEND_RESUME);
  const stripe = page.locator('[data-testid="guide-ranking"] li[data-guide="stripe/backend-developer"] [data-role-fit]');
  await expect(stripe).toHaveText(/^Your .+ work match(?:es)? this role's core\./);
  const frontend = page.locator('[data-testid="guide-ranking"] li[data-guide="stripe/frontend-developer"] [data-role-fit]');
  await expect(frontend).toHaveText(/Core and missing: .*React/);
});

test('ranks frontend guides first for a frontend resume', async ({ page }) => {
  await rank(page, FRONTEND_RESUME);
  const ids = await order(page);
  expect(ids[0]).toMatch(/frontend/);
  expect(ids.indexOf('airbnb/frontend-developer')).toBeLessThan(ids.indexOf('netflix/data-engineer'));
});

test('filters by company and by role', async ({ page }) => {
  await rank(page, BACKEND_RESUME);
  await page.getByLabel('Company').selectOption({ label: 'Stripe' });
  expect((await order(page)).every((id) => id.startsWith('stripe/'))).toBe(true);
  expect(await order(page)).toHaveLength(listGuides(CONTENT).filter((id) => id.startsWith('stripe/')).length);
  await page.getByLabel('Company').selectOption('');
  await page.getByLabel('Role').selectOption({ label: 'Frontend Developer' });
  const frontend = await order(page);
  expect(frontend.length).toBeGreaterThanOrEqual(3);
  expect(frontend.every((id) => id.endsWith('/frontend-developer'))).toBe(true);
});

test("a guide's link opens its scorer already scoring the resume, with the same score", async ({ page }) => {
  await rank(page, BACKEND_RESUME);
  const row = page.locator('[data-testid="guide-ranking"] li[data-guide="stripe/backend-developer"]');
  const score = await row.getAttribute('data-score');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/guides\/stripe\/backend-developer\/#scorer$/);
  await expect(page.getByTestId('ats-score')).toHaveText(score!);
  await expect(page.getByText('Scored: your matched resume')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByTestId('resume-scorer')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('ats-score')).toHaveCount(0);
});

test('a file it cannot read gets the same alert as the scorer', async ({ page }) => {
  await page.goto('/match/');
  await expect(page.getByTestId('resume-matcher')).toHaveAttribute('data-ready', 'true');
  await page.locator('input[type=file]').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  await expect(page.locator('[role="alert"][data-error-kind="empty"]')).toBeVisible();
});

test('the ranking has no accessibility violations', async ({ page }) => {
  await rank(page, BACKEND_RESUME);
  expect(await axeViolations(page, 'light')).toEqual([]);
  expect(await axeViolations(page, 'dark')).toEqual([]);
});
