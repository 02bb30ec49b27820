import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/extract/detectFormat.ts';
import { buildZip } from './resumeFixtures.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...ascii(part)] : part)));

function detectionError(data: Uint8Array, fileName = 'resume.pdf') {
  try {
    detectFormat(data, fileName);
  } catch (error) {
    return error;
  }
  return expect.unreachable('detection should have failed');
}

describe('detectFormat', () => {
  it('tells a PDF by its header, also after a few leading bytes', () => {
    expect(detectFormat(bytes('%PDF-1.7\n%âãÏÓ'), 'resume.docx')).toBe('pdf');
    expect(detectFormat(bytes('\r\n\r\n%PDF-1.4\n'), 'resume')).toBe('pdf');
  });

  it('tells a DOCX by the Word part inside the ZIP', () => {
    expect(detectFormat(buildZip([{ name: 'word/document.xml', content: '<w:document/>' }]), 'resume.zip')).toBe('docx');
  });

  it('tells text by decoding it', () => {
    expect(detectFormat(bytes('Jane Doe — Go, PostgreSQL'), 'resume.pdf')).toBe('text');
    expect(detectFormat(bytes([0xff, 0xfe], 'J\0a\0'), 'resume.txt')).toBe('text');
  });

  it.each([
    ['a PNG image', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), 'a PNG image'],
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'a JPEG image'],
    ['a GIF', bytes('GIF89a'), 'a GIF image'],
    ['a WebP image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
    ['an iPhone HEIC photo', bytes([0, 0, 0, 24], 'ftypheic'), 'a HEIC image'],
    ['a legacy .doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'Word 97–2003 document (.doc)'],
    ['an RTF document', bytes('{\\rtf1\\ansi Jane Doe}'), 'Rich Text (RTF)'],
    ['an OpenDocument text', buildZip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', content: '<office/>' }]), 'OpenDocument'],
    ['an Apple Pages file', buildZip([{ name: 'Index/Document.iwa', content: 'x' }]), 'Apple Pages'],
    ['an Excel workbook', buildZip([{ name: 'xl/workbook.xml', content: '<workbook/>' }]), 'Excel spreadsheet'],
    ['any other ZIP', buildZip([{ name: 'photos/me.jpg', content: 'x' }]), 'a ZIP archive'],
    ['binary junk', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0x00]), 'not a file type Shortlist can read'],
    ['Windows-1252 text', bytes('Jos', [0xe9], ' Garc', [0xed], 'a \x93Go\x94\n'), 'older encoding, not UTF-8'],
  ])('refuses %s, saying what it is', (_, data, what) => {
    const error = detectionError(data);
    expect(error).toMatchObject({ kind: 'unsupported-type' });
    expect((error as Error).message).toMatch(/^"resume\.pdf" is /);
    expect((error as Error).message).toContain(what);
  });

  it('reports a ZIP without a readable directory and no Word parts as corrupt', () => {
    const zip = buildZip([{ name: 'notes.txt', content: 'hello' }]);
    expect(detectionError(zip.subarray(0, 20))).toMatchObject({ kind: 'corrupt' });
  });

  it('treats a cut-off ZIP that names Word parts as a DOCX, for the DOCX reader to report', () => {
    const zip = buildZip([{ name: 'word/document.xml', content: '<w:document/>' }]);
    expect(detectFormat(zip.subarray(0, 60), 'resume.docx')).toBe('docx');
  });

  it.each([
    ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>Go, Kafka</text></svg>', /SVG image/],
    ['an SVG with an XML declaration and a comment', '<?xml version="1.0"?>\n<!-- by a drawing tool -->\n<svg><text>Jane</text></svg>', /SVG image/],
    ['a web page', '\n<!DOCTYPE html><html><body><h1>Jane Doe</h1><p>Go</p></body></html>', /web page \(HTML\)/],
    ['a bare html element', '<html lang="en"><p>Resume</p></html>', /web page \(HTML\)/],
    ['an XML document', '<?xml version="1.0" encoding="UTF-8"?><resume><name>Jane</name></resume>', /XML file/],
  ])('refuses %s as an unsupported type, whatever it is called', (_, markup, message) => {
    expect(detectionError(ascii(markup), 'resume.txt')).toMatchObject({ kind: 'unsupported-type', message: expect.stringMatching(message) });
  });

  it('reads a Markdown resume that opens with an HTML block as text', () => {
    expect(detectFormat(ascii('<div align="center">\n\n# Jane Doe\n\n</div>\n\n## Experience\n- Go'), 'resume.md')).toBe('text');
  });

  it('tells UTF-16 text without a byte order mark from binary data', () => {
    const utf16le = new Uint8Array([...'Jane Doe, Go and Kafka'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(detectFormat(utf16le, 'resume.txt')).toBe('text');
    const utf16be = new Uint8Array([...'Jane Doe, Go and Kafka'].flatMap((char) => [0, char.charCodeAt(0)]));
    expect(detectFormat(utf16be, 'resume.txt')).toBe('text');
    const binary = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : (i * 37) % 251));
    expect(detectionError(binary, 'resume.txt')).toMatchObject({ kind: 'unsupported-type' });
  });
});
