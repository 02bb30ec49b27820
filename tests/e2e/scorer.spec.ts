import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { buildDocx, oneColumnResumeHtml, printPdf, scannedResumeHtml, screenshotPng, twoColumnResumeHtml } from '../extract/resumeFixtures.ts';
import { BACKEND_RESUME, STRIPE_JOB_DESCRIPTION } from '../scorer/resumeTexts.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { keywordRow, openScorer, pdfFile, upload } from './scorerPage.ts';

// A backend guide whose keywords include Go, Kafka, Kubernetes and a core concept with tools under it.
const GUIDE = '/guides/datadog/backend-developer/';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let oneColumnPdf: Uint8Array;
let twoColumnPdf: Uint8Array;
let scannedPdf: Uint8Array;
let pngBytes: Uint8Array;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  oneColumnPdf = await printPdf(browser, oneColumnResumeHtml());
  twoColumnPdf = await printPdf(browser, twoColumnResumeHtml());
  pngBytes = await screenshotPng(browser, oneColumnResumeHtml());
  scannedPdf = await printPdf(browser, scannedResumeHtml(pngBytes));
});

test.describe('scoring a resume file', () => {
  test('a one-column PDF: score, matched and missing keywords, the text as read', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, pdfFile('jane-doe.pdf', oneColumnPdf));
    await expect(page.getByTestId('ats-score')).toHaveText(/^\d{1,3}$/);
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-terms', 'Go');
    await expect(keywordRow(page, 'Streams and Kafka')).toHaveAttribute('data-terms', 'Kafka');
    await expect(keywordRow(page, 'Rust')).toHaveAttribute('data-status', 'missing');
    await expect(keywordRow(page, 'Terraform')).toHaveAttribute('data-status', 'missing');
    await expect(page.getByTestId('extracted-text')).toContainText('Moved financial settlement to Kafka');
    await expect(page.getByText('Reading page')).toHaveCount(0);
  });

  test('a two-column PDF reads column by column', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, pdfFile('two-column.pdf', twoColumnPdf));
    await expect(keywordRow(page, 'Kubernetes')).toHaveAttribute('data-status', 'matched');
    const text = (await page.getByTestId('extracted-text').textContent()) ?? '';
    expect(text).toContain('SKILLS\nGo\nPostgreSQL\nKafka\nKubernetes\nDocker');
    expect(text.indexOf('EXPERIENCE')).toBeGreaterThan(text.indexOf('University of Washington'));
    await expect(page.getByText(/Text in 2 columns/)).toBeVisible();
  });

  test('a DOCX', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, { name: 'jane-doe.docx', mimeType: DOCX_TYPE, buffer: Buffer.from(await buildDocx()) });
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
    await expect(keywordRow(page, 'Streams and Kafka')).toHaveAttribute('data-terms', /Kafka/);
  });

  test('a text file, and pasted text', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, { name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(BACKEND_RESUME) });
    await expect(keywordRow(page, 'Exactly-once ingestion')).toHaveAttribute('data-terms', /Idempotency/);
    await page.getByRole('button', { name: 'Score another' }).click();
    await expect(page.getByTestId('ats-score')).toHaveCount(0);
    await page.getByLabel('Resume text').fill('Experience\n• Built a Java service on AWS handling 5,000 requests/s');
    await expect(keywordRow(page, 'Java')).toHaveAttribute('data-status', 'matched');
    await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'missing');
  });
});

test('a file dropped on the panel is scored', async ({ page }) => {
  await openScorer(page, GUIDE);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  }, BACKEND_RESUME);
  await page.getByTestId('resume-scorer').dispatchEvent('drop', { dataTransfer });
  await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
  await expect(page.getByText('Scored: dropped.txt')).toBeVisible();
});

test('pasting the job description adds its keywords without a new upload', async ({ page }) => {
  await openScorer(page, GUIDE);
  await upload(page, { name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(BACKEND_RESUME) });
  await expect(keywordRow(page, 'GraphQL')).toHaveCount(0);
  await page.getByLabel(/Job description/).fill(STRIPE_JOB_DESCRIPTION);
  await expect(keywordRow(page, 'GraphQL')).toHaveAttribute('data-status', 'missing');
  await expect(keywordRow(page, 'developer experience')).toHaveAttribute('data-status', 'missing');
  await page.getByLabel(/Job description/).fill('');
  await expect(keywordRow(page, 'GraphQL')).toHaveCount(0);
});

test("pasting a posting checks its title, years and degree against the resume, and reads its alternatives as one keyword", async ({ page }) => {
  test.setTimeout(60_000);
  await openScorer(page, GUIDE);
  await upload(page, { name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(BACKEND_RESUME) });
  await expect(page.getByTestId('ats-score')).toBeVisible();
  await expect(page.getByTestId('posting-match')).toHaveCount(0);
  const posting = [
    'Senior Backend Engineer — Quarrystone',
    '',
    'Requirements',
    '- 5+ years of backend development',
    '- Services in Ruby, Java, Go or Scala',
    '- PhD in Computer Science',
    '',
    'Benefits',
    '- A Snowflake certification budget',
  ].join('\n');
  await page.getByLabel(/Job description/).fill(posting);
  const facts = page.getByTestId('posting-match');
  await expect(facts.locator('[data-fact="title"]')).toHaveAttribute('data-status', 'met');
  await expect(facts.locator('[data-fact="years"]')).toHaveAttribute('data-status', 'met');
  await expect(facts.locator('[data-fact="education"]')).toHaveAttribute('data-status', 'not-met');
  await expect(facts.locator('[data-fact="education"]')).toContainText("your Education section shows a bachelor's degree");
  await expect(keywordRow(page, 'Ruby, Java, Go or Scala')).toHaveAttribute('data-status', 'matched');
  await expect(keywordRow(page, 'Snowflake')).toHaveCount(0);
  expect(await axeViolations(page, 'light')).toEqual([]);
});

test('says how each keyword was matched, and which are core to the role', async ({ page }) => {
  await openScorer(page, GUIDE);
  const resume = `Noor Haddad\nnoor@haddad.dev\n\nExperience\nBackend Engineer, Tidewell — 2020 – present\n• Described 40 order endpoints in OpenAPI for 12 services in Go\n• Wrote Selenium suites for the checkout flow\n\nSkills\nGo, PostgreSQL, OpenAPI, Selenium`;
  await upload(page, { name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) });
  const apis = keywordRow(page, 'APIs, gateways and rate limits');
  await expect(apis).toHaveAttribute('data-status', 'matched');
  await expect(apis.locator('[data-level]')).toHaveAttribute('data-level', 'narrower');
  await expect(apis.locator('.keyword__level')).toHaveText('OpenAPI counts as APIs, gateways and rate limits.');
  await expect(apis.locator('[data-core]')).toBeVisible();
  await page.getByLabel(/Job description/).fill('Requirements\n- End-to-end tests in Cypress\n- Go services');
  const cypress = keywordRow(page, 'Cypress');
  await expect(cypress).toHaveAttribute('data-status', 'missing');
  await expect(cypress.locator('[data-level]')).toHaveAttribute('data-level', 'sibling');
  await expect(cypress.locator('.keyword__level')).toHaveText('Selenium is related, but an ATS searching for Cypress will not find it: name Cypress if you have used it.');
});

test.describe('files that cannot be scored', () => {
  const cases: { kind: string; file: () => { name: string; mimeType: string; buffer: Buffer }; message: RegExp }[] = [
    { kind: 'empty', file: () => ({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) }), message: /empty/ },
    { kind: 'too-large', file: () => ({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) }), message: /MB/ },
    { kind: 'unsupported-type', file: () => ({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pngBytes) }), message: /image/i },
    { kind: 'corrupt', file: () => pdfFile('resume.pdf', oneColumnPdf.slice(0, 1200)), message: /damaged|could not be read/ },
    {
      kind: 'encrypted',
      file: () => pdfFile('locked.pdf', readFileSync(new URL('../fixtures/extract/encrypted.pdf', import.meta.url))),
      message: /password/i,
    },
    { kind: 'no-text-layer', file: () => pdfFile('scan.pdf', scannedPdf), message: /scanned image/ },
  ];
  for (const { kind, file, message } of cases) {
    test(`${kind}: a clear alert, and the job description is kept`, async ({ page }) => {
      await openScorer(page, GUIDE);
      await page.getByLabel(/Job description/).fill(STRIPE_JOB_DESCRIPTION);
      await upload(page, file());
      const alert = page.locator(`[role="alert"][data-error-kind="${kind}"]`);
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(message);
      await expect(page.getByLabel(/Job description/)).toHaveValue(STRIPE_JOB_DESCRIPTION);
      await expect(page.getByTestId('ats-score')).toHaveCount(0);
    });
  }

  test('a good file after a bad one clears the alert', async ({ page }) => {
    await openScorer(page, GUIDE);
    await upload(page, { name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await expect(page.locator('[role="alert"][data-error-kind="empty"]')).toBeVisible();
    await upload(page, pdfFile('resume.pdf', oneColumnPdf));
    await expect(page.getByTestId('ats-score')).toBeVisible();
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
  });
});

test('keeps the resume on this device only when asked, and forgets it', async ({ page }) => {
  await openScorer(page, GUIDE);
  await upload(page, { name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(BACKEND_RESUME) });
  await expect(page.getByTestId('ats-score')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await page.getByLabel(/Keep my resume on this device/).check();
  await openScorer(page, '/');
  await expect(page.getByTestId('ats-score')).toBeVisible();
  await expect(page.getByTestId('extracted-text')).toContainText('Built a Go service');

  await page.getByRole('button', { name: 'Forget it' }).click();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await openScorer(page, GUIDE);
  await expect(page.getByLabel(/Keep my resume on this device/)).not.toBeChecked();
  await expect(page.getByTestId('ats-score')).toHaveCount(0);
});

test.describe('privacy', () => {
  test.use({ expectedConsoleErrors: [[/Content Security Policy/, /Failed to fetch/], { scope: 'test' }] });

  test('the page forbids connections to other sites', async ({ page }) => {
  await page.goto(GUIDE);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  const blocked = await page.evaluate(() =>
    fetch('https://example.com/collect', { method: 'POST', body: 'resume' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(blocked).toBe('blocked');
  });
});

test('the results view has no accessibility violations', async ({ page }) => {
  // Two full axe passes over a long page: about 10 s alone, more beside another test on CI's 2 cores.
  test.setTimeout(90_000);
  await openScorer(page, GUIDE);
  await upload(page, pdfFile('two-column.pdf', twoColumnPdf));
  await expect(page.getByTestId('ats-score')).toBeVisible();
  expect(await axeViolations(page, 'light')).toEqual([]);
  expect(await axeViolations(page, 'dark')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide reads in full and the scorer says why it is off', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('heading', { name: 'Resume strategy' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Frequently asked questions' })).toBeVisible();
    // Chromium's script-disabled emulation still parses <noscript> as text, so its content is read, not seen.
    expect(await page.locator('#scorer noscript').textContent()).toContain('The scorer runs in your browser and needs JavaScript.');
  });
});

test('works with the keyboard alone', async ({ page }) => {
  await openScorer(page, GUIDE);
  await page.getByLabel('Resume text').focus();
  await page.keyboard.type('Experience\n• Built a Go service on Kubernetes handling 5,000 requests/s');
  await expect(keywordRow(page, 'Go')).toHaveAttribute('data-status', 'matched');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Job description/)).toBeFocused();
  await page.keyboard.type('Requirements\n- GraphQL');
  await expect(keywordRow(page, 'GraphQL')).toHaveAttribute('data-status', 'missing');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Keep my resume/)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print the report' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Include the full keyword table')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Include the full keyword table')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Include the text an ATS reads')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Score another' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Copy the \d+ missing keywords/ })).toBeFocused();
});
