/**
 * The scorer in headless Chromium against the built site (`npm run bench:browser`): JavaScript a guide
 * page ships before any file is chosen, the time from file chosen to score shown, and the longest task the
 * page's main thread ran meanwhile (Long Tasks API: every task of 50 ms or more is reported), on ordinary
 * resumes and on hostile inputs. Prints figures only.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { quantile } from '../src/extract/quantile.ts';
import { launchChromium } from '../tests/extract/resumeFixtures.ts';
import { startPreview } from './previewServer.ts';
import { resumePdfWithRoles } from './resumePdfs.ts';
import { docxPackage, paragraph, wordDocument, wordHeader } from '../tests/extract/docxPackages.ts';
import { xobjectBomb } from '../tests/extract/pdfBombs.ts';
import { HOSTILE_TEXT_SHAPES } from '../tests/fixtures/hostileTexts.ts';
import { MAX_JOB_DESCRIPTION_CHARS } from '../src/limits.ts';
import { EDIT_DELAY } from '../src/islands/useResumeEdits.ts';

const GUIDE = '/guides/stripe/backend-developer/';
const RUNS = 7;
const ENGAGED_BEFORE_CHOOSING_MS = 1000;

interface BenchWindow {
  longestTask(start: number, end: number): number;
}

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Every long task the page runs is kept, from the start, and `longestTask(start, end)` gives the longest that
 * started between two moments (0 when none reached 50 ms).
 */
function recordLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as BenchWindow).longestTask = (start, end) => Math.max(0, ...tasks.filter((task) => task.start >= start && task.start <= end).map((task) => task.duration));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function openGuide(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(url + GUIDE);
  await page.locator('[data-testid="resume-scorer"][data-ready="true"]').waitFor();
  return page;
}

/**
 * Milliseconds from a file dropped on the panel until `settled` holds in it (by default: the results name
 * the file), and the longest main-thread task that started in between (0 when none reached 50 ms). The
 * file is built and dropped inside the page: Playwright's own file transfer (setInputFiles) runs on the
 * page's main thread and would be counted against the scorer.
 */
async function timeUpload(page: Page, file: Upload, settled = `Scored: ${file.name}`): Promise<{ ms: number; longestTask: number }> {
  return page.evaluate(
    ({ name, mimeType, base64, text }) => {
      const root = document.querySelector('[data-testid="resume-scorer"]')!;
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: mimeType }));
      return new Promise<{ ms: number; longestTask: number }>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!root.textContent?.includes(text)) return;
          observer.disconnect();
          const end = performance.now();
          // A long task still running when the results appear is reported when it ends: wait past it.
          setTimeout(() => resolve({ ms: end - start, longestTask: (window as unknown as BenchWindow).longestTask(start, end) }), 100);
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        root.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64'), text: settled },
  );
}

/**
 * Milliseconds from a keystroke in a bullet's field until the report is current again (the score, its
 * coaching and fixes rescored: the results stop being busy), and the longest main-thread task meanwhile.
 * The time includes the pause the page waits for before rescoring (EDIT_DELAY).
 */
async function timeEdit(page: Page, run: number): Promise<{ ms: number; longestTask: number }> {
  return page.evaluate((run) => {
    const field = document.querySelector<HTMLTextAreaElement>('#bullet-1')!;
    const results = document.querySelector('.scorer__results')!;
    return new Promise<{ ms: number; longestTask: number }>((resolve) => {
      let busy = false;
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const now = results.getAttribute('aria-busy') === 'true' || document.querySelector('[data-testid="fix-list"][aria-busy="true"]') !== null;
        if (now) busy = true;
        else if (busy) {
          observer.disconnect();
          const end = performance.now();
          setTimeout(() => resolve({ ms: end - start, longestTask: (window as unknown as BenchWindow).longestTask(start, end) }), 100);
        }
      });
      observer.observe(document.querySelector('[data-testid="resume-scorer"]')!, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      field.focus();
      field.value = `${field.value} ${run}`;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, run);
}

/**
 * Milliseconds from picking a format in the ATS-safe copy panel until its copy is written, read back and
 * offered (the download button names the file), and the longest main-thread task meanwhile.
 */
async function timeExport(page: Page, trigger: string, extension: string): Promise<{ ms: number; longestTask: number }> {
  return page.evaluate(
    ({ trigger, extension }) => {
      const panel = document.querySelector('[data-testid="export-copy"]')!;
      return new Promise<{ ms: number; longestTask: number }>((resolve) => {
        const start = performance.now();
        const ready = () =>
          panel.querySelector('.export-copy__body')?.getAttribute('aria-busy') === 'false' &&
          (panel.querySelector('[data-testid="copy-download"]')?.textContent ?? '').includes(`.${extension} (`);
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          const end = performance.now();
          setTimeout(() => resolve({ ms: end - start, longestTask: (window as unknown as BenchWindow).longestTask(start, end) }), 100);
        });
        observer.observe(panel, { subtree: true, attributes: true, childList: true, characterData: true });
        panel.querySelector<HTMLElement>(trigger)!.click();
      });
    },
    { trigger, extension },
  );
}

const pdfUpload = (name: string, pdf: Uint8Array): Upload => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
const textUpload = (name: string, text: string): Upload => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
const docxUpload = (name: string, docx: Uint8Array): Upload => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
const docxLines = (count: number) => wordDocument(Array.from({ length: count }, (_, i) => paragraph([[`Line ${i}: built payment APIs in Go`]])).join(''));

async function shippedJavaScript(browser: Browser, url: string): Promise<{ files: number; raw: number; gzip: number }> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url + GUIDE, { waitUntil: 'networkidle' });
  const buffers = await Promise.all(bodies);
  await page.close();
  return { files: buffers.length, raw: buffers.reduce((sum, body) => sum + body.length, 0), gzip: buffers.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) };
}

const { url, stop } = await startPreview(4331);
const browser = await launchChromium();
try {
  const js = await shippedJavaScript(browser, url);
  console.log(`JavaScript a guide page loads before any file is chosen: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KB, ${(js.gzip / 1024).toFixed(1)} KB gzip\n`);

  const pdfs = { '1-page': await resumePdfWithRoles(browser, 1), '3-page': await resumePdfWithRoles(browser, 12) };
  const ms = (samples: number[]) => `median ${quantile(samples, 0.5).toFixed(0)} ms (min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)})`;
  const longest = (samples: { longestTask: number }[]) => `${Math.max(...samples.map((sample) => sample.longestTask)).toFixed(0)} ms`;
  for (const [label, pdf] of Object.entries(pdfs)) {
    const first: { ms: number; longestTask: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await openGuide(browser, url);
      await page.getByTestId('resume-scorer').hover();
      await page.waitForTimeout(ENGAGED_BEFORE_CHOOSING_MS);
      first.push(await timeUpload(page, pdfUpload(`first-${run}.pdf`, pdf)));
      await page.close();
    }
    const page = await openGuide(browser, url);
    await page.getByTestId('resume-scorer').hover();
    await timeUpload(page, pdfUpload('warm-up.pdf', pdf));
    const later: { ms: number; longestTask: number }[] = [];
    for (let run = 0; run < RUNS; run++) later.push(await timeUpload(page, pdfUpload(`later-${run}.pdf`, pdf)));
    await page.close();
    console.log(
      `${label} PDF, file chosen → score shown: first file ${ms(first.map((sample) => sample.ms))}; later files ${ms(later.map((sample) => sample.ms))}; longest main-thread task ${longest([...first, ...later])}`,
    );
  }

  console.log(`\nA keystroke in a bullet → score, coaching and fixes current again (includes the ${EDIT_DELAY} ms pause before a rescore):`);
  for (const [label, pdf] of Object.entries(pdfs)) {
    const page = await openGuide(browser, url);
    await timeUpload(page, pdfUpload('edited.pdf', pdf));
    await page.locator('[data-testid="fix-list"][aria-busy="false"]').waitFor();
    const edits: { ms: number; longestTask: number }[] = [];
    for (let run = 0; run < RUNS; run++) edits.push(await timeEdit(page, run));
    await page.close();
    console.log(`  ${label} PDF: ${ms(edits.map((sample) => sample.ms))}; longest main-thread task ${longest(edits)}`);
  }

  console.log('\nATS-safe copy: format picked → copy written, read back and offered (first copy of a format loads its writer):');
  const formats = [
    ['docx', 'docx'],
    ['pdf', 'pdf'],
    ['text', 'txt'],
  ] as const;
  for (const [label, pdf] of Object.entries(pdfs)) {
    const page = await openGuide(browser, url);
    await timeUpload(page, pdfUpload('copied.pdf', pdf));
    // The panel loads with the coaching, after the first report.
    await page.getByTestId('export-open').waitFor();
    // The panel opens on DOCX (its first copy is timed from the click that opens it), then every format in turn.
    const samples = new Map<string, { ms: number; longestTask: number }[]>([['docx', [await timeExport(page, '[data-testid="export-open"]', 'docx')]]]);
    for (let run = 0; run <= RUNS; run++) {
      for (const [format, extension] of run === 0 ? formats.slice(1) : formats) {
        samples.set(format, [...(samples.get(format) ?? []), await timeExport(page, `[data-testid="copy-format-${format}"]`, extension)]);
      }
    }
    await page.close();
    for (const [format, [first, ...later]] of samples) {
      console.log(`  ${label} PDF as ${format.padEnd(4)}: first ${first!.ms.toFixed(0)} ms; later ${ms(later.map((sample) => sample.ms))}; longest main-thread task ${longest([first!, ...later])}`);
    }
  }

  console.log('\nHostile inputs, file chosen → settled, and the longest main-thread task meanwhile:');
  const hostile: [string, Upload, string?][] = [
    ...Object.entries(HOSTILE_TEXT_SHAPES).map(([shape, make]): [string, Upload] => [`90 KB text: ${shape}`, textUpload(`${shape}.txt`, make(90))]),
    ['120 KB text: over the resume cap', textUpload('long.txt', HOSTILE_TEXT_SHAPES['many short lines']!(120)), 'We could not read this file'],
    ['DOCX of 2,500 paragraphs (under every cap)', docxUpload('long.docx', docxPackage(docxLines(2500)))],
    ['DOCX of 100,000 paragraphs (refused by count)', docxUpload('huge.docx', docxPackage(docxLines(100_000))), 'We could not read this file'],
    ['DOCX header of 200,000 unclosed paragraphs', docxUpload('header.docx', docxPackage(docxLines(20), { 'word/header1.xml': wordHeader('<w:p>'.repeat(200_000)) })), 'We could not read this file'],
    ['endless PDF (nested drawings): until the budget stops it', pdfUpload('endless.pdf', xobjectBomb({ depth: 12, fanout: 10, innermost: 'paths' })), 'We could not read this file'],
  ];
  const page = await openGuide(browser, url);
  await page.getByTestId('resume-scorer').hover();
  await page.getByLabel(/Job description/).fill(HOSTILE_TEXT_SHAPES['requirement-like lines']!(MAX_JOB_DESCRIPTION_CHARS / 1024 - 1));
  for (const [label, file, settled] of hostile) {
    const result = await timeUpload(page, file, settled);
    console.log(`  ${label.padEnd(62)} ${result.ms.toFixed(0).padStart(6)} ms   longest task ${result.longestTask.toFixed(0).padStart(4)} ms`);
  }
  await page.close();
} finally {
  await browser.close();
  stop();
}
