import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { printPdf, twoColumnResumeHtml } from '../extract/resumeFixtures.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { openScorer, pdfFile, upload } from './scorerPage.ts';

const GUIDE = '/guides/stripe/backend-developer/';

let twoColumn: Uint8Array;
test.beforeAll(async ({ browser }: { browser: Browser }) => {
  twoColumn = await printPdf(browser, twoColumnResumeHtml());
});

async function openExport(page: Page) {
  await openScorer(page, GUIDE);
  await upload(page, pdfFile('jane-doe.pdf', twoColumn));
  const panel = page.getByTestId('export-copy');
  await panel.getByRole('button', { name: 'Download an ATS-safe copy' }).click();
  return panel;
}

/** Picks a format, waits for its copy to be read back, downloads it and reads the file as the CLI would. */
async function downloadCopy(page: Page, format: 'docx' | 'pdf' | 'text') {
  const panel = page.getByTestId('export-copy');
  await panel.getByTestId(`copy-format-${format}`).check();
  await expect(panel.getByTestId('copy-readback')).toHaveAttribute('data-passed', 'true');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('copy-download').click()]);
  const bytes = new Uint8Array(await readFile(await download.path()));
  return { name: download.suggestedFilename(), bytes, document: await extractDocument(bytes, download.suggestedFilename(), nodePdfjs) };
}

test('a two-column PDF comes back as a one-column copy in each format, read back and downloaded', async ({ page }) => {
  test.setTimeout(90_000);
  const panel = await openExport(page);
  await expect(panel.getByTestId('copy-readback')).toContainText('Read back: 5 sections, 5 bullets, contact complete');
  await expect(panel.getByTestId('copy-changes')).toContainText("The file's 2 columns are set as one, its sections in the usual order (Summary, Experience, Education, Skills, Languages)");
  await expect(panel.getByTestId('copy-dropped')).toContainText('the copy is text only');
  // The preview is the copy: the main column's sections before the sidebar's.
  const preview = panel.getByTestId('copy-preview');
  await expect(preview.locator('.copy-preview__heading')).toHaveText(['Summary', 'Experience', 'Education', 'Skills', 'Languages']);
  await expect(preview.locator('.copy-preview__bullet').first()).toHaveText('Built REST APIs in Go serving 12,000 requests per second at 99.99% uptime');

  for (const [format, extension, signature] of [
    ['docx', 'docx', 'PK'],
    ['pdf', 'pdf', '%PDF'],
    ['text', 'txt', 'Jane Doe'],
  ] as const) {
    const copy = await downloadCopy(page, format);
    expect(copy.name).toBe(`jane-doe-ats-safe.${extension}`);
    expect(new TextDecoder('latin1').decode(copy.bytes.slice(0, signature.length))).toBe(signature);
    expect(copy.document.layout.columns).toBe(1);
    expect(copy.document.layout.headerFooterText).toEqual([]);
    expect(copy.document.text).toContain('Cut PostgreSQL query latency by 40% with partitioning and covering indexes');
    const text = copy.document.text.toLowerCase();
    expect(text.indexOf('summary')).toBeLessThan(text.indexOf('skills'));
  }
});

test('the copy holds the edits made in the report', async ({ page }) => {
  test.setTimeout(90_000);
  await openExport(page);
  const field = page.getByRole('textbox', { name: /^Bullet 5/ });
  await field.fill('Automated the release workflow with GitHub Actions: deploys take 15 minutes, not 2 hours');
  const copy = await downloadCopy(page, 'text');
  expect(copy.document.text).toContain('• Automated the release workflow with GitHub Actions: deploys take 15 minutes, not 2 hours');
  await expect(page.getByTestId('copy-changes')).toContainText('Your edits made in this report are in the copy.');
});

test('a name and figures the standard PDF fonts lack are written with the site\'s own font, and read back', async ({ page }) => {
  const resume = `Łukasz Wiśniewski
lukasz.wisniewski@example.pl | +48 601 234 567

Experience
Data Engineer, Allegro | 2019 – Present
• Cut warehouse costs by ₹1.4 crore a year by right-sizing Spark clusters
• Built Airflow pipelines that load 2 TB a day into BigQuery

Skills
Python, Spark, Airflow, BigQuery
`;
  await openScorer(page, GUIDE);
  await page.getByTestId('resume-scorer').locator('input[type=file]').setInputFiles({ name: 'lukasz.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) });
  await page.getByTestId('export-copy').getByRole('button', { name: 'Download an ATS-safe copy' }).click();
  const copy = await downloadCopy(page, 'pdf');
  expect(copy.name).toBe('lukasz-wisniewski-ats-safe.pdf');
  expect(copy.document.text).toContain('Łukasz Wiśniewski');
  expect(copy.document.text).toContain('Cut warehouse costs by ₹1.4 crore a year by right-sizing Spark clusters');
});

test('a copy that does not read back the same says what differs, and why', async ({ page }) => {
  const resume = 'Wang Xiaoming\nwang@example.cn | +86 138 0013 8000\n\nExperience\nBackend Engineer, ByteDance | 2019 – 2024\n• Built Go services for 40 million users in 北京\n';
  await openScorer(page, GUIDE);
  await page.getByTestId('resume-scorer').locator('input[type=file]').setInputFiles({ name: 'wang.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) });
  const panel = page.getByTestId('export-copy');
  await panel.getByRole('button', { name: 'Download an ATS-safe copy' }).click();
  await expect(panel.getByTestId('copy-readback')).toHaveAttribute('data-passed', 'true');
  await panel.getByTestId('copy-format-pdf').check();
  await expect(panel.getByTestId('copy-readback')).toHaveAttribute('data-passed', 'false');
  await expect(panel.getByTestId('copy-differences')).toHaveText('Bullet not read back whole: "Built Go services for 40 million users in 北京"');
  await expect(panel.getByTestId('copy-dropped').locator('[data-note="characters-unwritable"]')).toContainText('"北", "京"');
  await expect(panel.getByTestId('copy-download')).toBeVisible();
});

test('the copy panel passes axe in light and dark', async ({ page }) => {
  const panel = await openExport(page);
  await expect(panel.getByTestId('copy-readback')).toHaveAttribute('data-passed', 'true');
  expect(await axeViolations(page, 'light')).toEqual([]);
  expect(await axeViolations(page, 'dark')).toEqual([]);
});
