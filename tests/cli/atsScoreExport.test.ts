import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '@playwright/test';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { launchChromium, printPdf, twoColumnResumeHtml } from '../extract/resumeFixtures.ts';
import { atsScore } from './runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ats-export-'));


let browser: Browser;
let twoColumn: string;
beforeAll(async () => {
  browser = await launchChromium();
  twoColumn = join(dir, 'two-column.pdf');
  writeFileSync(twoColumn, await printPdf(browser, twoColumnResumeHtml()));
}, 60_000);
afterAll(() => browser?.close());

describe('ats-score --export', () => {
  it.each(['docx', 'pdf', 'txt'])('writes a one-column .%s copy of a two-column PDF and reports its read-back', async (extension) => {
    const target = join(dir, `copy.${extension}`);
    const { code, stdout } = await atsScore(twoColumn, '--guide', 'stripe/backend-developer', '--export', target);
    expect(code).toBe(0);
    expect(stdout).toContain(`ATS-safe copy written to ${target}`);
    expect(stdout).toMatch(/Read back: 5 sections, 5 bullets, contact complete, (\d+) of \1 keywords kept/);
    expect(stdout).toContain("The file's 2 columns are set as one");
    const copy = await extractDocument(new Uint8Array(readFileSync(target)), target, nodePdfjs);
    expect(copy.layout.columns).toBe(1);
    expect(copy.text).toContain('Built REST APIs in Go serving 12,000 requests per second at 99.99% uptime');
  }, 60_000);

  it('puts the read-back and the notes in the JSON', async () => {
    const target = join(dir, 'copy-json.pdf');
    const { code, stdout } = await atsScore(twoColumn, '--export', target, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { export: { format: string; readBack: { passed: boolean; pages: number }; changes: { id: string }[] } };
    expect(report.export.format).toBe('pdf');
    expect(report.export.readBack).toMatchObject({ passed: true, pages: 1 });
    expect(report.export.changes.map((note) => note.id)).toContain('one-column');
  }, 60_000);

  it('refuses a format it cannot write, before reading anything, with exit status 2', async () => {
    const target = join(dir, 'copy.odt');
    const { code, stderr } = await atsScore(twoColumn, '--export', target);
    expect(code).toBe(2);
    expect(stderr).toContain('must end in .docx, .pdf or .txt');
    expect(existsSync(target)).toBe(false);
  });

  it('says where it could not write, with exit status 2', async () => {
    const { code, stderr } = await atsScore(twoColumn, '--export', join(dir, 'no-such-folder', 'copy.pdf'));
    expect(code).toBe(2);
    expect(stderr).toContain('--export: could not write');
  }, 60_000);
});
