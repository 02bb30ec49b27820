import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_LINKS } from '../../src/document/types.ts';
import { documentProducer } from '../../src/extract/documentProducer.ts';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { extractPdfText } from '../../src/extract/extractPdfText.ts';
import { documentLinks } from '../../src/extract/pdfDocumentFacts.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { docxPackage, paragraph, wordDocument } from './docxPackages.ts';
import { factsPdf } from './pdfWithFacts.ts';

const LINES = ['Jane Doe', 'Backend engineer building payment infrastructure in Go.', 'Experience', 'Engineer, Acme - 2019 - 2024'];

const pdfLayout = async (pdf: Parameters<typeof factsPdf>[0]) => (await extractPdfText(factsPdf(pdf), nodePdfjs)).layout;

describe('the editor that made a PDF', () => {
  it.each([
    [{ Producer: 'pdfTeX-1.40.25', Creator: 'LaTeX with hyperref' }, 'tex'],
    [{ Producer: 'xdvipdfmx (20230313)', Creator: 'XeTeX' }, 'tex'],
    [{ Producer: 'Microsoft® Word for Microsoft 365', Creator: 'Microsoft® Word for Microsoft 365' }, 'word'],
    [{ Producer: 'macOS Version 14.2 (Build 23C64) Quartz PDFContext', Creator: 'Microsoft Word' }, 'word'],
    [{ Producer: 'LibreOffice 7.6', Creator: 'Writer' }, 'libreoffice'],
    [{ Producer: 'Skia/PDF m120 Google Docs Renderer' }, 'google-docs'],
    [{ Producer: 'Skia/PDF m131', Creator: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0' }, 'chromium'],
    [{ Producer: 'Canva' }, 'other'],
  ] as const)('reads %j as %s', async (info, producer) => {
    expect((await pdfLayout({ lines: LINES, info })).producer).toBe(producer);
  });

  it('is unknown when the file has no Info dictionary', async () => {
    expect((await pdfLayout({ lines: LINES })).producer).toBeNull();
  });

  it('is unknown when the names are blank', () => {
    expect(documentProducer([undefined, ' '])).toBeNull();
  });
});

const appProperties = (application: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>${application}</Application></Properties>`;

describe('the editor that made a DOCX', () => {
  const body = wordDocument(paragraph([['Jane Doe, backend engineer']]));

  it.each([
    ['Microsoft Office Word', 'word'],
    ['Microsoft Macintosh Word', 'word'],
    ['LibreOffice/7.5.4.2$Linux_X86_64 LibreOffice_project/36ccfdc35048b057fd9854c757a8b67ec53977b6', 'libreoffice'],
    ['Google Docs', 'google-docs'],
    ['WPS Office', 'other'],
  ] as const)('reads the Application "%s" as %s', async (application, producer) => {
    expect((await extractDocxText(docxPackage(body, { 'docProps/app.xml': appProperties(application) }))).layout.producer).toBe(producer);
  });

  it('is unknown without docProps/app.xml', async () => {
    expect((await extractDocxText(docxPackage(body))).layout.producer).toBeNull();
  });
});

describe('link annotations', () => {
  it('marks a link whose address is not in the text as not visible, and one that is as visible', async () => {
    const links = ['https://www.linkedin.com/in/janedoe/', 'https://github.com/janedoe', 'mailto:jane@example.com?subject=Hello'];
    const layout = await pdfLayout({ lines: [...LINES, 'jane@example.com | github.com/janedoe'], links });
    expect(layout.links).toEqual([
      { url: 'https://www.linkedin.com/in/janedoe/', visible: false },
      { url: 'https://github.com/janedoe', visible: true },
      { url: 'mailto:jane@example.com?subject=Hello', visible: true },
    ]);
  });

  it('keeps web and mail links only, each once', async () => {
    const links = ['https://janedoe.dev', 'http://janedoe.dev/', 'ftp://files.example.com/cv.pdf', 'https://janedoe.dev'];
    // pdf.js hands over each address as a URL parser writes it: with the slash after a bare host.
    expect((await pdfLayout({ lines: LINES, links })).links).toEqual([{ url: 'https://janedoe.dev/', visible: false }]);
  });

  it('finds an address that wraps a line, and keeps at most MAX_DOCUMENT_LINKS', () => {
    expect(documentLinks(['https://github.com/janedoe/payments-ledger'], 'github.com/janedoe/payments-\nledger')).toEqual([
      { url: 'https://github.com/janedoe/payments-ledger', visible: true },
    ]);
    const many = Array.from({ length: MAX_DOCUMENT_LINKS + 10 }, (_, index) => `https://example.com/${index}`);
    expect(documentLinks(many, '')).toHaveLength(MAX_DOCUMENT_LINKS);
  });

  it('records no links for a file without annotations', async () => {
    expect((await pdfLayout({ lines: LINES })).links).toEqual([]);
  });
});
