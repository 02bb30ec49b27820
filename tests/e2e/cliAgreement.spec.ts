import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { buildDocx, oneColumnResumeHtml, printPdf, twoColumnResumeHtml } from '../extract/resumeFixtures.ts';
import { FRONTEND_RESUME } from '../scorer/resumeTexts.ts';
import { expect, test } from './fixtures.ts';
import { openScorer, upload, type UploadFile } from './scorerPage.ts';

const CLI = fileURLToPath(new URL('../../src/cli/atsScore.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-agreement-'));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface CliKeyword {
  label: string;
  status: string;
  level: string;
  matchedTerms: string[];
}

/** The CLI's reading of the same file against the same guide: its score and every keyword's result. */
async function cliReport(file: UploadFile, guide: string): Promise<{ score: number; keywords: CliKeyword[] }> {
  const path = join(dir, file.name);
  writeFileSync(path, file.buffer);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, path, '--guide', guide, '--json']);
  return JSON.parse(stdout) as { score: number; keywords: CliKeyword[] };
}

const files: { name: string; guide: string; file: (browser: Browser) => Promise<UploadFile> }[] = [
  // Each file against a guide whose keywords it partly meets, so matched, related and missing rows all compare.
  {
    name: 'a one-column PDF',
    guide: 'stripe/backend-developer',
    file: async (browser) => ({ name: 'one-column.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await printPdf(browser, oneColumnResumeHtml())) }),
  },
  {
    name: 'a two-column PDF',
    guide: 'netflix/backend-developer',
    file: async (browser) => ({ name: 'two-column.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await printPdf(browser, twoColumnResumeHtml())) }),
  },
  {
    name: 'a DOCX',
    guide: 'stripe/backend-developer',
    file: async () => ({ name: 'resume.docx', mimeType: DOCX_TYPE, buffer: Buffer.from(await buildDocx()) }),
  },
  {
    name: 'a text file',
    guide: 'airbnb/frontend-developer',
    file: async () => ({ name: 'frontend.txt', mimeType: 'text/plain', buffer: Buffer.from(FRONTEND_RESUME) }),
  },
];

for (const { name, guide, file } of files) {
  test(`the browser and the CLI give ${name} the same score and keywords against ${guide}`, async ({ page, browser }) => {
    const resume = await file(browser);
    const cli = await cliReport(resume, guide);
    await openScorer(page, `/guides/${guide}/`);
    await upload(page, resume);
    await expect(page.getByTestId('ats-score')).toHaveText(String(cli.score));
    const rows = page.getByTestId('resume-scorer').locator('tr[data-keyword]');
    await expect(rows).toHaveCount(cli.keywords.length);
    const browserKeywords = await rows.evaluateAll((found) =>
      found.map((row) => ({
        label: row.getAttribute('data-keyword')!,
        status: row.getAttribute('data-status')!,
        level: row.querySelector('[data-level]')?.getAttribute('data-level') ?? '',
        matchedTerms: (row.getAttribute('data-terms') ?? '').split(',').filter((term) => term !== ''),
      })),
    );
    const byLabel = (keywords: CliKeyword[]) => [...keywords].sort((a, b) => a.label.localeCompare(b.label));
    expect(byLabel(browserKeywords)).toEqual(byLabel(cli.keywords.map(({ label, status, level, matchedTerms }) => ({ label, status, level, matchedTerms }))));
  });
}
