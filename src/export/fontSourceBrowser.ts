import type { FontSource, UnicodeFont } from './fontSource.ts';

let loading: Promise<UnicodeFont> | undefined;

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font for the PDF copy did not load (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** DejaVu Sans as files of this site (Vite copies them at build): fetched once, only for a copy that needs it. */
export const browserFonts: FontSource = {
  load() {
    loading ??= Promise.all([import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'), import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url')]).then(
      async ([regular, bold]) => ({ regular: await fontBytes(regular.default), bold: await fontBytes(bold.default) }),
    );
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  },
};
