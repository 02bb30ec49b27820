import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/extract/detectFormat.ts';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { docxPackage, localHeaderOffset, paragraph, wordDocument, wordHeader } from './docxPackages.ts';

const RESUME = wordDocument(paragraph([['Jane Doe, backend engineer']]));
const STYLES = '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

const extract = (bytes: Uint8Array) => extractDocument(bytes, 'resume.docx', nodePdfjs);

/** The archive with one byte of the named entry's local header (at `offset` within it) set to `value`. */
function withLocalHeaderByte(zip: Uint8Array, name: string, offset: number, value: number): Uint8Array {
  const changed = zip.slice();
  changed[localHeaderOffset(zip, name) + offset] = value;
  return changed;
}

describe('a Word package without a readable main part', () => {
  it.each([
    ['content types naming WordprocessingML and nothing else', { 'word/document.xml': null, '_rels/.rels': null }],
    ['word/ parts but no word/document.xml', { 'word/document.xml': null, 'word/styles.xml': STYLES, 'word/header1.xml': wordHeader(paragraph([['Jane Doe']])) }],
    ['its main part renamed', { 'word/document.xml': null, 'word/documen_.xml': RESUME }],
  ])('is corrupt, not "a ZIP archive": %s', async (_, parts) => {
    await expect(extract(docxPackage(RESUME, parts))).rejects.toMatchObject({
      name: 'ExtractError',
      kind: 'corrupt',
      message: expect.stringContaining('"resume.docx" is a Word document whose main part is missing or damaged'),
    });
  });

  it.each([
    ['a local header that is not one', 0, 0x00],
    ['an encrypted main part', 6, 0x01],
    ['a compression method other than store or deflate (bzip2)', 8, 12],
  ])('is corrupt when the directory lists word/document.xml but it has %s', async (_, offset, value) => {
    const damaged = withLocalHeaderByte(docxPackage(RESUME, {}, 0), 'word/document.xml', offset, value);
    await expect(extract(damaged)).rejects.toMatchObject({ name: 'ExtractError', kind: 'corrupt' });
  });

  it('is corrupt when the main part is broken deflate data', async () => {
    const zip = docxPackage(RESUME);
    const data = localHeaderOffset(zip, 'word/document.xml') + 30 + 'word/document.xml'.length;
    const broken = zip.slice();
    broken.fill(0xff, data, data + 8);
    await expect(extract(broken)).rejects.toMatchObject({ name: 'ExtractError', kind: 'corrupt', message: expect.stringContaining('damaged') });
  });

  it('still names other archives for what they are', () => {
    const plain = zipSync({ 'notes.txt': strToU8('hello'), 'photo.jpg': new Uint8Array(10) });
    expect(() => detectFormat(plain, 'resume.zip')).toThrow('a ZIP archive, not a resume document');
    const spreadsheet = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(() => detectFormat(spreadsheet, 'resume.xlsx')).toThrow('an Excel spreadsheet');
  });
});
