import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry, type ZipEntry } from '../../src/extract/zipArchive.ts';
import { buildZip } from './resumeFixtures.ts';

describe('readZipDirectory', () => {
  it('lists entries with their declared sizes', () => {
    const zip = buildZip([
      { name: 'a.txt', content: 'hello' },
      { name: 'word/document.xml', content: '<w:document/>', declaredSize: 123_456_789 },
    ]);
    expect(readZipDirectory(zip)).toEqual([
      { name: 'a.txt', method: 0, compressedSize: 5, uncompressedSize: 5, localHeaderOffset: 0 },
      { name: 'word/document.xml', method: 0, compressedSize: 13, uncompressedSize: 123_456_789, localHeaderOffset: 40 },
    ]);
  });

  it('returns null for a cut-off archive or a directory pointing past the end', () => {
    const zip = buildZip([{ name: 'a.txt', content: 'hello' }]);
    expect(readZipDirectory(zip.subarray(0, zip.length - 5))).toBeNull();
    const lying = zip.slice();
    new DataView(lying.buffer).setUint32(lying.length - 6, 0x7fffffff, true);
    expect(readZipDirectory(lying)).toBeNull();
  });
});

describe('readZipEntry', () => {
  const text = 'Jane Doe '.repeat(200);

  function deflatedEntry(): { bytes: Uint8Array; entry: ZipEntry } {
    const data = deflateRawSync(Buffer.from(text));
    const name = new TextEncoder().encode('word/header1.xml');
    const bytes = new Uint8Array(30 + name.length + data.length);
    new DataView(bytes.buffer).setUint32(0, 0x04034b50, true);
    new DataView(bytes.buffer).setUint16(8, 8, true);
    new DataView(bytes.buffer).setUint16(26, name.length, true);
    bytes.set(name, 30);
    bytes.set(data, 30 + name.length);
    return { bytes, entry: { name: 'word/header1.xml', method: 8, compressedSize: data.length, uncompressedSize: text.length, localHeaderOffset: 0 } };
  }

  it('inflates a deflated entry', () => {
    const { bytes, entry } = deflatedEntry();
    const content = readZipEntry(bytes, entry, 1_000_000);
    expect(content.status === 'read' && new TextDecoder().decode(content.bytes)).toBe(text);
  });

  it('stops inflating past the cap, whatever size was declared', () => {
    const { bytes, entry } = deflatedEntry();
    expect(readZipEntry(bytes, entry, 100)).toEqual({ status: 'over-cap' });
  });

  it('reports broken deflate data, a bad local header, an unknown method or an encrypted entry as unreadable', () => {
    const { bytes, entry } = deflatedEntry();
    const broken = bytes.slice();
    broken.fill(0xff, 46, 60);
    expect(readZipEntry(broken, entry, 1_000_000)).toEqual({ status: 'unreadable' });
    expect(readZipEntry(bytes, { ...entry, localHeaderOffset: 3 }, 1_000_000)).toEqual({ status: 'unreadable' });
    expect(readZipEntry(bytes, { ...entry, method: 12 }, 1_000_000)).toEqual({ status: 'unreadable' });
    const encrypted = bytes.slice();
    new DataView(encrypted.buffer).setUint16(6, 1, true);
    expect(readZipEntry(encrypted, entry, 1_000_000)).toEqual({ status: 'unreadable' });
  });
});
