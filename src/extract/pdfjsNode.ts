import type { LoadedPdfjs, PdfjsSource } from './types.ts';

let loading: Promise<LoadedPdfjs> | undefined;

/**
 * pdf.js for Node (the CLI and the tests): the legacy build, which parses in-process on pdf.js's "fake
 * worker", so it needs no workerSrc. Imported on the first PDF only.
 */
export const nodePdfjs: PdfjsSource = {
  load: () => (loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then(({ getDocument }) => ({ getDocument }))),
};
