import { describe, expect, it } from 'vitest';
import { buildPdf, textPdf, xobjectBomb } from './pdfBombs.ts';

/** Every in-use xref entry of a generated file, with the text found at its offset. */
function xrefTargets(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes);
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const entries = text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm);
  return [...entries].map(([, offset]) => text.slice(Number(offset)).split('\n', 1)[0] ?? '');
}

describe('the generated PDFs', () => {
  it.each([
    ['buildPdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])],
    ['textPdf', textPdf([{ text: 'Jane (Doe) \\ Backend', x: 72, y: 700, size: 11 }])],
    ['xobjectBomb', xobjectBomb({ depth: 4, fanout: 10, innermost: 'paths' })],
  ])('%s: each xref entry points at its object, so pdf.js never has to repair the file', (_, bytes) => {
    const targets = xrefTargets(bytes);
    expect(targets.length).toBeGreaterThan(1);
    expect(targets).toEqual(targets.map((_, i) => `${i + 1} 0 obj`));
  });

  it('stay a few kilobytes however far the bomb expands', () => {
    expect(xobjectBomb({ depth: 10, fanout: 10, innermost: 'text' }).length).toBeLessThan(6 * 1024);
  });
});
