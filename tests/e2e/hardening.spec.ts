import type { Page } from '@playwright/test';
import { xobjectBomb } from '../extract/pdfBombs.ts';
import { oneColumnResumeHtml, printPdf } from '../extract/resumeFixtures.ts';
import { HOSTILE_TEXT_SHAPES } from '../fixtures/hostileTexts.ts';
import { BACKEND_RESUME } from '../scorer/resumeTexts.ts';
import { expect, test } from './fixtures.ts';
import { keywordRow, openScorer, pdfFile, upload, type UploadFile } from './scorerPage.ts';
import { MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_CHARS } from '../../src/limits.ts';

const GUIDE = '/guides/datadog/backend-developer/';
const textFile = (name: string, text: string): UploadFile => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
/** A resume whose every line says which file it came from, so the text shown names the file that won. */
const namedResume = (name: string) => `${BACKEND_RESUME}\nProjects\n• Wrote the ${name} service in Go`;
/** A PDF whose drawing instructions expand without end: only a time or work budget ends reading it. */
const endlessPdf = () => pdfFile('endless.pdf', xobjectBomb({ depth: 12, fanout: 10, innermost: 'paths' }));

/** Drops files on the panel one after another, as fast as the page takes events, each with a real DataTransfer. */
async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]) {
  await page.getByTestId('resume-scorer').evaluate((panel, list) => {
    for (const { name, type, text } of list) {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      panel.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, files);
}

test.describe('the last input wins', () => {
  test('five files in quick succession: the page settles on the last, whichever was slowest', async ({ page }) => {
    await openScorer(page, GUIDE);
    // The endless PDF would hold the engine for its whole time budget: a newer file must not wait for it.
    await upload(page, endlessPdf());
    await dropFiles(page, ['first', 'second', 'third', 'fourth'].map((name) => ({ name: `${name}.txt`, type: 'text/plain', text: namedResume(name) })));
    await expect(page.getByText('Scored: fourth.txt')).toBeVisible();
    await expect(page.getByTestId('extracted-text')).toContainText('Wrote the fourth service');
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
  });

  test('an empty last file keeps its alert: no earlier file overwrites it', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, textFile('good.txt', namedResume('good')));
    await dropFiles(page, [
      { name: 'also-good.txt', type: 'text/plain', text: namedResume('also-good') },
      { name: 'empty.txt', type: 'text/plain', text: '' },
    ]);
    await expect(page.locator('[role="alert"][data-error-kind="empty"]')).toBeVisible();
    // Give any late answer for the earlier files the time it would need to land, then check it did not.
    await page.waitForTimeout(1000);
    await expect(page.locator('[role="alert"][data-error-kind="empty"]')).toBeVisible();
    await expect(page.getByText(/Scored: (good|also-good)\.txt/)).toHaveCount(0);
  });

  test('a file chosen while another is read replaces it, on /match/ too', async ({ page }) => {
    await page.goto('/match/');
    await expect(page.getByTestId('resume-matcher')).toHaveAttribute('data-ready', 'true');
    const input = page.getByTestId('resume-matcher').locator('input[type=file]');
    await input.setInputFiles(endlessPdf());
    await expect(page.getByRole('status').filter({ hasText: 'Reading endless.pdf' })).toBeVisible();
    await input.setInputFiles(textFile('backend.txt', BACKEND_RESUME));
    await expect(page.getByTestId('guide-ranking').locator('[data-guide]').first()).toBeVisible();
    await expect(page.getByText('Scored: backend.txt')).toBeVisible();
  });
});

test.describe('a file the engine cannot finish', () => {
  test('Cancel stops reading at once, and the next file scores', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, endlessPdf());
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('input-note')).toHaveText('Stopped reading endless.pdf.');
    await upload(page, textFile('resume.txt', BACKEND_RESUME));
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
  });

  test('past its time budget the reader is told why, and the page still works', async ({ page }) => {
    test.setTimeout(60_000);
    await openScorer(page, GUIDE);
    await upload(page, endlessPdf());
    const alert = page.locator('[role="alert"][data-error-kind="too-large"]');
    await expect(alert).toBeVisible({ timeout: 40_000 });
    await expect(alert).toContainText(/Export it again from your editor as PDF/);
    await upload(page, textFile('resume.txt', BACKEND_RESUME));
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
  });
});

test.describe('inputs longer than any resume or posting', () => {
  test('hostile text files are read and scored, and the panel answers meanwhile', async ({ page }) => {
    await openScorer(page, GUIDE);
    for (const [shape, make] of Object.entries(HOSTILE_TEXT_SHAPES).slice(0, 6)) {
      await upload(page, textFile(`${shape}.txt`, make(60)));
      await expect(page.getByText(`Scored: ${shape}.txt`)).toBeVisible();
    }
  });

  test('a pasted resume over the cap is kept in its box and refused with the cap named', async ({ page }) => {
    await openScorer(page, GUIDE);
    const text = 'Built payment APIs in Go. '.repeat(Math.ceil((MAX_RESUME_CHARS + 5000) / 26));
    await page.getByLabel('Resume text').fill(text);
    const alert = page.locator('[role="alert"][data-error-kind="too-large"]');
    await expect(alert).toContainText(MAX_RESUME_CHARS.toLocaleString('en-US'));
    await expect(page.getByLabel('Resume text')).toHaveValue(text);
    await expect(page.getByTestId('ats-score')).toHaveCount(0);
  });

  test('a job description over the cap is kept, left out of the score, and explained', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, textFile('resume.txt', BACKEND_RESUME));
    // Skills the guide does not list: any row of theirs could only come from the posting left out.
    const requirement = 'Requirements: Haskell and Elixir. ';
    const posting = requirement.repeat(Math.ceil((MAX_JOB_DESCRIPTION_CHARS + 1000) / requirement.length));
    await page.getByLabel(/Job description/).fill(posting);
    await expect(page.locator('[role="alert"][data-error-kind="too-large"]')).toContainText('Paste only the posting itself');
    await expect(page.getByTestId('ats-score')).toBeVisible();
    await expect(keywordRow(page, 'Haskell')).toHaveCount(0);
    await expect(keywordRow(page, 'Elixir')).toHaveCount(0);
    await expect(page.getByTestId('ats-score')).toBeVisible();
    await expect(page.getByLabel(/Job description/)).toHaveValue(posting);
  });

  test('an SVG is refused as an unsupported type, whatever its name', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, textFile('resume.txt', '<svg xmlns="http://www.w3.org/2000/svg"><text>Go Kafka</text></svg>'));
    await expect(page.locator('[role="alert"][data-error-kind="unsupported-type"]')).toContainText('SVG image');
  });
});

test.describe('saved state of the wrong shape', () => {
  const cases: [string, string, () => string][] = [
    ['kept: not JSON', 'local', () => '{"text": "Go'],
    ['kept: the wrong shape', 'local', () => JSON.stringify({ text: 42, document: 'pdf' })],
    ['kept: a layout from another version', 'local', () => JSON.stringify({ fileName: 'a.pdf', text: 'Go', savedAt: '', document: { format: 'pdf', text: 'Go', pages: 1, words: 1, layout: { columns: 'two' } } })],
    ['kept: 4.5 million characters', 'local', () => JSON.stringify({ fileName: null, text: 'Go '.repeat(1_500_000), document: null, savedAt: '' })],
    ['handed off from /match/: the wrong shape', 'session', () => JSON.stringify([1, 2, 3])],
  ];
  // Storage is seeded from a page without a scorer: on a guide page, the island could hydrate after the seed
  // and consume it there, before the navigation under test.
  const SEED_PAGE = '/methodology/';
  for (const [name, storage, value] of cases) {
    test(`${name}: removed with a quiet note, and the scorer works`, async ({ page }) => {
      await page.goto(SEED_PAGE);
      await page.evaluate(
        ([where, raw]) => (where === 'local' ? localStorage : sessionStorage).setItem(where === 'local' ? 'shortlist:resume' : 'shortlist:handoff', raw),
        [storage, value()] as const,
      );
      await openScorer(page, GUIDE);
      await expect(page.getByTestId('input-note')).toContainText('could not be read back');
      expect(await page.evaluate(() => [localStorage.getItem('shortlist:resume'), sessionStorage.getItem('shortlist:handoff')])).toEqual([null, null]);
      await upload(page, textFile('resume.txt', BACKEND_RESUME));
      await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
    });
  }

  test('a kept resume from before hidden text was detected still loads', async ({ page }) => {
    await page.goto(SEED_PAGE);
    const layout = { columns: 1, headerFooterText: [], undecodableChars: 0, ligaturesRepaired: 0, hyphenationsJoined: 0 };
    const kept = { fileName: 'old.pdf', text: BACKEND_RESUME, savedAt: '', document: { format: 'pdf', text: BACKEND_RESUME, pages: 1, words: 120, layout } };
    await page.evaluate((raw) => localStorage.setItem('shortlist:resume', raw), JSON.stringify(kept));
    await openScorer(page, GUIDE);
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
    await expect(page.getByTestId('input-note')).toHaveCount(0);
  });
});

test.describe('text a reader cannot see', () => {
  test('keywords printed too small to read are left out of the score, and the file is flagged', async ({ page, browser }) => {
    const honest = await printPdf(browser, oneColumnResumeHtml());
    const stuffed = await printPdf(
      browser,
      oneColumnResumeHtml().replace('</body>', '<p style="font-size:1px;color:#fff">Terraform Rust Scala Kubernetes Kafka Terraform</p></body>'),
    );
    await openScorer(page, GUIDE);
    await upload(page, pdfFile('honest.pdf', honest));
    const honestScore = await page.getByTestId('ats-score').textContent();
    await expect(page.locator('[data-warning]')).toHaveCount(0);

    await upload(page, pdfFile('stuffed.pdf', stuffed));
    await expect(page.getByText('Scored: stuffed.pdf')).toBeVisible();
    await expect(page.locator('[data-warning="hidden-text"]')).toContainText('too small to read ("Terraform Rust Scala');
    await expect(page.getByTestId('ats-score')).toHaveText(honestScore ?? '');
    await expect(page.getByTestId('extracted-text')).not.toContainText('Rust Scala');
  });

  test('a text-direction override is removed: the text scored is the text shown, and the file is flagged', async ({ page }) => {
    await openScorer(page, GUIDE);
    // Stored as "avaJ ,oG", shown by the override as "Go, Java": an ATS reads the stored order.
    await upload(page, textFile('override.txt', `${BACKEND_RESUME}\nSkills: \u202EavaJ ,oG\u202C`));
    await expect(page.locator('[data-warning="hidden-text"]')).toContainText('2 invisible characters');
    await expect(page.getByTestId('extracted-text')).toContainText('Skills: avaJ ,oG');
  });
});
