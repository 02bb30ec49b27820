import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/extractPlainText.ts';

const RESUME = 'Jane Doe\n“Backend” engineer: Go, PostgreSQL, Kafka\n\nSkills\n• Kubernetes';
const EXPECTED = 'Jane Doe\n"Backend" engineer: Go, PostgreSQL, Kafka\n\nSkills\n• Kubernetes';

function utf16(text: string, littleEndian: boolean, byteOrderMark = true): Uint8Array {
  const units = byteOrderMark ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('extractPlainText', () => {
  it.each([
    ['UTF-8', utf8(RESUME)],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(RESUME)])],
    ['UTF-16 LE with a BOM', utf16(RESUME, true)],
    ['UTF-16 BE with a BOM', utf16(RESUME, false)],
    ['UTF-16 LE without a BOM', utf16(RESUME, true, false)],
    ['UTF-16 BE without a BOM', utf16(RESUME, false, false)],
  ])('reads %s', (_, bytes) => {
    expect(extractPlainText(bytes)).toEqual({
      lines: expect.any(Array),
      format: 'text',
      text: EXPECTED,
      pages: null,
      words: 9,
      layout: { columns: 1, headerFooterText: [], undecodableChars: 0, ligaturesRepaired: 0, hyphenationsJoined: 0, hiddenText: [], producer: null, links: [], pictures: 0 },
    });
  });

  it('reads Markdown headings as headings, list items as bullets, rules as nothing', () => {
    const markdown = '# Jane Doe\n\n## Experience ##\n- Built REST APIs in Go\n* Ran Kafka\n\n---\n\nSkills\n======\nGo';
    expect(extractPlainText(utf8(markdown)).text).toBe('Jane Doe\n\nExperience\n• Built REST APIs in Go\n• Ran Kafka\n\nSkills\nGo');
  });

  it('records where each piece a tab or a run of spaces set apart starts, in the text', () => {
    const document = extractPlainText(utf8('Summary\nRahul Menon\t\tPune, India\nBackend engineer       rahul@menon.dev'));
    expect(document.lines.map((line) => line.pieceStarts.map((at) => document.text.slice(at, line.end)))).toEqual([[], ['Pune, India'], ['rahul@menon.dev']]);
  });

  it('marks "#" headings and underlined lines as headings in the line styles, and nothing else', () => {
    const document = extractPlainText(utf8('# Jane Doe\r\n\r\nExperience\r\n----------\r\nShipped the API\r\n\r\nSkills:\r\nGo'));
    expect(document.lines.map((line) => [document.text.slice(line.start, line.end), line.style.heading])).toEqual([
      ['Jane Doe', true],
      ['Experience', true],
      ['Shipped the API', false],
      ['Skills:', false],
      ['Go', false],
    ]);
  });

  it('reports whitespace only as empty', () => {
    expect(() => extractPlainText(utf8(' \n\t\r\n\u00A0 \n'))).toThrow(expect.objectContaining({ kind: 'empty' }));
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => extractPlainText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x0a]))).toThrow(
      expect.objectContaining({ kind: 'unsupported-type', message: expect.stringContaining('UTF-8') }),
    );
  });
});
