import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';

const OUTLINE = {
  reference: 'outline',
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
};
const BULLETS = {
  reference: 'bullets',
  levels: [
    { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.START },
  ],
};

async function docx(children: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({ numbering: { config: [OUTLINE, BULLETS] }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Each non-blank line's text and style, as the engine receives them. */
async function styledLines(bytes: Uint8Array) {
  const document = await extractDocxText(bytes);
  return document.lines.map((line) => ({ text: document.text.slice(line.start, line.end), ...line.style }));
}

describe('DOCX line styles', () => {
  it('reads an outline-numbered heading as a heading, and list items with their level', async () => {
    const lines = await styledLines(
      await docx([
        new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } }),
        new Paragraph({ text: 'Built the payouts API', numbering: { reference: 'bullets', level: 0 } }),
        new Paragraph({ text: 'Cut latency by 40%', numbering: { reference: 'bullets', level: 1 } }),
      ]),
    );
    expect(lines).toEqual([
      { text: 'Experience', heading: true, listLevel: null, emphasis: expect.any(Boolean), continuesParagraph: false },
      { text: '• Built the payouts API', heading: false, listLevel: 0, emphasis: false, continuesParagraph: false },
      { text: '• Cut latency by 40%', heading: false, listLevel: 1, emphasis: false, continuesParagraph: false },
    ]);
  });

  it('marks bold or larger lines as emphasised, and lines after a typed break as going on', async () => {
    const lines = await styledLines(
      await docx([
        new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun({ text: 'WORK HISTORY', bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: 'Skills', size: 28 })] }),
        new Paragraph({ children: [new TextRun({ text: 'Go, Kafka', size: 22 })] }),
        new Paragraph({
          numbering: { reference: 'bullets', level: 0 },
          children: [new TextRun('Ran the on-call rota'), new TextRun({ text: 'for 12 engineers', break: 1 })],
        }),
      ]),
    );
    expect(lines.map(({ text, emphasis, continuesParagraph }) => [text, emphasis, continuesParagraph])).toEqual([
      ['• WORK HISTORY', true, false],
      ['Skills', true, false],
      ['Go, Kafka', false, false],
      ['• Ran the on-call rota', false, false],
      ['for 12 engineers', false, true],
    ]);
  });
});
