import { describe, expect, it } from 'vitest';
import { MAX_DOCX_XML_ELEMENTS } from '../../src/limits.ts';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { countWordXml } from '../../src/extract/wordXmlCounts.ts';
import { MAX_DOCX_PARAGRAPHS } from '../../src/limits.ts';
import { docxPackage, paragraph, wordDocument } from './docxPackages.ts';

/*
 * mammoth spends 10–20 µs on every element it reads, so what it is given is counted first. Every refused
 * input here would keep mammoth busy for 5–30 s; each is refused after one linear count.
 */

/** mammoth reads a document at the paragraph cap in about a second, several on a busy machine. */
const AT_CAP_TIMEOUT_MS = 60_000;

describe('DOCX workload caps', () => {
  it.each([
    ['100,000 paragraphs of text', paragraph([['Built REST APIs in Go serving requests']]).repeat(100_000), '100,000 paragraphs'],
    ['20,001 empty paragraphs', '<w:p/>'.repeat(MAX_DOCX_PARAGRAPHS + 1), '20,001 paragraphs'],
    ['60,000 paragraphs with attributes', '<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD"><w:r><w:t>x</w:t></w:r></w:p>'.repeat(60_000), '60,000 paragraphs'],
  ])('refuses a body of %s before mammoth reads it', async (_, body, count) => {
    await expect(extractDocument(docxPackage(wordDocument(body)), 'resume.docx', nodePdfjs)).rejects.toMatchObject({
      name: 'ExtractError',
      kind: 'too-large',
      message: expect.stringMatching(new RegExp(`has ${count}.*reads at most 20,000`)),
    });
  });

  it('refuses one paragraph of 300,000 runs, which the paragraph cap alone lets through', async () => {
    const body = `<w:p>${'<w:r><w:t>ab</w:t></w:r>'.repeat(150_000)}</w:p>`;
    expect(countWordXml(wordDocument(body)).elements).toBeGreaterThan(MAX_DOCX_XML_ELEMENTS);
    await expect(extractDocxText(docxPackage(wordDocument(body)))).rejects.toMatchObject({
      name: 'ExtractError',
      kind: 'too-large',
      message: expect.stringContaining('pieces of text and formatting'),
    });
  });

  it('reports mammoth running out of stack on 60,000 nested elements as corrupt', async () => {
    const body = `<w:p>${'<w:sdt><w:sdtContent>'.repeat(30_000)}<w:r><w:t>x</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(30_000)}</w:p>`;
    await expect(extractDocxText(docxPackage(wordDocument(body)))).rejects.toMatchObject({ name: 'ExtractError', kind: 'corrupt' });
  });

  it('reads a body of exactly the paragraph cap', { timeout: AT_CAP_TIMEOUT_MS }, async () => {
    // Short lines, to stay under the cap on resume characters.
    const body = paragraph([['Go']]).repeat(MAX_DOCX_PARAGRAPHS);
    const document = await extractDocxText(docxPackage(wordDocument(body)));
    expect(document.text.split('\n')).toHaveLength(MAX_DOCX_PARAGRAPHS);
  });
});

describe('countWordXml', () => {
  it('counts every element and the paragraphs among them, whatever prefix names WordprocessingML', () => {
    const xml = `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p/><x:p x:rsidR="1"><x:r><x:t>a</x:t></x:r></x:p><x:pPr/></x:body></x:document>`;
    expect(countWordXml(xml)).toEqual({ elements: 7, paragraphs: 2 });
  });
});
