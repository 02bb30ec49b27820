import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { readZipDirectory, readZipEntry } from '../../src/extract/zipArchive.ts';
import { MAX_DOCX_PART_BYTES } from '../../src/limits.ts';
import { declareUnpackedSizes, docxPackage, paragraph, wordDocument, wordHeader } from './docxPackages.ts';

const MB = 1024 * 1024;
const RESUME = wordDocument(paragraph([['Jane Doe, backend engineer: Go, PostgreSQL, Kafka']]));

/** Building an archive of tens of megabytes takes fflate a second or more on a busy machine. */
const BOMB_TIMEOUT_MS = 60_000;

/** `xml` with spaces after its first `>` until it is `size` bytes long: deflate packs spaces about 1,000 to 1. */
function padded(xml: string, size: number): Uint8Array {
  const encoded = new TextEncoder().encode(xml);
  const bytes = new Uint8Array(size).fill(0x20);
  const split = xml.indexOf('>') + 1;
  bytes.set(encoded.subarray(0, split));
  bytes.set(encoded.subarray(split), size - (encoded.length - split));
  return bytes;
}

describe('DOCX zip bombs', () => {
  it.each([
    ['11 MB', 11 * MB],
    ['40 MB', 40 * MB],
  ])('refuses a main part that inflates to %s while declaring 100 bytes, stopping at the part cap', { timeout: BOMB_TIMEOUT_MS }, async (_, size) => {
    const bomb = declareUnpackedSizes(docxPackage(padded(RESUME, size)), 100);
    // Packed about 1,000 to 1: the file itself is tiny, the declared sizes pass every check.
    expect(bomb.byteLength).toBeLessThan(size / 500);
    expect(readZipDirectory(bomb)?.every((entry) => entry.uncompressedSize === 100)).toBe(true);

    await expect(extractDocument(bomb, 'resume.docx', nodePdfjs)).rejects.toMatchObject({
      name: 'ExtractError',
      kind: 'too-large',
      message: expect.stringContaining('unpacks to more than 10 MB'),
    });
  });

  it('refuses header parts that each stay under the part cap but together pass the 25 MB total', { timeout: BOMB_TIMEOUT_MS }, async () => {
    const header = padded(wordHeader(paragraph([['Jane Doe']])), 8 * MB);
    const headers = Object.fromEntries([1, 2, 3, 4].map((n) => [`word/header${n}.xml`, header]));
    const bomb = declareUnpackedSizes(docxPackage(RESUME, headers), 1_000);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);

    await expect(extractDocxText(bomb)).rejects.toMatchObject({ name: 'ExtractError', kind: 'too-large', message: expect.stringContaining('unpacks to more than 25 MB') });
  });

  it('never inflates pictures: a resume beside a picture that inflates to 100 MB reads', { timeout: BOMB_TIMEOUT_MS }, async () => {
    const picture = new Uint8Array(100 * MB);
    const docx = docxPackage(RESUME, { 'word/media/image1.png': picture });
    expect(docx.byteLength).toBeLessThan(MB);

    const document = await extractDocxText(declareUnpackedSizes(docx, 1_000));
    expect(document.text).toBe('Jane Doe, backend engineer: Go, PostgreSQL, Kafka');
  });

  it('stops inflating one entry at its cap, whatever it declares: a 50 KB bomb of 50 MB yields no more than the cap', { timeout: BOMB_TIMEOUT_MS }, () => {
    const zip = declareUnpackedSizes(zipSync({ 'word/document.xml': new Uint8Array(50 * MB) }), 10);
    expect(zip.byteLength).toBeLessThan(60 * 1024);
    const [entry] = readZipDirectory(zip) ?? [];
    expect(entry).toMatchObject({ name: 'word/document.xml', uncompressedSize: 10 });
    if (entry === undefined) return;

    expect(readZipEntry(zip, entry, MAX_DOCX_PART_BYTES)).toEqual({ status: 'over-cap' });
    expect(readZipEntry(zip, entry, 60 * MB)).toMatchObject({ status: 'read', bytes: { byteLength: 50 * MB } });
  });
});
