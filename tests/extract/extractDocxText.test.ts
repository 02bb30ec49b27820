import { Document, ExternalHyperlink, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { countWords } from '../../src/text/countWords.ts';
import type { ExtractError } from '../../src/extract/types.ts';
import { wordXmlParagraphs } from '../../src/extract/wordXmlParagraphs.ts';
import { buildDocx, buildZip, DOCX_RESUME_TEXT } from './resumeFixtures.ts';
import { CLEAN_LAYOUT } from '../document/layoutFacts.ts';

async function extractionError(promise: Promise<unknown>): Promise<ExtractError> {
  return promise.then(
    () => expect.unreachable('extraction should have failed'),
    (error: unknown) => error as ExtractError,
  );
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

describe('extractDocxText', () => {
  it('reads paragraphs, headings, bullets, a table and a text box in document order; headers and footers apart', async () => {
    const document = await extractDocxText(await buildDocx());
    expect(document).toEqual({
      lines: expect.any(Array),
      format: 'docx',
      text: DOCX_RESUME_TEXT,
      pages: null,
      words: countWords(DOCX_RESUME_TEXT),
      layout: {
        ...CLEAN_LAYOUT,
        // The footer's page number is a field that Word fills in when it lays out pages: only "Page" is stored.
        headerFooterText: ['Jane Doe · jane.doe@example.com', 'Page'],
        pictures: 0,
      },
    });
  });

  it('reports where hyperlinks point, in the body and the header, and whether the address stands in the text', async () => {
    const link = (url: string, text: string) => new ExternalHyperlink({ link: url, children: [new TextRun(text)] });
    const document = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Noor Aziz · '), link('https://www.linkedin.com/in/noor-aziz', 'LinkedIn')] })] }) },
          children: [
            new Paragraph({ children: [new TextRun('noor@aziz.pk · '), link('https://github.com/nooraziz', 'github.com/nooraziz'), new TextRun(' · '), link('mailto:noor@aziz.pk', 'Email me')] }),
            new Paragraph('Experience'),
          ],
        },
      ],
    });
    const { layout } = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)));
    expect(layout.links).toEqual(
      expect.arrayContaining([
        { url: 'https://www.linkedin.com/in/noor-aziz', visible: false },
        { url: 'https://github.com/nooraziz', visible: true },
        { url: 'mailto:noor@aziz.pk', visible: true },
      ]),
    );
    expect(layout.links).toHaveLength(3);
  });

  it('counts the pictures a DOCX places, in the body and the header', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (char) => char.charCodeAt(0));
    const picture = () => new ImageRun({ type: 'png', data: png, transformation: { width: 60, height: 60 } });
    const document = new Document({
      sections: [{ headers: { default: new Header({ children: [new Paragraph({ children: [picture()] })] }) }, children: [new Paragraph({ children: [picture()] }), new Paragraph('Ana Lima, product designer')] }],
    });
    expect((await extractDocxText(new Uint8Array(await Packer.toBuffer(document)))).layout.pictures).toBe(2);
  });

  it('is reached through extractDocument by content, whatever the file is called', async () => {
    const document = await extractDocument(await buildDocx(), 'resume.pdf', nodePdfjs);
    expect(document.format).toBe('docx');
    expect(document.text).toBe(DOCX_RESUME_TEXT);
  });

  it('says when the only text is in the page header', async () => {
    const onlyHeader = new Document({
      sections: [{ headers: { default: new Header({ children: [new Paragraph('Jane Doe — Backend Engineer')] }) }, children: [new Paragraph('')] }],
    });
    const error = await extractionError(extractDocxText(new Uint8Array(await Packer.toBuffer(onlyHeader))));
    expect(error).toMatchObject({ kind: 'empty', message: expect.stringContaining('only in its page header or footer') });
  });

  it('refuses a zip bomb by the sizes it declares, before inflating anything', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: 'word/document.xml', content: '<w:document/>', declaredSize: 0xfffffff0 },
    ]);
    expect(bomb.byteLength).toBeLessThan(1024);
    const error = await extractionError(extractDocument(bomb, 'resume.docx', nodePdfjs));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('unpacks to 4096 MB');
  });

  it('reports a cut-off DOCX as corrupt', async () => {
    const docx = await buildDocx();
    const error = await extractionError(extractDocument(docx.subarray(0, Math.floor(docx.length * 0.6)), 'resume.docx', nodePdfjs));
    expect(error).toMatchObject({ kind: 'corrupt', message: expect.stringContaining('damaged') });
  });

  it('reports a DOCX whose main part is not a Word document as corrupt', async () => {
    const broken = buildZip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: 'word/document.xml', content: 'this is not XML <<<' },
    ]);
    expect((await extractionError(extractDocxText(broken))).kind).toBe('corrupt');
  });
});

describe('wordXmlParagraphs', () => {
  it('reads each paragraph of a header part, decoding entities, keeping tabs', () => {
    const xml = `<w:hdr><w:p w:rsidR="1"><w:pPr/><w:r><w:t>Jane Doe</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> R&amp;D &#x2014; Go</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Page</w:t></w:r></w:p></w:hdr>`;
    expect(wordXmlParagraphs(xml)).toEqual(['Jane Doe\t R&D — Go', 'Page']);
  });
});
