import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractPdfText } from '../../src/extract/extractPdfText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS_PER_PAGE, PDF_TIME_BUDGET_MS } from '../../src/limits.ts';
import { countWords } from '../../src/text/countWords.ts';
import type { ExtractError, ExtractProgress, PdfjsSource } from '../../src/extract/types.ts';
import { textPdf, US_LETTER, xobjectBomb, type PlacedText } from './pdfBombs.ts';
import {
  CANDIDATE,
  CONTACT_LINE,
  launchChromium,
  manyPagesHtml,
  ONE_COLUMN_RESUME_TEXT,
  oneColumnResumeHtml,
  PAGE_FOOTER_TEMPLATE,
  printPdf,
  scannedResumeHtml,
  screenshotPng,
  SIDEBAR_LINES,
  TWO_COLUMN_RESUME_TEXT,
  twoColumnResumeHtml,
  twoPageResumeHtml,
} from './resumeFixtures.ts';

/** Makes every page of `task` send no text, as pdf.js does while its worker thread expands a bomb. */
async function stallText(task: PDFDocumentLoadingTask, onStalled: () => void): Promise<void> {
  const pdf = await task.promise;
  const getPage = pdf.getPage.bind(pdf);
  pdf.getPage = async (number) =>
    Object.assign(await getPage(number), {
      streamTextContent: () => {
        onStalled();
        return new ReadableStream();
      },
    });
}

/**
 * pdf.js from Node, recording each loading task so tests can check that every one was destroyed; with
 * `onStalled`, pages never send their text and `onStalled` is called when one is asked for.
 */
function recordingPdfjs({ onStalled }: { onStalled?: () => void } = {}): PdfjsSource & { tasks: PDFDocumentLoadingTask[] } {
  const tasks: PDFDocumentLoadingTask[] = [];
  return {
    tasks,
    load: async () => {
      const { getDocument } = await nodePdfjs.load();
      return {
        getDocument: (source) => {
          const task = getDocument(source);
          tasks.push(task);
          if (onStalled) void stallText(task, onStalled);
          return task;
        },
      };
    },
  };
}

async function extractionError(promise: Promise<unknown>): Promise<ExtractError> {
  return promise.then(
    () => expect.unreachable('extraction should have failed'),
    (error: unknown) => error as ExtractError,
  );
}

describe('extractPdfText on PDFs printed by Chromium', { timeout: 30_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a one-column resume line by line, repairing ligatures, hyphenation and letter spacing', async () => {
    const pdfjs = recordingPdfjs();
    const progress: ExtractProgress[] = [];
    const document = await extractPdfText(await printPdf(browser, oneColumnResumeHtml()), pdfjs, {
      onProgress: (step) => progress.push(step),
    });
    expect(document).toEqual({
      lines: expect.any(Array),
      format: 'pdf',
      text: ONE_COLUMN_RESUME_TEXT,
      pages: 1,
      words: countWords(ONE_COLUMN_RESUME_TEXT),
      layout: { columns: 1, headerFooterText: [], undecodableChars: 0, ligaturesRepaired: 2, hyphenationsJoined: 1, hiddenText: [], producer: 'chromium', links: [], pictures: null },
    });
    expect(document.text).toContain('financial settlement');
    expect(document.text).toContain('release workflow');
    expect(progress).toEqual([{ page: 1, pages: 1 }]);
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });

  it('reads a two-column resume column by column: header, the whole sidebar, then the main column', async () => {
    const document = await extractPdfText(await printPdf(browser, twoColumnResumeHtml()), nodePdfjs);
    expect(document.text).toBe(TWO_COLUMN_RESUME_TEXT);
    expect(document.layout.columns).toBe(2);

    const lines = document.text.split('\n').filter((line) => line !== '');
    expect(lines.slice(0, 2)).toEqual([CANDIDATE.name, CONTACT_LINE]);
    const sidebarStart = lines.indexOf('SKILLS');
    expect(lines.slice(sidebarStart, sidebarStart + SIDEBAR_LINES.length)).toEqual(SIDEBAR_LINES);
    expect(lines.indexOf('SUMMARY')).toBe(sidebarStart + SIDEBAR_LINES.length);
  });

  it('moves a running "Page 1 of 2" footer out of the body into headerFooterText', async () => {
    const progress: ExtractProgress[] = [];
    const bytes = await printPdf(browser, twoPageResumeHtml(), { footerTemplate: PAGE_FOOTER_TEMPLATE });
    const document = await extractPdfText(bytes, nodePdfjs, { onProgress: (step) => progress.push(step) });
    expect(document.pages).toBe(2);
    expect(document.layout.headerFooterText).toEqual(['Jane Doe — Page 1 of 2']);
    expect(document.text).not.toMatch(/Page \d of 2/);
    expect(document.text.split('\n').slice(0, 2)).toEqual([CANDIDATE.name, CONTACT_LINE]);
    expect(document.text.endsWith('Software Engineer, Initech 6 2015 – 2016\n• Maintained billing jobs in Go and PostgreSQL for 7 teams')).toBe(true);
    expect(progress).toEqual([
      { page: 1, pages: 2 },
      { page: 2, pages: 2 },
    ]);
  });

  it('rejects a scanned page (a picture of a resume) as having no text layer', async () => {
    const picture = await screenshotPng(browser, oneColumnResumeHtml());
    const error = await extractionError(extractPdfText(await printPdf(browser, scannedResumeHtml(picture)), nodePdfjs));
    expect(error).toMatchObject({
      kind: 'no-text-layer',
      message: 'This PDF is a scanned image: an ATS reads no text from it. Export it from your editor as a text PDF or upload the DOCX.',
    });
  });

  it(`rejects more than ${MAX_PDF_PAGES} pages before reading any`, async () => {
    const progress: ExtractProgress[] = [];
    const pdfjs = recordingPdfjs();
    const error = await extractionError(
      extractPdfText(await printPdf(browser, manyPagesHtml(25)), pdfjs, { onProgress: (step) => progress.push(step) }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('25 pages; a resume has 1–3 pages');
    expect(progress).toEqual([]);
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });

  it('reports a cut-off PDF as corrupt, destroying the loading task', async () => {
    const bytes = await printPdf(browser, oneColumnResumeHtml());
    const pdfjs = recordingPdfjs();
    const error = await extractionError(extractPdfText(bytes.subarray(0, Math.floor(bytes.length / 3)), pdfjs));
    expect(error.kind).toBe('corrupt');
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });
});

describe('extractPdfText on committed and garbled files', () => {
  it('reports a password-protected PDF as encrypted', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/extract/encrypted.pdf', import.meta.url)));
    const pdfjs = recordingPdfjs();
    const error = await extractionError(extractPdfText(bytes, pdfjs));
    expect(error).toMatchObject({ kind: 'encrypted', message: expect.stringContaining('password-protected') });
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });

  it('reports garbage after a PDF header as corrupt', async () => {
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 251);
    const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...garbage]);
    expect((await extractionError(extractPdfText(bytes, nodePdfjs))).kind).toBe('corrupt');
  });

  it('leaves the bytes it was given intact (pdf.js gets a copy)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/extract/encrypted.pdf', import.meta.url)));
    const before = bytes.byteLength;
    await extractionError(extractPdfText(bytes, nodePdfjs));
    expect(bytes.byteLength).toBe(before);
  });
});

describe('extractPdfText on pages of nested drawing instructions', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    { depth: 3, fanout: 30 },
    { depth: 5, fanout: 10 },
    { depth: 9, fanout: 10 },
  ])(`refuses a page whose forms, $depth deep and drawn $fanout times each, yield more than ${MAX_PDF_TEXT_ITEMS_PER_PAGE} text items`, async (shape) => {
    const pdfjs = recordingPdfjs();
    const error = await extractionError(extractPdfText(xobjectBomb({ ...shape, innermost: 'text' }), pdfjs));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/^This PDF is built in a way no resume is: one page expands to more than 20,000 pieces of text .* upload the DOCX\.$/);
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });

  it('reads nested forms that stay under the item cap', async () => {
    const document = await extractPdfText(xobjectBomb({ depth: 2, fanout: 100, innermost: 'text' }), nodePdfjs);
    expect(document.text.replace(/\s/g, '')).toBe('x'.repeat(100 * 100));
  });

  it('refuses a page that is still sending text when the time budget runs out (checked between chunks: no timer fires meanwhile in Node)', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 10));
    const pdfjs = recordingPdfjs();
    // 10,000 text items, under the item cap, at 10 ms or more each on this clock.
    const error = await extractionError(extractPdfText(xobjectBomb({ depth: 4, fanout: 10, innermost: 'text' }), pdfjs));
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringContaining(`reading it takes more than ${PDF_TIME_BUDGET_MS / 1000} seconds`) });
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });

  it('refuses a page that sends no text for the whole time budget, as when pdf.js runs on its own thread', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { promise: stalled, resolve: onStalled } = Promise.withResolvers<void>();
    const pdfjs = recordingPdfjs({ onStalled });
    const extraction = extractionError(extractPdfText(textPdf([{ text: 'Jane Doe, backend engineer: Go, Kafka, PostgreSQL', x: 72, y: 700, size: 11 }]), pdfjs));
    await stalled;
    await vi.advanceTimersByTimeAsync(PDF_TIME_BUDGET_MS);
    expect(await extraction).toMatchObject({ kind: 'too-large', message: expect.stringContaining('from drawing instructions repeated inside each other') });
    expect(pdfjs.tasks.map((task) => task.destroyed)).toEqual([true]);
  });
});

describe('extractPdfText on text a reader cannot see', () => {
  const BODY = ['Jane Doe', 'Backend engineer: REST APIs in Go for card payments', 'Ran Kafka pipelines at 3 million events a day'];

  /** The resume body and a 6 pt footer inside `box`, and text planted outside it and in 1 pt type. */
  function resumeWithPlantedText([left = 0, bottom = 0, right = 0, top = 0]: readonly number[], outside: { x: number; y: number }): PlacedText[] {
    return [
      ...BODY.map((text, i) => ({ text, x: left + 72, y: top - 72 - 16 * i, size: 11 })),
      { text: 'References available on request', x: left + 72, y: bottom + 30, size: 6 },
      { text: 'Kubernetes Terraform AWS', x: outside.x, y: outside.y, size: 11 },
      { text: 'Rust Elixir Scala', x: (left + right) / 2, y: (bottom + top) / 2, size: 1 },
    ];
  }

  it.each([
    ['left of a Letter page', US_LETTER, { x: -300, y: 400 }],
    ['above a Letter page', US_LETTER, { x: 72, y: 900 }],
    ['right of a page whose box starts at (200, 100)', [200, 100, 812, 892], { x: 850, y: 400 }],
    ['below a page whose box starts at (200, 100)', [200, 100, 812, 892], { x: 300, y: 50 }],
  ])('leaves out text placed %s (pdf.js drops it unseen) and 1 pt text (reported), keeping 6 pt small print', async (_, box, outside) => {
    const document = await extractPdfText(textPdf(resumeWithPlantedText(box, outside), box), nodePdfjs);
    expect(document.text).toBe([...BODY, '', 'References available on request'].join('\n'));
    expect(document.layout.hiddenText).toEqual([{ kind: 'tiny-text', chars: 17, sample: 'Rust Elixir Scala' }]);
  });
});
