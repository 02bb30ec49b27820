import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf, xobjectBomb, type PlacedText } from '../extract/pdfBombs.ts';
import { buildDocx, launchChromium, oneColumnResumeHtml, printPdf, screenshotPng, twoColumnResumeHtml } from '../extract/resumeFixtures.ts';
import { BACKEND_RESUME, STRIPE_JOB_DESCRIPTION } from '../scorer/resumeTexts.ts';
import { readGuide } from '../../src/schemas/readGuide.ts';
import { atsScore } from './runCli.ts';

const ENCRYPTED = fileURLToPath(new URL('../fixtures/extract/encrypted.pdf', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ats-score-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};


const json = async (...args: string[]) => {
  const run = await atsScore(...args, '--json');
  return {
    ...run,
    report: JSON.parse(run.stdout) as Record<string, unknown> & {
      keywords: { label: string; status: string; inContext: boolean; matchedTerms: string[] }[];
      warnings: { id: string; message: string }[];
    },
  };
};

let browser: Browser;
let onePdf: string;
let twoPdf: string;
let png: Uint8Array;

beforeAll(async () => {
  browser = await launchChromium();
  onePdf = file('one-column.pdf', await printPdf(browser, oneColumnResumeHtml()));
  twoPdf = file('two-column.pdf', await printPdf(browser, twoColumnResumeHtml()));
  png = await screenshotPng(browser, '<p>a picture of a resume</p>');
}, 60_000);

afterAll(() => browser.close());

// A backend guide whose keywords hold Go (required) and Rust, which the fixture resumes have and lack.
const GUIDE = 'datadog/backend-developer';
const guideMistakes = readGuide(fileURLToPath(new URL('../../content', import.meta.url)), GUIDE).mistakes.length;

describe('scoring files', () => {
  it('scores a PDF against a guide, as the contract says', async () => {
    const { code, report } = await json(onePdf, '--guide', GUIDE);
    expect(code).toBe(0);
    expect(report).toMatchObject({ file: 'one-column.pdf', ok: true, error: null, pages: 1, sections: ['Summary', 'Experience', 'Education', 'Skills'], warnings: [] });
    expect(report.score).toEqual(expect.any(Number));
    expect(report.contact).toMatchObject({ email: 'jane.doe@example.com', phone: '+1 (555) 010-0199', github: 'github.com/janedoe' });
    expect(report.keywords.find((keyword) => keyword.label === 'Go')).toMatchObject({ status: 'matched', inContext: true, matchedTerms: ['Go'] });
    expect(report.keywords.find((keyword) => keyword.label === 'Rust')).toMatchObject({ status: 'missing' });
    expect(report.text).toContain('Moved financial settlement to Kafka');
    expect((report.checks as unknown[]).length).toBe(guideMistakes);
  });

  it('reports the columns of a two-column PDF', async () => {
    const { report } = await json(twoPdf, '--guide', GUIDE);
    const structure = (report.breakdown as { category: string; findings: { message: string }[] }[]).find((part) => part.category === 'structure');
    expect(structure?.findings.map((finding) => finding.message).join('\n')).toMatch(/Text in 2 columns/);
  });

  it('scores a DOCX, with a readable report by default', async () => {
    const { code, stdout } = await atsScore(file('resume.docx', await buildDocx()), '--guide', GUIDE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^resume\.docx: ATS score \d+\/100 against Backend Developer Resume ATS Guide for Datadog/);
    expect(stdout).toMatch(/✓ Go +required +core +Go ×\d+, shown in experience/);
    expect(stdout).toContain('Common mistakes');
  });

  it('scores text against an ad-hoc keyword list resolved through the taxonomy', async () => {
    const { report } = await json(file('resume.txt', BACKEND_RESUME), '--keywords', 'golang, Postgres,Elixir');
    expect(report.keywords.map((keyword) => [keyword.label, keyword.status])).toEqual([
      ['Go', 'matched'],
      ['PostgreSQL', 'matched'],
      ['Elixir', 'missing'],
    ]);
  });

  it('adds a job description file to the guide', async () => {
    const { report } = await json(file('resume.txt', BACKEND_RESUME), '--guide', GUIDE, '--jd', file('jd.txt', STRIPE_JOB_DESCRIPTION));
    expect(report.keywords.find((keyword) => keyword.label === 'Terraform')).toMatchObject({ status: 'missing' });
  });

  it("checks the posting's title, years and degree, in the report and in the JSON", async () => {
    const resume = file('resume.txt', BACKEND_RESUME);
    const posting = file('jd.txt', STRIPE_JOB_DESCRIPTION.replace('- Experience with PostgreSQL', "- A master's degree in Computer Science\n- Experience with PostgreSQL"));
    const { stdout } = await atsScore(resume, '--jd', posting);
    expect(stdout).toContain('What the posting asks (reported, not scored)');
    expect(stdout).toContain(`✓ Job title  met         Your resume names the posting's title`);
    expect(stdout).toContain("✗ Degree     not met     The posting asks for a master's degree in Computer Science; your Education section shows a bachelor's degree.");
    const { report } = await json(resume, '--jd', posting);
    expect((report.posting as { matches: { fact: string; status: string }[] }).matches.map(({ fact, status }) => [fact, status])).toEqual([
      ['title', 'met'],
      ['years', 'met'],
      ['education', 'not-met'],
    ]);
  }, 20_000);

  it('scores without any keyword list, and says how to add one', async () => {
    const { code, stdout } = await atsScore(file('resume.txt', BACKEND_RESUME));
    expect(code).toBe(0);
    expect(stdout).toContain('against general checks (no keyword list: use --guide, --jd or --keywords)');
  });
});

describe('files that cannot be scored exit 1 with the kind and a message', () => {
  it.each([
    ['empty', () => file('empty.pdf', '')],
    ['encrypted', () => ENCRYPTED],
    ['unsupported-type', () => file('photo.pdf', png)],
    ['corrupt', () => file('broken.pdf', readFileSync(onePdf).subarray(0, 1500))],
  ])('%s', async (kind, path) => {
    const { code, report } = await json(path());
    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, error: { kind } });
    expect((report.error as { message: string }).message.length).toBeGreaterThan(30);
  });

  it('says so on stderr without --json', async () => {
    const { code, stdout, stderr } = await atsScore(file('empty.txt', ''));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ats-score: empty\.txt: "empty\.txt" is empty \(0 bytes\)\..*\(empty\)\n$/);
  });

  it('names the job description when it is the file at fault', async () => {
    const { code, report } = await json(file('resume.txt', BACKEND_RESUME), '--jd', file('jd.pdf', png));
    expect(code).toBe(1);
    expect((report.error as { message: string }).message).toMatch(/^Job description \(jd\.pdf\): /);
  });
});

describe('files built to exhaust the reader exit 1 as too-large, however they are built', () => {
  // Refused at the item cap within a few seconds of CPU (a machine too busy to give it those in 20 s stops it at the time budget).
  it('a page of nested forms that yields millions of text items', async () => {
    const bomb = file('text-bomb.pdf', xobjectBomb({ depth: 6, fanout: 10, innermost: 'text' }));
    const { code, report } = await json(bomb);
    expect(code).toBe(1);
    expect(report).toEqual({
      file: 'text-bomb.pdf',
      ok: false,
      error: { kind: 'too-large', message: expect.stringContaining('built in a way no resume is') },
    });

    const readable = await atsScore(bomb);
    expect(readable.code).toBe(1);
    expect(readable.stderr).toMatch(/^ats-score: text-bomb\.pdf: .*built in a way no resume is.* \(too-large\)\n$/);
  }, 30_000);

  // The one slow test (the 20 s budget): no text item ever arrives, so extractPdfText's checks never run and
  // only the extraction thread's limits stop it; the time budget comes before the 512 MB heap cap.
  it('a font glyph of nested path-only forms that pdf.js expands without end, stopped by the extraction thread', async () => {
    const { code, report } = await json(file('path-bomb.pdf', xobjectBomb({ depth: 7, fanout: 10, innermost: 'paths' })));
    expect(code).toBe(1);
    expect(report).toEqual({
      file: 'path-bomb.pdf',
      ok: false,
      error: { kind: 'too-large', message: expect.stringMatching(/^"path-bomb\.pdf" needed more than (20 seconds|512 MB of memory) to read, .* Export it again from your editor as PDF or DOCX\.$/) },
    });
  }, 60_000);
});

describe('text a reader cannot see', () => {
  const body: PlacedText[] = [
    'Jane Doe',
    'jane.doe@example.com | +1 (555) 010-0199',
    'EXPERIENCE',
    'Backend Engineer, Acme 2019 - 2024',
    'Built payment APIs in Go and PostgreSQL for 4 teams',
  ].map((text, i) => ({ text, x: 72, y: 720 - 18 * i, size: 11 }));
  const planted: PlacedText[] = [
    { text: 'Kubernetes Terraform Rust', x: 72, y: 400, size: 1 },
    { text: 'Kubernetes Terraform Rust', x: 72, y: 1200, size: 11 },
  ];

  it('neither matches a keyword nor raises the score, and is reported as a warning', async () => {
    const keywords = ['--keywords', 'Go, Kubernetes, Terraform, Rust'];
    const stuffedPdf = file('stuffed.pdf', textPdf([...body, ...planted]));
    const [clean, stuffed, readable] = await Promise.all([
      json(file('clean.pdf', textPdf(body)), ...keywords),
      json(stuffedPdf, ...keywords),
      atsScore(stuffedPdf, ...keywords),
    ]);
    expect(stuffed.code).toBe(0);
    expect(stuffed.report.score).toBe(clean.report.score);
    expect(stuffed.report.keywords.map((keyword) => [keyword.label, keyword.status])).toEqual([
      ['Go', 'matched'],
      ['Kubernetes', 'missing'],
      ['Terraform', 'missing'],
      ['Rust', 'missing'],
    ]);
    expect(stuffed.report.warnings).toEqual([{ id: 'hidden-text', message: expect.stringContaining('Kubernetes Terraform Rust') }]);
    expect(clean.report.warnings).toEqual([]);
    expect(readable.stdout).toContain(`\n! ${stuffed.report.warnings[0]?.message}\n`);
  }, 15_000);
});

it('runs as `npx ats-score` from the project', async () => {
  const { stdout } = await promisify(execFile)('npx', ['--no-install', 'ats-score', file('resume.txt', BACKEND_RESUME), '--keywords', 'Kafka', '--json'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  expect(JSON.parse(stdout)).toMatchObject({ ok: true, keywords: [{ label: 'Kafka', status: 'matched' }] });
  // npx's own start-up comes on top of the CLI's and its extraction thread's.
}, 15_000);

describe('bad usage exits 2 with the usage', () => {
  it.each([
    ['no file', []],
    ['two files', ['a.txt', 'b.txt']],
    ['an unknown option', ['resume.txt', '--colour']],
    ['a missing file', [join(dir, 'nope.pdf')]],
  ])('%s', async (_, args) => {
    const { code, stderr } = await atsScore(...args);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: ats-score');
  });

  it('lists the guides when the guide is unknown', async () => {
    const { code, stderr } = await atsScore(file('resume.txt', BACKEND_RESUME), '--guide', 'stripe/astronaut');
    expect(code).toBe(2);
    expect(stderr).toMatch(/No guide "stripe\/astronaut".*Guides: .*stripe\/backend-developer/);
  });
});
