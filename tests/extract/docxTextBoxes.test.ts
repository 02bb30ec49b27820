import { describe, expect, it } from 'vitest';
import { moveTextBoxesToEnd } from '../../src/extract/docxTextBoxes.ts';

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const box = (...paragraphs: string[]) => `<w:r><w:pict><v:textbox><w:txbxContent>${paragraphs.map(p).join('')}</w:txbxContent></v:textbox></w:pict></w:r>`;
const body = (inner: string) => `<w:document><w:body>${inner}<w:sectPr/></w:body></w:document>`;

describe('moveTextBoxesToEnd', () => {
  it('moves a sidebar anchored in the name after the body text, before the section properties, and counts it', () => {
    const xml = body(`<w:p><w:r><w:t>Ana Lima</w:t></w:r>${box('SKILLS', 'Figma', 'Research')}</w:p>${p('ana@lima.pt')}${p('Experience')}`);
    const { xml: moved, sidebars } = moveTextBoxesToEnd(xml);
    const order = [...moved.matchAll(/<w:t>([^<]*)</g)].map((match) => match[1]);
    expect(order).toEqual(['Ana Lima', 'ana@lima.pt', 'Experience', 'SKILLS', 'Figma', 'Research']);
    expect(moved.endsWith('<w:sectPr/></w:body></w:document>')).toBe(true);
    expect(sidebars).toBe(1);
  });

  it('drops the copy inside mc:Choice, which mammoth skips for its fallback, and counts a one-line box as no column', () => {
    const drawing = `<mc:AlternateContent><mc:Choice Requires="wps">${box('CKA, 2022')}</mc:Choice><mc:Fallback>${box('CKA, 2022')}</mc:Fallback></mc:AlternateContent>`;
    const { xml, sidebars } = moveTextBoxesToEnd(body(`${p('Education')}<w:p>${drawing}</w:p>`));
    expect(xml.split('CKA, 2022').length - 1).toBe(1);
    expect(sidebars).toBe(0);
  });

  it('leaves a part of unclosed text boxes as it is, in one pass', () => {
    const hostile = body('<w:txbxContent>'.repeat(200_000));
    expect(moveTextBoxesToEnd(hostile)).toEqual({ xml: hostile, sidebars: 0 });
  });
});
