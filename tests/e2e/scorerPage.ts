import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Opens a page with the scorer and waits until the island has hydrated: an upload before that would be lost. */
export async function openScorer(page: Page, path: string) {
  await page.goto(path);
  const scorer = page.getByTestId('resume-scorer');
  await expect(scorer).toHaveAttribute('data-ready', 'true');
  return scorer;
}

export async function upload(page: Page, file: UploadFile) {
  await page.getByTestId('resume-scorer').locator('input[type=file]').setInputFiles(file);
}

export const pdfFile = (name: string, bytes: Uint8Array): UploadFile => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

/** A keyword's row in the scorer's results (the guide's skill chips carry the same attribute). */
export function keywordRow(page: Page, label: string) {
  return page.getByTestId('resume-scorer').locator(`[data-keyword="${label}"]`);
}
