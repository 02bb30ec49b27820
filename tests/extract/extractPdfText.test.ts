import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText, MAX_PDF_PAGES } from '../../src/extract/extractPdfText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { countWords } from '../../src/text/countWords.ts';
import type { ExtractError, ExtractProgress, PdfjsSource } from '../../src/extract/types.ts';
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

/** pdf.js from Node, recording each loading task so tests can check that every one was destroyed. */
function recordingPdfjs(): PdfjsSource & { tasks: PDFDocumentLoadingTask[] } {
  const tasks: PDFDocumentLoadingTask[] = [];
  return {
    tasks,
    load: async () => {
      const { getDocument } = await nodePdfjs.load();
      return {
        getDocument: (source) => {
          const task = getDocument(source);
          tasks.push(task);
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
      format: 'pdf',
      text: ONE_COLUMN_RESUME_TEXT,
      pages: 1,
      words: countWords(ONE_COLUMN_RESUME_TEXT),
      layout: { columns: 1, headerFooterText: [], undecodableChars: 0, ligaturesRepaired: 2, hyphenationsJoined: 1 },
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
