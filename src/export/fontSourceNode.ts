import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSource, UnicodeFont } from './fontSource.ts';

const require = createRequire(import.meta.url);
let loading: Promise<UnicodeFont> | undefined;

/** DejaVu Sans from the installed `dejavu-fonts-ttf` package (the CLI and the tests). */
export const nodeFonts: FontSource = {
  load: () =>
    (loading ??= Promise.all([
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }))),
};
