import type { Browser, Page } from '@playwright/test';
import { printPdf } from '../extract/resumeFixtures.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { openScorer, pdfFile, upload } from './scorerPage.ts';

const GUIDE = '/guides/datadog/backend-developer/';

/**
 * A weak resume as a browser prints it (list markers drawn as shapes, so the bullets are read from where
 * lines stand): a bullet naming RabbitMQ where the guide asks for Kafka, a duty opener, a passive.
 */
const WEAK_RESUME_HTML = `<html><body style="font-family: 'DejaVu Sans'; font-size: 11pt; margin: 40px">
<h1 style="font-size: 20pt; margin: 0">Ren Alvarez</h1>
<p>ren.alvarez@example.com | (312) 555-0199 | Chicago, IL</p>
<h2 style="font-size: 13pt">Experience</h2>
<p><b>Backend Engineer, Prairie Metrics</b> — Apr 2021 – Present</p>
<ul>
<li>Built the RabbitMQ consumers that route 40,000 sensor events a minute to storage</li>
<li>Cut p99 query latency of the readings API from 900 ms to 150 ms</li>
<li>Responsible for the on-call rotation of six services</li>
</ul>
<p><b>Software Engineer, Lakeview Health</b> — Jun 2018 – Mar 2021</p>
<ul>
<li>Wrote Python services that import 2 million lab results a day</li>
<li>The billing export was rewritten to finish in 20 minutes</li>
</ul>
<h2 style="font-size: 13pt">Education</h2>
<p>B.S. Computer Science, University of Illinois, 2018</p>
<h2 style="font-size: 13pt">Skills</h2>
<p>Python, PostgreSQL, RabbitMQ, Docker, Linux</p>
</body></html>`;

let weakPdf: Uint8Array;
test.beforeAll(async ({ browser }: { browser: Browser }) => {
  weakPdf = await printPdf(browser, WEAK_RESUME_HTML);
});

const score = async (page: Page) => Number(await page.getByTestId('ats-score').textContent());

async function uploadWeakResume(page: Page) {
  await openScorer(page, GUIDE);
  await upload(page, pdfFile('ren-alvarez.pdf', weakPdf));
  await expect(page.locator('[data-fix]').first()).toBeVisible();
}

test('every bullet is coached whole, with its issues and a suggestion', async ({ page }) => {
  await uploadWeakResume(page);
  const bullets = page.getByTestId('bullet-coach').locator('[data-bullet-index]');
  await expect(bullets).toHaveCount(5);
  await expect(bullets.nth(2)).toHaveAttribute('data-issues', /duty-opener/);
  await expect(bullets.nth(4)).toHaveAttribute('data-issues', /passive-voice/);
  await expect(bullets.nth(4).getByTestId('bullet-suggestion')).toContainText('Rewrote the billing export to finish in 20 minutes');
  await expect(page.getByRole('textbox', { name: /^Bullet 1/ })).toHaveValue('Built the RabbitMQ consumers that route 40,000 sensor events a minute to storage');
});

test('the top fix, applied, raises the score by exactly its points; undo takes it back', async ({ page }) => {
  await uploadWeakResume(page);
  const fixes = page.getByTestId('fix-list').locator('[data-fix]');
  const points = await fixes.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-points'))));
  expect(points).toEqual([...points].sort((a, b) => b - a));
  expect(points.every((value) => Number.isInteger(value) && value > 0)).toBe(true);

  const before = await score(page);
  const top = fixes.first();
  const apply = top.getByRole('button', { name: /^Apply/ });
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(page.getByTestId('ats-score')).toHaveText(String(before + points[0]!));
  await expect(page.getByTestId('score-delta')).toHaveAttribute('data-delta', String(points[0]));
  await expect(page.getByTestId('extracted-text')).toContainText('using Kafka');

  await page.getByRole('button', { name: 'Undo last edit' }).click();
  await expect(page.getByTestId('ats-score')).toHaveText(String(before));
  await expect(page.getByTestId('score-delta')).toHaveCount(0);
});

test('editing a bullet rescores as the reader types, without a new upload, and announces the score once it holds', async ({ page }) => {
  await uploadWeakResume(page);
  const before = await score(page);
  const field = page.getByRole('textbox', { name: /^Bullet 3/ });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  // No delay: keys come faster than the page re-renders, as a fast typist's do on a busy machine.
  await page.keyboard.type('Led the on-call rotation of six services, cutting pages per week from 40 to 9');
  await expect(page.getByTestId('bullet-coach').locator('[data-bullet-index="3"]')).not.toHaveAttribute('data-issues', /duty-opener/);
  await expect.poll(() => score(page)).toBeGreaterThan(before);
  await expect(field).toBeFocused();
  await expect(page.getByTestId('extracted-text')).toContainText('cutting pages per week from 40 to 9');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'ATS score' })).toHaveText(`ATS score ${await score(page)} out of 100: ${await page.getByTestId('verdict').textContent()}.`);
  await expect(page.getByText('Scored: ren-alvarez.pdf, with your edits')).toBeVisible();
});

test('a fix with gaps puts its wording in the bullet, ready to fill in', async ({ page }) => {
  await openScorer(page, GUIDE);
  const resume = 'Kim Park\nkim.park@example.com\n\nExperience\nBackend Engineer, Ferrum Labs — 2019 – 2023\n- Responsible for maintaining the metrics ingestion service in Go\n- Worked on the alerting pipeline\n\nSkills\nGo, Kafka\n';
  await upload(page, { name: 'kim.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) });
  await expect(page.locator('[data-fix]').first()).toBeVisible();
  const gapped = page.getByTestId('fix-list').locator('[data-fix]').filter({ has: page.getByRole('button', { name: /^Edit with this wording/ }) }).first();
  const words = (await gapped.locator('q').textContent())!;
  const bullet = /bullet (\d+)$/.exec((await gapped.locator('strong').textContent())!)![1];
  await gapped.getByRole('button').click();
  const field = page.getByRole('textbox', { name: new RegExp(`^Bullet ${bullet} `) });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(words);
});

test('a fix can be applied with the keyboard alone', async ({ page }) => {
  await uploadWeakResume(page);
  const before = await score(page);
  const top = page.getByTestId('fix-list').locator('[data-fix]').first();
  const gain = Number(await top.getAttribute('data-points'));
  await top.getByRole('button', { name: /^Apply/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ats-score')).toHaveText(String(before + gain));
  // Focus stays in the list, not lost with the applied fix's button.
  await expect(page.getByRole('heading', { name: 'Fixes, by points gained' })).toBeFocused();
});

test('versions stay on the device only when the reader keeps their resume, each removable', async ({ page }) => {
  await openScorer(page, GUIDE);
  await page.getByLabel(/Keep my resume on this device/).check();
  await upload(page, pdfFile('ren-alvarez.pdf', weakPdf));
  await page.getByTestId('fix-list').getByRole('button', { name: /^Apply/ }).first().click();
  const versions = page.getByTestId('resume-versions').locator('[data-version]');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('ren-alvarez.pdf, edited');
  await versions.first().getByRole('button', { name: /^Remove/ }).click();
  await expect(versions).toHaveCount(1);
  await page.getByRole('button', { name: 'Forget all versions' }).click();
  await expect(page.getByTestId('resume-versions')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('shortlist:versions'))).toBeNull();
});

test('a second file is compared with the first', async ({ page }) => {
  await uploadWeakResume(page);
  const first = await score(page);
  await upload(page, { name: 'better.txt', mimeType: 'text/plain', buffer: Buffer.from('Ren Alvarez\nren.alvarez@example.com\n\nExperience\nBackend Engineer, Prairie Metrics — Apr 2021 – Present\n- Built Kafka consumers in Go that route 40,000 events a minute\n- Cut p99 latency from 900 ms to 150 ms with OpenTelemetry traces\n\nSkills\nGo, Kafka, Kubernetes, Terraform\n') });
  await expect(page.getByText('Scored: better.txt')).toBeVisible();
  const second = await score(page);
  await expect(page.getByTestId('score-delta')).toHaveAttribute('data-delta', String(second - first));
  await expect(page.getByTestId('score-delta')).toContainText('since ren-alvarez.pdf');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the coached report passes axe in ${scheme} mode`, async ({ page }) => {
    await uploadWeakResume(page);
    await page.getByTestId('fix-list').getByRole('button', { name: /^Apply/ }).first().click();
    await expect(page.getByTestId('score-delta')).toBeVisible();
    expect(await axeViolations(page, scheme)).toEqual([]);
  });
}
