/**
 * `npm run audit`: Lighthouse (with the system's Chromium, as the e2e tests use) on a guide page of the built
 * site, printing the four category scores. Figures only; run `npm run build` first.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/e2e/findChromium.ts';
import { startPreview } from './previewServer.ts';

const PAGES = ['/guides/stripe/backend-developer/', '/'];

const { url, stop } = await startPreview(4332);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const path of PAGES) {
    const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(`${path}: Performance ${score('performance')}, Accessibility ${score('accessibility')}, Best Practices ${score('best-practices')}, SEO ${score('seo')}`);
    const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
    for (const audit of failing) console.log(`  below 90: ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
} finally {
  chrome.kill();
  stop();
}
