/**
 * Draws public/og-image.png, the 1200×630 card social sites show for every page, from HTML in Chromium.
 * Run `node scripts/makeOgImage.ts` after changing the brand; the PNG is committed.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/extract/resumeFixtures.ts';

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
         padding: 0 96px; box-sizing: border-box; background: #111318; color: #e9ebf0; font-family: 'DejaVu Sans', sans-serif; }
  .brand { display: flex; align-items: center; gap: 20px; font-size: 44px; font-weight: 700; color: #8fb0ff; }
  h1 { font-size: 68px; line-height: 1.1; margin: 36px 0 24px; }
  p { font-size: 32px; color: #a9afbd; margin: 0; }
</style></head><body>
  <div class="brand"><svg width="56" height="56" viewBox="0 0 24 24"><rect x="3" y="2" width="18" height="20" rx="3" fill="none" stroke="#8fb0ff" stroke-width="2"/><path d="M7.5 12.5l3 3 6-7" fill="none" stroke="#8fb0ff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>Shortlist</div>
  <h1>Resume ATS guides for the company and role you want</h1>
  <p>Score your resume privately in your browser. Every rule explained.</p>
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  writeFileSync(new URL('../public/og-image.png', import.meta.url), await page.screenshot({ type: 'png' }));
} finally {
  await browser.close();
}
