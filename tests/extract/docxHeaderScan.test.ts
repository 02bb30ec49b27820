import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { wordXmlParagraphs } from '../../src/extract/wordXmlParagraphs.ts';
import { MAX_DOCX_HEADER_FOOTER_PARTS, MAX_DOCX_PARAGRAPHS } from '../../src/limits.ts';
import { docxPackage, paragraph, wordDocument, wordHeader } from './docxPackages.ts';

/*
 * Header and footer text is read by our own scanner, not mammoth. Each input here is big enough that a
 * scanner quadratic in its length (a backtracking regex, a dedupe by searching a growing list) would take
 * minutes; linear, each takes well under a second.
 */

const RESUME = wordDocument(paragraph([['Jane Doe, backend engineer']]));

describe('wordXmlParagraphs on hostile parts', () => {
  it.each([
    ['bare', '<w:p>'],
    ['with attributes', '<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD">'],
    ['holding a run', '<w:p><w:r><w:t>x</w:t></w:r>'],
    ['cut off before its >', '<w:p w:rsidR="1"'],
    ['with an unclosed quote', '<w:p w:rsidR="1>'],
  ])('reads 200,000 unclosed paragraphs (%s) in one pass', (_, unclosed) => {
    const xml = wordHeader(unclosed.repeat(200_000));
    const paragraphs = wordXmlParagraphs(xml);
    expect(paragraphs.length).toBeLessThanOrEqual(200_000);
    expect(paragraphs.every((text) => text === '' || /^x+$/.test(text))).toBe(true);
  });

  it('reads 200,000 paragraphs nested in one another, each closed', () => {
    const xml = wordHeader(`${'<w:p><w:r><w:t>a</w:t></w:r>'.repeat(200_000)}${'</w:p>'.repeat(200_000)}`);
    expect(wordXmlParagraphs(xml)).toEqual(Array.from({ length: 200_000 }, () => 'a'));
  });

  it('skips comments, CDATA and processing instructions, and reads on after a stray <', () => {
    const xml = wordHeader(
      '<!-- <w:p><w:r><w:t>no</w:t></w:r></w:p> --><?pi <w:p>?><w:p><w:r><w:t>Jane <![CDATA[no]]>Doe</w:t></w:r></w:p>< <w:p><w:r><w:t a=">">Go</w:t></w:r></w:p>',
    );
    expect(wordXmlParagraphs(xml)).toEqual(['Jane Doe', 'Go']);
  });
});

describe('extractDocxText on hostile headers', () => {
  it('refuses a DOCX of a few KB whose header repeats an unclosed paragraph 200,000 times, by counting them', async () => {
    const docx = docxPackage(RESUME, { 'word/header1.xml': wordHeader('<w:p w:rsidR="00AB12CD">'.repeat(200_000)) });
    expect(docx.byteLength).toBeLessThan(16 * 1024);
    await expect(extractDocxText(docx)).rejects.toMatchObject({
      name: 'ExtractError',
      kind: 'too-large',
      message: expect.stringContaining('200,000 paragraphs in its headers and footers'),
    });
  });

  it(`reads ${MAX_DOCX_HEADER_FOOTER_PARTS} header parts of unique lines, each line once, and no part past the cap`, async () => {
    const linesPerPart = Math.floor(MAX_DOCX_PARAGRAPHS / MAX_DOCX_HEADER_FOOTER_PARTS);
    const parts = Object.fromEntries(
      Array.from({ length: MAX_DOCX_HEADER_FOOTER_PARTS + 16 }, (_, part) => [
        `word/header${part + 1}.xml`,
        // The first line repeats in every part: it is listed once.
        wordHeader([paragraph([['Jane Doe']]), ...Array.from({ length: linesPerPart - 1 }, (_, line) => paragraph([[`part ${part + 1} line ${line}`]]))].join('')),
      ]),
    );
    const document = await extractDocxText(docxPackage(RESUME, parts));
    expect(document.layout.headerFooterText).toHaveLength(1 + MAX_DOCX_HEADER_FOOTER_PARTS * (linesPerPart - 1));
    expect(document.layout.headerFooterText[0]).toBe('Jane Doe');
    expect(document.layout.headerFooterText).toContain(`part ${MAX_DOCX_HEADER_FOOTER_PARTS} line 0`);
    expect(document.layout.headerFooterText).not.toContain(`part ${MAX_DOCX_HEADER_FOOTER_PARTS + 1} line 0`);
  });
});
