import type { Browser, Page } from '@playwright/test';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { oneColumnResumeHtml, printPdf } from '../extract/resumeFixtures.ts';
import { BACKEND_RESUME, STRIPE_JOB_DESCRIPTION } from '../scorer/resumeTexts.ts';
import { BUILT_PAGES } from './builtPages.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { keywordRow, openScorer, pdfFile, upload, type UploadFile } from './scorerPage.ts';

const GUIDE = '/guides/stripe/backend-developer/';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

const textFile = (name: string, text: string): UploadFile => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** What a phone is handed by real resumes and postings: URLs, file names and words longer than its width. */
const UNBROKEN_URL = 'https://portfolio.example-engineering-blog.dev/2025/distributed-settlement-reconciliation-at-scale?utm_source=resume&utm_medium=pdf';
const SPRAWLING_RESUME = `${BACKEND_RESUME.replace('github.com/janedoe', `github.com/janedoe/settlement_reconciliation_service_with_exactly_once_delivery ${UNBROKEN_URL}`)}
Projects
• Wrote ${'Idempotent'.repeat(9)}Processor, a Go library that 1,200 services use
• ${'=-'.repeat(90)}
`;
const SPRAWLING_POSTING = `${STRIPE_JOB_DESCRIPTION}
- Experience with ${'Hyperconverged'.repeat(5)}Infrastructure
- See ${UNBROKEN_URL}`;
const LONG_FILE_NAME = 'jane_doe_senior_backend_engineer_resume_final_FINAL_v12_updated_2026.txt';

/** How far the page runs past the window's right edge, and the elements that stick out (none when it fits). */
async function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`);
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { overflow, culprits } = await sideways(page);
  expect(overflow, `${where} runs ${overflow}px past the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}

async function scoreSprawling(page: Page, path: string) {
  await openScorer(page, path);
  await upload(page, textFile(LONG_FILE_NAME, SPRAWLING_RESUME));
  await page.getByLabel(/Job description/).fill(SPRAWLING_POSTING);
  await expect(keywordRow(page, 'Terraform')).toHaveAttribute('data-status', 'missing');
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  test('no page of the site scrolls sideways', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of BUILT_PAGES) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, path);
    }
    await page.goto('/search/?q=kubernetes');
    await expect(page.getByTestId('search-results').locator('li[data-guide]').first()).toBeVisible();
    await expectNoSidewaysScroll(page, '/search/ with results');
  });

  test.describe('a missing page', () => {
    test.use({ expectedConsoleErrors: [[/status of 404/], { scope: 'test' }] });
    test('the 404 page fits', async ({ page }) => {
      await page.goto('/guides/stripe/underwater-welder/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expectNoSidewaysScroll(page, '404');
    });
  });

  for (const path of ['/', GUIDE]) {
    test(`${path} with a resume full of long URLs and words, scored against a posting like it, fits`, async ({ page }) => {
      await scoreSprawling(page, path);
      await expect(page.getByTestId('chosen-file')).toHaveText(LONG_FILE_NAME);
      await expect(page.getByTestId('extracted-text')).toContainText(UNBROKEN_URL);
      await expectNoSidewaysScroll(page, `${path} scored`);
    });
  }

  test('/match/ with its ranking fits', async ({ page }) => {
    await page.goto('/match/');
    const matcher = page.getByTestId('resume-matcher');
    await expect(matcher).toHaveAttribute('data-ready', 'true');
    await matcher.locator('input[type=file]').setInputFiles(textFile(LONG_FILE_NAME, SPRAWLING_RESUME));
    await expect(page.getByTestId('guide-ranking').locator('li[data-guide]').first()).toBeVisible();
    await expectNoSidewaysScroll(page, '/match/ ranked');
  });

  test('content no page holds yet fits too: a long link, code, a wide table, a long word, a row of buttons, a large picture', async ({ page }) => {
    await page.goto(GUIDE);
    await page.locator('.prose').evaluate((prose, url) => {
      const cells = (tag: string) => Array.from({ length: 7 }, (_, index) => `<${tag}>Column${index}WithAVeryLongUnbrokenHeading</${tag}>`).join('');
      prose.insertAdjacentHTML(
        'beforeend',
        `<h2>Antidisestablishmentarianismsupercalifragilisticexpialidocious</h2>
        <p>Read <a href="${url}">${url}</a> first.</p>
        <pre><code>curl --header "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0" ${url}</code></pre>
        <p>Inline <code>SELECT settlement_id, merchant_reference_identifier FROM payouts_reconciliation_ledger_entries</code> too.</p>
        <table><thead><tr>${cells('th')}</tr></thead><tbody><tr>${cells('td')}</tr></tbody></table>
        <p class="scorer-actions">${['Download the example resume', 'Copy every keyword to the clipboard', 'Open the full posting'].map((label) => `<button class="button">${label}</button>`).join('')}</p>
        <svg width="1400" height="200" viewBox="0 0 1400 200" role="img" aria-label="A wide chart"><rect width="1400" height="200" fill="currentColor"></rect></svg>
        <select aria-label="Region"><option>Europe, the Middle East and Africa, including the United Kingdom and Ireland</option></select>`,
      );
    }, UNBROKEN_URL);
    await expectNoSidewaysScroll(page, 'a guide with unusual content');
  });

  test('the keywords are cards: name, status, importance and what to do, each in view and named for screen readers', async ({ page }) => {
    await scoreSprawling(page, GUIDE);
    const cards = await page
      .getByTestId('resume-scorer')
      .locator('tr[data-keyword]')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const advice = row.querySelector('[data-level]')!;
          const box = row.getBoundingClientRect();
          return {
            keyword: row.getAttribute('data-keyword'),
            status: row.getAttribute('data-status'),
            layout: getComputedStyle(row).display,
            left: box.left,
            right: box.right,
            adviceWidth: advice.getBoundingClientRect().width,
            advice: advice.textContent?.trim() ?? '',
            label: getComputedStyle(advice, '::before').content,
          };
        }),
      );
    expect(cards.length).toBeGreaterThan(20);
    for (const card of cards) {
      expect(card.layout, card.keyword!).not.toBe('table-row');
      expect(card.left, card.keyword!).toBeGreaterThanOrEqual(0);
      expect(card.right, card.keyword!).toBeLessThanOrEqual(PHONE.width);
      // The advice takes the card's width, not a column squeezed beside three others.
      expect(card.adviceWidth, card.keyword!).toBeGreaterThan((card.right - card.left) * 0.8);
      expect(card.advice, card.keyword!).not.toBe('');
      expect(card.label, card.keyword!).toContain(card.status === 'missing' ? 'How to add it' : 'Found as');
    }
    const terraform = keywordRow(page, 'Terraform');
    await terraform.scrollIntoViewIfNeeded();
    for (const part of [
      terraform.getByRole('rowheader'),
      terraform.getByText('✗ Missing'),
      terraform.getByText('Preferred'),
      terraform.locator('[data-level]'),
    ]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    await expect(terraform.locator('[data-level]')).toContainText('"Familiarity with Terraform"');

    // Chromium's own accessibility tree, not the markup: every value still sits in a cell under a named column.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const named = (role: string) => nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value);
    expect(named('columnheader')).toEqual(['Keyword', 'Status', 'Importance', 'Found as, or how to add it']);
    expect(named('rowheader')).toHaveLength(cards.length);
    expect(nodes.filter((node) => node.role?.value === 'cell')).toHaveLength(cards.length * 3);
  });

  test('the results as cards have no accessibility violations, in light and dark', async ({ page }) => {
    // Two full axe passes over a page of cards: about 20 s alone, a minute beside another test on 2 cores.
    test.setTimeout(120_000);
    await scoreSprawling(page, GUIDE);
    expect(await axeViolations(page, 'light')).toEqual([]);
    expect(await axeViolations(page, 'dark')).toEqual([]);
  });
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: DESKTOP });

  test('the keywords are a table: one row per keyword under four visible column headers', async ({ page }) => {
    await scoreSprawling(page, GUIDE);
    const headers = page.getByTestId('resume-scorer').getByRole('columnheader');
    await expect(headers).toHaveText(['Keyword', 'Status', 'Importance', 'Found as, or how to add it']);
    for (const header of await headers.all()) expect((await header.boundingBox())!.width).toBeGreaterThan(40);
    const rows = await page
      .getByTestId('resume-scorer')
      .locator('tr[data-keyword]')
      .evaluateAll((list) =>
        list.map((row) => ({ layout: getComputedStyle(row).display, tops: [...row.children].map((cell) => cell.getBoundingClientRect().top) })),
      );
    for (const row of rows) {
      expect(row.layout).toBe('table-row');
      expect(new Set(row.tops).size).toBe(1);
    }
    await expectNoSidewaysScroll(page, 'the desktop report');
  });
});

/** What page.pdf() puts on paper, as the browser's Print command would: its pages, and its text on one line. */
async function paper(page: Page) {
  const { getDocument } = await nodePdfjs.load();
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf()) }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(''));
  }
  return { pages: pdf.numPages, text: texts.join(' ').replace(/\s+/g, ' ') };
}

/** Ticks the options asked for and presses "Print the report"; the paper's date, as its `datetime` says it. */
async function pressPrint(page: Page, options: { keywordTable?: boolean; atsText?: boolean } = {}) {
  if (options.keywordTable) await page.getByLabel('Include the full keyword table').check();
  if (options.atsText) await page.getByLabel('Include the text an ATS reads').check();
  // Headless Chromium has no print dialog: the button's call is recorded, and page.pdf() prints what it would.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-print-called', 'true');
  });
  await page.getByRole('button', { name: 'Print the report' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-called', 'true');
  return page.getByTestId('print-header').locator('time').getAttribute('datetime');
}

async function printReport(page: Page, options: { keywordTable?: boolean; atsText?: boolean } = {}) {
  const date = await pressPrint(page, options);
  return { date, ...(await paper(page)) };
}

/** The severities of the printed fixes, in order, as ranks: problems (0) first, then improvements (1), then notes (2). */
const fixOrder = (text: string) => [...text.matchAll(/\b(Fix|Improve|Note):/g)].map((match) => ['Fix', 'Improve', 'Note'].indexOf(match[1]!));
const ascending = (ranks: number[]) => ranks.every((rank, index) => index === 0 || rank >= ranks[index - 1]!);

test.describe('the printed report', () => {
  test.use({ viewport: DESKTOP, locale: 'en-US' });
  // Reading a PDF, then printing the report and reading that PDF back: some 15 s alone, more beside another test.
  test.describe.configure({ timeout: 60_000 });
  let oneColumnPdf: Uint8Array;
  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    oneColumnPdf = await printPdf(browser, oneColumnResumeHtml());
  });

  test.describe('a one-page PDF against a guide, in Kiribati', () => {
    test.use({ timezoneId: 'Pacific/Kiritimati' });

    test('one or two pages: header, score, verdict, breakdown, missing keywords, fixes; not the long parts', async ({ page }) => {
      // 20:00 in London is already the next morning on Kiritimati (UTC+14): the paper says the reader's day.
      await page.clock.setFixedTime(new Date('2027-03-14T20:00:00Z'));
      await openScorer(page, GUIDE);
      await upload(page, pdfFile('jane-doe-resume.pdf', oneColumnPdf));
      const score = await page.getByTestId('ats-score').textContent();
      const verdict = await page.getByTestId('verdict').textContent();
      const guideTitle = (await page.locator('h1').textContent())!;
      const printed = await printReport(page);

      expect(printed.pages).toBeLessThanOrEqual(2);
      expect(printed.date).toBe('2027-03-15');
      expect(printed.text).toContain(`Printed March 15, 2027 · jane-doe-resume.pdf · scored against ${guideTitle}`);
      expect(printed.text).toContain(`ATS score: ${score}/100, ${verdict}`);
      for (const part of ['Where the points come from', 'Keyword match', 'Missing keywords:', 'What to fix first']) expect(printed.text).toContain(part);
      expect(fixOrder(printed.text).length).toBeGreaterThan(0);
      expect(ascending(fixOrder(printed.text))).toBe(true);
      for (const left of [
        'Found as, or how to add it',
        'What the ATS reads',
        'Frequently asked questions',
        'Score another',
        'Include the full keyword table',
      ]) {
        expect(printed.text).not.toContain(left);
      }
    });

    test('with both options on, the full keyword table and the text an ATS reads follow', async ({ page }) => {
      await openScorer(page, GUIDE);
      await upload(page, pdfFile('jane-doe-resume.pdf', oneColumnPdf));
      const short = await printReport(page);
      const full = await printReport(page, { keywordTable: true, atsText: true });
      expect(full.pages).toBeGreaterThan(short.pages);
      expect(full.text).toContain('Found as, or how to add it');
      expect(full.text).toContain('What the ATS reads');
      expect(full.text).toContain('B.Sc. Computer Science, University of Washington');
      expect(full.text).not.toContain('Frequently asked questions');
    });
  });

  test.describe('pasted text and a posting on the home page, in California', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });

    test('the header says pasted text and the job description, on the local day', async ({ page }) => {
      // 05:00 UTC is still the evening before in Los Angeles.
      await page.clock.setFixedTime(new Date('2027-11-02T05:00:00Z'));
      await openScorer(page, '/');
      await page.getByLabel('Resume text').fill(BACKEND_RESUME);
      await page.getByLabel(/Job description/).fill(STRIPE_JOB_DESCRIPTION);
      await expect(keywordRow(page, 'Terraform')).toHaveAttribute('data-status', 'missing');
      const printed = await printReport(page, { keywordTable: true });
      expect(printed.date).toBe('2027-11-01');
      expect(printed.text).toContain('Printed November 1, 2027 · pasted text · scored against the job description you pasted');
      expect(printed.text).toContain('Found as, or how to add it');
      expect(printed.text).not.toContain('What the ATS reads');
    });
  });

  test('a file with no guide or posting is printed as scored against general checks', async ({ page }) => {
    await openScorer(page, '/');
    await upload(page, textFile('resume.txt', BACKEND_RESUME));
    const printed = await printReport(page);
    expect(printed.text).toMatch(/Printed \w+ \d{1,2}, \d{4} · resume\.txt · scored against general resume checks/);
    expect(printed.text).toContain('Structure and writing only:');
    expect(printed.pages).toBe(1);
  });

  test('a keyword-stuffed page with every fault keeps to two pages, and says how many fixes stay on screen', async ({ page }) => {
    const skills = ['Go', 'Kafka', 'PostgreSQL', 'Redis', 'Docker', 'Kubernetes', 'AWS', 'Ruby', 'Java', 'Python', 'GraphQL', 'gRPC', 'MySQL', 'RabbitMQ'];
    const stuffed = [
      'jane',
      'Skills',
      ...skills.map((skill) => Array(9).fill(skill).join(' ')),
      'I was responsible for helping with various tasks in a team.',
    ].join('\n');
    await openScorer(page, GUIDE);
    await upload(page, textFile('stuffed.txt', stuffed));
    await page.getByLabel(/Job description/).fill(STRIPE_JOB_DESCRIPTION);
    await expect(keywordRow(page, 'Terraform')).toHaveAttribute('data-status', 'missing');
    const printed = await printReport(page);
    expect(printed.pages).toBeLessThanOrEqual(2);
    expect(printed.text).toMatch(/The 10 most pressing of \d+ fixes: the report on screen lists them all\./);
    expect(fixOrder(printed.text)).toHaveLength(10);
    expect(ascending(fixOrder(printed.text))).toBe(true);
  });

  test('printing from a dark screen puts dark text on white paper', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openScorer(page, GUIDE);
    await upload(page, textFile('resume.txt', BACKEND_RESUME));
    await expect(page.getByTestId('ats-score')).toBeVisible();
    await pressPrint(page);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const ink = await page.getByTestId('print-header').evaluate((header) => {
      const [r, g, b] = getComputedStyle(header).color.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(ink).toBeLessThan(0.3);
  });

  test("the browser's own Print command prints the same report, under the guide it sits in", async ({ page }) => {
    await page.clock.setFixedTime(new Date('2028-02-29T12:00:00'));
    await openScorer(page, GUIDE);
    await upload(page, textFile('my resume (2).txt', BACKEND_RESUME));
    await expect(page.getByTestId('ats-score')).toBeVisible();
    const printed = await paper(page);
    expect(printed.text).toContain('Printed February 29, 2028 · my resume (2).txt · scored against');
    expect(printed.text).toContain('What to fix first');
    expect(printed.text).toContain('Frequently asked questions');
    expect(printed.text).not.toContain('Found as, or how to add it');
    // The paper is gone from the page once printing ends: nothing reads the report twice.
    await expect(page.getByTestId('print-header')).toHaveCount(0);
  });
});
