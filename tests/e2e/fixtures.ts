import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs under this guard: a console error or a request that leaves the site's own origin
 * fails the test that caused it. That is how "no external requests" stays true as pages grow.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; siteGuard: void }>({
  /** Console errors a test provokes on purpose, such as the browser's own line for a 404 response. */
  expectedConsoleErrors: [[], { option: true }],
  siteGuard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const offsite: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) offsite.push(request.url());
      });
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(text))) consoleErrors.push(text);
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use();
      expect(offsite, 'requests that left the site').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core's WCAG 2.2 A/AA rules and best practices, in the colour scheme given. */
export async function axeViolations(page: Page, colorScheme: 'light' | 'dark') {
  // A scan of a full report takes 10–25 s on CI's two busy cores: each scan brings its own time budget.
  test.info().setTimeout(test.info().timeout + 30_000);
  await page.emulateMedia({ colorScheme });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
