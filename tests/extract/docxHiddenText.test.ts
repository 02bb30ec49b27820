import { Document, Header, HighlightColor, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, type ISectionOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import type { ExtractedDocument } from '../../src/extract/types.ts';
import { docxPackage, paragraph, WORDPROCESSINGML, wordDocument, wordHeader } from './docxPackages.ts';

/*
 * Text a reader cannot see must not raise the score: it is cut before mammoth reads the body, and reported.
 * Most files are written by the `docx` library, as an editor writes them; the rest are raw WordprocessingML
 * for what no library writes.
 */

const VISIBLE = 'Jane Doe, backend engineer';
const DARK = '1F3864';

async function docxOf(children: ISectionOptions['children'], options: Omit<ConstructorParameters<typeof Document>[0], 'sections'> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...options, sections: [{ children }] })));
}

/** A paragraph that reads VISIBLE and then holds `run`. */
const withRun = (run: TextRun) => new Paragraph({ children: [new TextRun(`${VISIBLE} `), run] });

const kinds = (document: ExtractedDocument) => document.layout.hiddenText.map((hidden) => hidden.kind);

describe('hidden text in a DOCX', () => {
  it('cuts runs formatted hidden, white or 1 pt out of the text, and reports each kind with a sample', async () => {
    const document = await extractDocxText(
      await docxOf([
        withRun(new TextRun({ text: 'Kubernetes Terraform', vanish: true })),
        withRun(new TextRun({ text: 'AWS GCP Azure', color: 'FFFFFF' })),
        withRun(new TextRun({ text: 'Kafka Spark', size: 2 })),
        withRun(new TextRun({ text: 'Rust', color: 'FAFAFA' })),
      ]),
    );
    expect(document.text).toBe([VISIBLE, VISIBLE, VISIBLE, VISIBLE].join('\n'));
    expect(document.layout.hiddenText).toEqual([
      { kind: 'hidden-formatting', chars: 20, sample: 'Kubernetes Terraform' },
      { kind: 'white-text', chars: 17, sample: 'AWS GCP Azure Rust' },
      { kind: 'tiny-text', chars: 11, sample: 'Kafka Spark' },
    ]);
  });

  it('keeps text a reader can see: vanish turned off, light grey, 2 pt and larger', async () => {
    const document = await extractDocxText(
      await docxOf([
        withRun(new TextRun({ text: 'Go', vanish: false })),
        withRun(new TextRun({ text: 'Python', color: 'E0E0E0' })),
        withRun(new TextRun({ text: 'SQL', size: 4 })),
      ]),
    );
    expect(document.text).toBe(`${VISIBLE} Go\n${VISIBLE} Python\n${VISIBLE} SQL`);
    expect(document.layout.hiddenText).toEqual([]);
  });

  it.each<[string, () => Promise<Uint8Array>]>([
    ['the paragraph is shaded', () => docxOf([new Paragraph({ shading: { type: ShadingType.CLEAR, fill: DARK }, children: [new TextRun({ text: 'Go', color: 'FFFFFF' })] })])],
    ['the run is shaded', () => docxOf([withRun(new TextRun({ text: 'Go', color: 'FFFFFF', shading: { type: ShadingType.CLEAR, fill: DARK } }))])],
    ['the run is highlighted', () => docxOf([withRun(new TextRun({ text: 'Go', color: 'FFFFFF', highlight: HighlightColor.BLACK }))])],
    [
      'its table cell is shaded',
      () =>
        docxOf([
          new Table({
            rows: [new TableRow({ children: [new TableCell({ shading: { type: ShadingType.CLEAR, fill: DARK }, children: [new Paragraph({ children: [new TextRun({ text: 'Go', color: 'FFFFFF' })] })] })] })],
          }),
        ]),
    ],
    ['the page has a colour', () => docxOf([withRun(new TextRun({ text: 'Go', color: 'FFFFFF' }))], { background: { color: DARK } })],
  ])('keeps white text when %s', async (_, build) => {
    const document = await extractDocxText(await build());
    expect(document.text).toContain('Go');
    expect(document.layout.hiddenText).toEqual([]);
  });

  it('cuts text hidden by a character style, and white by the document defaults unless a run sets a colour', async () => {
    const document = await extractDocxText(
      await docxOf(
        [
          new Paragraph({ children: [new TextRun({ text: VISIBLE, color: '000000' }), new TextRun({ text: ' Terraform' })] }),
          new Paragraph({ children: [new TextRun({ text: 'Kubernetes', style: 'Sneaky', color: '000000' })] }),
        ],
        { styles: { default: { document: { run: { color: 'FFFFFF' } } }, characterStyles: [{ id: 'Sneaky', name: 'Sneaky', run: { vanish: true } }] } },
      ),
    );
    expect(document.text).toBe(VISIBLE);
    expect(document.layout.hiddenText).toEqual([
      { kind: 'hidden-formatting', chars: 10, sample: 'Kubernetes' },
      { kind: 'white-text', chars: 10, sample: 'Terraform' },
    ]);
  });

  it('leaves hidden header text out of headerFooterText', async () => {
    const docx = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Jane Doe · jane@example.com'), new TextRun({ text: ' Python', color: 'FFFFFF' })] })] }) },
          children: [new Paragraph(VISIBLE)],
        },
      ],
    });
    const document = await extractDocxText(new Uint8Array(await Packer.toBuffer(docx)));
    expect(document.layout.headerFooterText).toEqual(['Jane Doe · jane@example.com']);
    expect(document.layout.hiddenText).toEqual([{ kind: 'white-text', chars: 7, sample: 'Python' }]);
  });

  it('says so when all of the body is hidden', async () => {
    const docx = await docxOf([new Paragraph({ children: [new TextRun({ text: 'Go Python Kubernetes', color: 'FFFFFF' })] })]);
    await expect(extractDocxText(docx)).rejects.toMatchObject({ name: 'ExtractError', kind: 'empty', message: expect.stringContaining('hidden from a reader') });
  });
});

describe('hidden text in WordprocessingML no editor writes', () => {
  const read = (body: string, parts: Record<string, string> = {}, background = '') => extractDocxText(docxPackage(wordDocument(body, { background }), parts));

  it.each([
    ['"0"', '<w:vanish w:val="0"/>'],
    ['"false"', '<w:vanish w:val="false"/>'],
    ['"off"', '<w:vanish w:val="off"/>'],
    ['as the old formatting of a tracked change', '<w:rPrChange w:id="1" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'],
  ])('keeps a run whose vanish is %s', async (_, properties) => {
    const document = await read(paragraph([[VISIBLE, properties]]));
    expect(document.text).toBe(VISIBLE);
    expect(document.layout.hiddenText).toEqual([]);
  });

  it('reads WordprocessingML bound to another prefix, and entities in attribute values', async () => {
    const body = '<x:p><x:r><x:t>Go </x:t></x:r><x:r><x:rPr><x:vanish/></x:rPr><x:t>Kafka</x:t></x:r><x:r><x:rPr><x:color x:val="&#70;FFFFF"/></x:rPr><x:t>Rust</x:t></x:r></x:p>';
    const document = await extractDocxText(docxPackage(wordDocument(body, { prefix: 'x' })));
    expect(document.text).toBe('Go');
    expect(kinds(document)).toEqual(['hidden-formatting', 'white-text']);
  });

  it('refuses a part that binds w: to another namespace', async () => {
    const document = wordDocument(paragraph([[VISIBLE]])).replace(`xmlns:w="${WORDPROCESSINGML}"`, 'xmlns:w="urn:not-word"');
    await expect(extractDocxText(docxPackage(document))).rejects.toMatchObject({ name: 'ExtractError', kind: 'corrupt' });
  });

  it('keeps a run of white spaces, which only separates words', async () => {
    const document = await read(paragraph([['Go'], [' ', '<w:color w:val="FFFFFF"/>'], ['Python']]));
    expect(document.text).toBe('Go Python');
    expect(document.layout.hiddenText).toEqual([]);
  });

  it('cuts a hidden run whole, with the text box it anchors', async () => {
    const box = '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>';
    const document = await read(`${paragraph([[VISIBLE]])}<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Go</w:t>${box}</w:r></w:p>`);
    expect(document.text).toBe(VISIBLE);
    expect(document.layout.hiddenText).toEqual([{ kind: 'hidden-formatting', chars: 7, sample: 'Goboxed' }]);
  });

  it('keeps white text in a text box, which has a fill of its own, and anywhere when a drawing floats on the page', async () => {
    const box = '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>boxed</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>';
    const document = await read(`${paragraph([[VISIBLE]])}<w:p><w:r>${box}</w:r></w:p>${paragraph([['Go', '<w:color w:val="FFFFFF"/>']])}`);
    expect(document.text).toContain('boxed');
    expect(document.text).toContain('Go');
    expect(document.layout.hiddenText).toEqual([]);
  });

  it('keeps white text in tables and paragraphs whose style shades them', async () => {
    const styles = `<w:styles xmlns:w="${WORDPROCESSINGML}"><w:style w:type="table" w:styleId="Dark"><w:tblPr><w:shd w:val="clear" w:fill="${DARK}"/></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Band"><w:pPr><w:shd w:val="solid" w:color="auto"/></w:pPr></w:style></w:styles>`;
    const white = '<w:color w:val="FFFFFF"/>';
    const table = `<w:tbl><w:tblPr><w:tblStyle w:val="Dark"/></w:tblPr><w:tr><w:tc>${paragraph([['Go', white]])}</w:tc></w:tr></w:tbl>`;
    const document = await read(`${table}${paragraph([['Kafka', white]], '<w:pStyle w:val="Band"/>')}${paragraph([['Rust', white]])}`, { 'word/styles.xml': styles });
    expect(document.text).toBe('Go\nKafka');
    expect(document.layout.hiddenText).toEqual([{ kind: 'white-text', chars: 4, sample: 'Rust' }]);
  });

  it('follows a style chain of 20,000 styles based on one another, once', async () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}">${i > 0 ? `<w:basedOn w:val="s${i - 1}"/>` : '<w:rPr><w:sz w:val="2"/></w:rPr>'}</w:style>`);
    const styles = `<w:styles xmlns:w="${WORDPROCESSINGML}">${chain.join('')}</w:styles>`;
    const tiny = Array.from({ length: 5_000 }, (_, i) => paragraph([['x']], `<w:pStyle w:val="s${19_999 - i}"/>`));
    const document = await read(`${paragraph([[VISIBLE, '<w:sz w:val="22"/>']], '<w:pStyle w:val="s19999"/>')}${tiny.join('')}`, { 'word/styles.xml': styles });
    expect(document.text).toBe(VISIBLE);
    expect(document.layout.hiddenText).toEqual([{ kind: 'tiny-text', chars: 5_000, sample: 'x '.repeat(30).trim() }]);
  });

  it('reads 15,000 paragraphs of hidden and visible runs in one pass', async () => {
    const body = paragraph([['Go '], ['Kafka', '<w:vanish/>'], ['Rust', '<w:sz w:val="1"/>']]).repeat(15_000);
    const document = await read(body, {}, '');
    expect(document.text.split('\n')).toHaveLength(15_000);
    expect(document.layout.hiddenText).toEqual([
      { kind: 'hidden-formatting', chars: 75_000, sample: 'Kafka '.repeat(10).trim() },
      { kind: 'tiny-text', chars: 60_000, sample: 'Rust '.repeat(12).trim() },
    ]);
  });

  it('keeps white text on a page with a colour set in the document', async () => {
    const document = await read(paragraph([['Go', '<w:color w:val="FFFFFF"/>']]), {}, `<w:background w:color="${DARK}"/>`);
    expect(document.text).toBe('Go');
  });

  it('reads header text through the same cut', async () => {
    const header = wordHeader(paragraph([['Jane Doe'], [' kubernetes', '<w:vanish/>']]));
    const document = await read(paragraph([[VISIBLE]]), { 'word/header1.xml': header });
    expect(document.layout.headerFooterText).toEqual(['Jane Doe']);
    expect(kinds(document)).toEqual(['hidden-formatting']);
  });
});
