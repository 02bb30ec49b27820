import type { LoadedPdfjs, PdfjsSource } from './types.ts';

let loaded: Promise<LoadedPdfjs> | undefined;

/**
 * pdf.js for the browser: the module and its worker (a same-origin file) load on the first call, and one
 * worker parses every later file.
 */
export const browserPdfjs: PdfjsSource = {
  load() {
    loaded ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, workerUrl]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl.default;
      return { getDocument: pdfjs.getDocument, worker: new pdfjs.PDFWorker() };
    });
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  },
};

/** Starts loading pdf.js and its worker before a file is chosen, so the first PDF does not wait for them. */
export function warmPdfWorker(): void {
  browserPdfjs.load().catch(() => {
    // Reported when a PDF is actually read.
  });
}
