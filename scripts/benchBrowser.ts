/**
 * The scorer in headless Chromium against the built site (`npm run bench:browser`): JavaScript a guide
 * page ships before any file is chosen, and the time from file chosen to score shown. Prints figures only.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { quantile } from '../src/extract/quantile.ts';
import { launchChromium } from '../tests/extract/resumeFixtures.ts';
import { startPreview } from './previewServer.ts';
import { resumePdfWithRoles } from './resumePdfs.ts';

const GUIDE = '/guides/stripe/backend-developer/';
const RUNS = 7;
const ENGAGED_BEFORE_CHOOSING_MS = 1000;

async function openGuide(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url + GUIDE);
  await page.locator('[data-testid="resume-scorer"][data-ready="true"]').waitFor();
  return page;
}

/** Milliseconds from the file input's change event to the results naming that file, measured in the page. */
async function timeUpload(page: Page, name: string, pdf: Uint8Array): Promise<number> {
  const done = page.evaluate((fileName) => {
    const root = document.querySelector('[data-testid="resume-scorer"]')!;
    const input = root.querySelector('input[type=file]')!;
    return new Promise<number>((resolve) => {
      let start = 0;
      input.addEventListener('change', () => (start = performance.now()), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        if (start > 0 && root.textContent?.includes(`Scored: ${fileName}`)) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    });
  }, name);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  return done;
}

async function shippedJavaScript(browser: Browser, url: string): Promise<{ files: number; raw: number; gzip: number }> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url + GUIDE, { waitUntil: 'networkidle' });
  const buffers = await Promise.all(bodies);
  await page.close();
  return { files: buffers.length, raw: buffers.reduce((sum, body) => sum + body.length, 0), gzip: buffers.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) };
}

const { url, stop } = await startPreview(4331);
const browser = await launchChromium();
try {
  const js = await shippedJavaScript(browser, url);
  console.log(`JavaScript a guide page loads before any file is chosen: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KB, ${(js.gzip / 1024).toFixed(1)} KB gzip\n`);

  const pdfs = { '1-page': await resumePdfWithRoles(browser, 1), '3-page': await resumePdfWithRoles(browser, 12) };
  for (const [label, pdf] of Object.entries(pdfs)) {
    const first: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await openGuide(browser, url);
      await page.getByTestId('resume-scorer').hover();
      await page.waitForTimeout(ENGAGED_BEFORE_CHOOSING_MS);
      first.push(await timeUpload(page, `first-${run}.pdf`, pdf));
      await page.close();
    }
    const page = await openGuide(browser, url);
    await page.getByTestId('resume-scorer').hover();
    await timeUpload(page, 'warm-up.pdf', pdf);
    const later: number[] = [];
    for (let run = 0; run < RUNS; run++) later.push(await timeUpload(page, `later-${run}.pdf`, pdf));
    await page.close();
    const figures = (samples: number[]) => `median ${quantile(samples, 0.5).toFixed(0)} ms (min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)})`;
    console.log(`${label} PDF, file chosen → score shown: first file ${figures(first)}; later files ${figures(later)}`);
  }
} finally {
  await browser.close();
  stop();
}
