/*
 * Real resume files made in the tests themselves: PDFs printed by Chromium from HTML, DOCX written by the
 * `docx` library, and hand-made ZIP archives. Shared by the extraction, CLI and e2e tests.
 */
import { chromium, type Browser } from '@playwright/test';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  Textbox,
  TextRun,
  WidthType,
} from 'docx';
import { findChromium } from '../e2e/findChromium.ts';

export const CANDIDATE = {
  name: 'Jane Doe',
  location: 'Seattle, WA',
  email: 'jane.doe@example.com',
  phone: '+1 (555) 010-0199',
  linkedin: 'linkedin.com/in/janedoe',
  github: 'github.com/janedoe',
} as const;

export const CONTACT_LINE = [CANDIDATE.location, CANDIDATE.email, CANDIDATE.phone, CANDIDATE.linkedin, CANDIDATE.github].join(' | ');

/** DejaVu Sans maps its ligature glyphs back to text in the PDF, as editors' fonts do; Chromium on Debian has it. */
const STYLE = `
  @page { size: Letter; margin: 0.6in; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 11px; line-height: 1.35; margin: 0; color: #222; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  h2 { font-size: 13px; margin: 16px 0 6px; text-transform: uppercase; }
  p { margin: 0 0 4px; }
  ul { margin: 0 0 8px; padding-left: 16px; list-style: '• '; }
  .role { display: flex; justify-content: space-between; font-weight: bold; margin-top: 8px; }
  .spaced { letter-spacing: 0.3em; }
`;

function page(body: string, style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}${style}</style></head><body>${body}</body></html>`;
}

const HEADER = `<h1>${CANDIDATE.name}</h1><p>${CONTACT_LINE}</p>`;

const EXPERIENCE = `
  <div class="role"><span>Senior Backend Engineer, Acme Payments</span><span>Jan 2021 – Present</span></div>
  <ul>
    <li>Built REST APIs in Go serving 12,000 requests per second at 99.99% uptime</li>
    <li>Cut PostgreSQL query latency by 40% with partitioning and covering indexes</li>
    <li>Moved ﬁnancial settlement to Kafka, processing 3 million events a day</li>
  </ul>
  <div class="role"><span>Backend Engineer, Globex</span><span>Jun 2017 – Dec 2020</span></div>
  <ul>
    <li>Ran 40 services on Kubernetes with zero-downtime deploys</li>
    <li>Automated the release workﬂow: deploys take 15 minutes, not 2 hours</li>
  </ul>`;

/**
 * One column, as most templates: letter-spaced headings (by CSS letter-spacing, and typed "S K I L L S"),
 * literal ligature characters (ﬁ, ﬂ), a word hyphenated at a line break, "• " bullets, right-aligned dates.
 */
export function oneColumnResumeHtml(): string {
  return page(`
    ${HEADER}
    <h2>Summary</h2>
    <p>Backend engineer with 7 years building payment systems: highly distri-<br>buted services in Go and PostgreSQL.</p>
    <h2 class="spaced">Experience</h2>
    ${EXPERIENCE}
    <h2>Education</h2>
    <div class="role"><span>B.Sc. Computer Science, University of Washington</span><span>2013 – 2017</span></div>
    <h2>S K I L L S</h2>
    <p>Go, PostgreSQL, Kafka, Kubernetes, REST APIs, Docker, gRPC</p>`);
}

/** How EXPERIENCE reads, in both layouts. */
const EXPERIENCE_TEXT = `EXPERIENCE
Senior Backend Engineer, Acme Payments Jan 2021 – Present
• Built REST APIs in Go serving 12,000 requests per second at 99.99% uptime
• Cut PostgreSQL query latency by 40% with partitioning and covering indexes
• Moved financial settlement to Kafka, processing 3 million events a day

Backend Engineer, Globex Jun 2017 – Dec 2020
• Ran 40 services on Kubernetes with zero-downtime deploys
• Automated the release workflow: deploys take 15 minutes, not 2 hours`;

/** The lines `oneColumnResumeHtml` reads as: what an ATS gets from it. */
export const ONE_COLUMN_RESUME_TEXT = `Jane Doe
${CONTACT_LINE}

SUMMARY
Backend engineer with 7 years building payment systems: highly distributed
services in Go and PostgreSQL.

${EXPERIENCE_TEXT}

EDUCATION
B.Sc. Computer Science, University of Washington 2013 – 2017

SKILLS
Go, PostgreSQL, Kafka, Kubernetes, REST APIs, Docker, gRPC`;

export const SIDEBAR_LINES = [
  'SKILLS',
  'Go',
  'PostgreSQL',
  'Kafka',
  'Kubernetes',
  'Docker',
  'LANGUAGES',
  'English',
  'Spanish',
  'EDUCATION',
  'B.Sc. Computer Science',
  'University of Washington',
  '2013 – 2017',
] as const;

/** A Canva-style two-column resume: full-width header, a skills sidebar on the left, the main column right. */
export function twoColumnResumeHtml(): string {
  const sidebar = `
    <h2>Skills</h2><p>Go</p><p>PostgreSQL</p><p>Kafka</p><p>Kubernetes</p><p>Docker</p>
    <h2>Languages</h2><p>English</p><p>Spanish</p>
    <h2>Education</h2><p>B.Sc. Computer Science</p><p>University of Washington</p><p>2013 – 2017</p>`;
  const main = `
    <h2>Summary</h2>
    <p>Backend engineer with 7 years building payment systems in Go and PostgreSQL.</p>
    <h2>Experience</h2>
    ${EXPERIENCE}`;
  return page(
    `${HEADER}<div class="columns"><aside>${sidebar}</aside><main>${main}</main></div>`,
    `.columns { display: flex; gap: 28px; margin-top: 12px; }
     aside { flex: 0 0 28%; background: #eef2f6; padding: 0 10px; }
     main { flex: 1; }`,
  );
}

/** What `twoColumnResumeHtml` reads as: the header, then the whole sidebar, then the main column. */
export const TWO_COLUMN_RESUME_TEXT = `Jane Doe
${CONTACT_LINE}

SKILLS
Go
PostgreSQL
Kafka
Kubernetes
Docker

LANGUAGES
English
Spanish

EDUCATION
B.Sc. Computer Science
University of Washington
2013 – 2017

SUMMARY
Backend engineer with 7 years building payment systems in Go and PostgreSQL.

${EXPERIENCE_TEXT}`;

/** A second page of experience, so that running footers repeat. */
export function twoPageResumeHtml(): string {
  const olderRoles = Array.from(
    { length: 6 },
    (_, i) => `
      <div class="role"><span>Software Engineer, Initech ${i + 1}</span><span>201${i} – 201${i + 1}</span></div>
      <ul><li>Maintained billing jobs in Go and PostgreSQL for ${i + 2} teams</li></ul>`,
  ).join('');
  return page(`
    ${HEADER}
    <h2>Experience</h2>
    ${EXPERIENCE}
    <div style="break-before: page"></div>
    <h2>Earlier experience</h2>
    ${olderRoles}`);
}

/** Chromium's running footer: "Jane Doe — Page 1 of 2" at the bottom of every page. */
export const PAGE_FOOTER_TEMPLATE = `<div style="font-family: 'DejaVu Sans'; font-size: 9px; width: 100%; text-align: center;">${CANDIDATE.name} — Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/** A document of `pages` pages, each with a short paragraph. */
export function manyPagesHtml(pages: number): string {
  return page(
    Array.from({ length: pages }, (_, i) => `<p style="break-after: page">Page ${i + 1}: project notes on Go services and PostgreSQL.</p>`).join(''),
  );
}

/** A page holding only a picture of a resume, as a scanner or a phone photo produces. */
export function scannedResumeHtml(png: Uint8Array): string {
  return page(`<img alt="" style="width: 100%" src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface PrintOptions {
  /** A running footer (Chromium's template syntax: `pageNumber`, `totalPages` classes). */
  footerTemplate?: string;
}

export async function printPdf(browser: Browser, html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html);
    const pdf = options.footerTemplate
      ? await tab.pdf({
          preferCSSPageSize: false,
          format: 'Letter',
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
          margin: { top: '0.6in', bottom: '0.8in', left: '0.6in', right: '0.6in' },
        })
      : await tab.pdf({ preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await tab.close();
  }
}

/** A screenshot of the page: a resume as a picture. */
export async function screenshotPng(browser: Browser, html: string): Promise<Uint8Array> {
  const tab = await browser.newPage({ viewport: { width: 816, height: 1056 } });
  try {
    await tab.setContent(html);
    return new Uint8Array(await tab.screenshot({ type: 'png' }));
  } finally {
    await tab.close();
  }
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 50, type: WidthType.PERCENTAGE } });

/**
 * A one-column resume as Word writes it: a title, a contact line, headings, a dated role (tab to a right
 * tab stop), bullets, a skills table, a text box, and a header and a footer that an ATS may skip.
 */
export async function buildDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`${CANDIDATE.name} · ${CANDIDATE.email}`)] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ text: CANDIDATE.name, heading: HeadingLevel.TITLE }),
          new Paragraph(CONTACT_LINE),
          heading('Summary'),
          new Paragraph('Backend engineer with 7 years building payment systems in Go and PostgreSQL.'),
          heading('Experience'),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
            children: [new TextRun({ text: 'Senior Backend Engineer, Acme Payments', bold: true }), new TextRun('\tJan 2021 – Present')],
          }),
          bullet('Built REST APIs in Go serving 12,000 requests per second'),
          bullet('Moved settlement to Kafka, processing 3 million events a day'),
          bullet('Ran 40 services on Kubernetes'),
          heading('Skills'),
          new Table({
            rows: [
              new TableRow({ children: [cell('Languages'), cell('Go, Python, SQL')] }),
              new TableRow({ children: [cell('Data'), cell('PostgreSQL, Kafka')] }),
              new TableRow({ children: [cell('Infrastructure'), cell('Kubernetes, Docker')] }),
            ],
          }),
          heading('Education'),
          new Paragraph('B.Sc. Computer Science, University of Washington, 2017'),
          new Textbox({
            style: { width: '300pt', height: '40pt' },
            children: [new Paragraph('Certified Kubernetes Administrator (CKA), 2022')],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const DOCX_RESUME_TEXT = `Jane Doe
${CONTACT_LINE}

Summary
Backend engineer with 7 years building payment systems in Go and PostgreSQL.

Experience
Senior Backend Engineer, Acme Payments Jan 2021 – Present
• Built REST APIs in Go serving 12,000 requests per second
• Moved settlement to Kafka, processing 3 million events a day
• Ran 40 services on Kubernetes

Skills
Languages | Go, Python, SQL
Data | PostgreSQL, Kafka
Infrastructure | Kubernetes, Docker

Education
B.Sc. Computer Science, University of Washington, 2017

Certified Kubernetes Administrator (CKA), 2022`;

export interface ZipFixtureEntry {
  name: string;
  content: string;
  /** The uncompressed size the central directory claims, when it should lie (a zip bomb). */
  declaredSize?: number;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of stored (uncompressed) entries, written byte by byte so any field can be set. */
export function buildZip(entries: readonly ZipFixtureEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = encoder.encode(entry.content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint32(14, crc, true);
    localView.setUint32(18, data.length, true);
    localView.setUint32(22, data.length, true);
    localView.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);

    const central = new Uint8Array(46 + name.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint32(16, crc, true);
    centralView.setUint32(20, data.length, true);
    centralView.setUint32(24, entry.declaredSize ?? data.length, true);
    centralView.setUint16(28, name.length, true);
    centralView.setUint32(42, offset, true);
    central.set(name, 46);

    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((total, central) => total + central.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, centralSize, true);
  endView.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
