import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { BULLET_INDENT_EMS, BULLET_MARKER, layoutCopy } from './layoutCopy.ts';
import { helveticaMeasure } from './standardFontMeasure.ts';
import type { SafeCopy } from './types.ts';

const FONT = 'Arial';
const BULLETS = 'ats-safe-bullets';
/** Word measures type in half-points and lengths in twentieths of a point. */
const halfPoints = (points: number) => Math.round(points * 2);
const twips = (points: number) => Math.round(points * 20);

/**
 * The copy as a Word document: body paragraphs only (no header, footer, table, text box or image), Arial,
 * headings in Word's Heading 1 style, bullets as Word's own list numbering, set in the typography the PDF
 * copy fits its pages with.
 */
export async function writeDocxCopy(copy: SafeCopy): Promise<Uint8Array> {
  const { typography, paper } = layoutCopy(copy, helveticaMeasure());
  const children: Paragraph[] = [];
  if (copy.name !== null) children.push(new Paragraph({ children: [new TextRun({ text: copy.name, bold: true, size: halfPoints(typography.name) })] }));
  for (const line of copy.header) children.push(new Paragraph({ children: [new TextRun(line)] }));
  for (const section of copy.sections) {
    if (section.heading !== '') children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const item of section.items) {
      if (item.kind === 'bullet') children.push(new Paragraph({ children: [new TextRun(item.text)], numbering: { reference: BULLETS, level: 0 } }));
      else children.push(new Paragraph({ children: [new TextRun({ text: item.text, bold: item.kind === 'entry' })], spacing: { before: item.kind === 'entry' ? twips(typography.body * 0.5) : 0 } }));
    }
  }
  const document = new Document({
    title: copy.name === null ? 'Resume' : `${copy.name} – Resume`,
    creator: 'Shortlist ATS-safe copy',
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(typography.body) }, paragraph: { spacing: { after: 0, line: 264 } } },
        heading1: {
          run: { font: FONT, size: halfPoints(typography.heading), bold: true, color: '000000' },
          paragraph: { spacing: { before: twips(typography.body * 0.9), after: twips(2) }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: BULLET_MARKER,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twips(BULLET_INDENT_EMS * typography.body), hanging: twips(BULLET_INDENT_EMS * typography.body * 0.7) } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(paper.width), height: twips(paper.height) },
            margin: { top: twips(typography.margin), bottom: twips(typography.margin), left: twips(typography.margin), right: twips(typography.margin), header: 0, footer: 0 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
