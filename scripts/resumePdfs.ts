import type { Browser } from '@playwright/test';
import { printPdf } from '../tests/extract/resumeFixtures.ts';
import { resumeWithRoles } from '../tests/scorer/resumeTexts.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A resume printed by Chromium with `roles` roles beyond BACKEND_RESUME's (1 fills a page, 12 three), for the benchmarks. */
export async function resumePdfWithRoles(browser: Browser, roles: number): Promise<Uint8Array> {
  const body = resumeWithRoles(roles)
    .split('\n')
    .map((line) => (line.startsWith('• ') ? `<li>${escapeHtml(line.slice(2))}</li>` : `<p>${escapeHtml(line) || '&nbsp;'}</p>`))
    .join('');
  const style = "body { font-family: 'DejaVu Sans', sans-serif; font-size: 12px; line-height: 1.5; } p, li { margin: 0 0 5px; } li { list-style: '• '; }";
  return printPdf(browser, `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`);
}
