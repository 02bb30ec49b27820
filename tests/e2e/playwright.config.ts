import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './findChromium.ts';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // The first file on a cold page loads the engine worker, pdf.js and its parser (about 2 MB of script) while
  // another test runs on CI's second core: answers come in well under a second alone, but not always in 5.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          // This machine has no network beyond the package registries: keep Chromium from calling home.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    // Serves the built dist/: `npm test` builds before it runs the e2e tests.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
    cwd: projectRoot,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
