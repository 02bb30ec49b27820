import { zipSync } from 'fflate';
import { HiddenTextTally, mayPaintBehindText, removeHiddenRuns } from './docxHiddenRuns.ts';
import { PLAIN_LINE_STYLE, type DocumentProducer, type LineFacts, type LineStyle } from '../document/types.ts';
import { documentProducer } from './documentProducer.ts';
import { damagedDocx, readDocxParts, type DocxPart } from './docxParts.ts';
import { readDocxStyles, type DocxStyles } from './docxStyles.ts';
import { moveTextBoxesToEnd } from './docxTextBoxes.ts';
import { assertDocxWorkload } from './docxWorkload.ts';
import { normalizeText, textPieces } from './normalizeText.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument } from './types.ts';
import { wordXmlParagraphs } from './wordXmlParagraphs.ts';
import { readZipDirectory } from './zipArchive.ts';
import { docxLinkUrls } from './docxLinks.ts';
import { countPictures } from './docxPictures.ts';

/** The nodes of mammoth's document model that carry text, and their formatting (mammoth ships no types for them). */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number } | null;
  /** Direct run formatting; what a run inherits from styles is resolved by DocxStyles. */
  isBold?: boolean;
  fontSize?: number | null;
}

/** A line of the body's text as the document formats it. */
interface DocxLine {
  text: string;
  style: LineStyle;
  /** Its letters' type: how many are bold, and how many at each size (points). */
  type: RunType;
}

interface RunType {
  letters: number;
  bold: number;
  /** Letters by point size, for the runs whose size is known. */
  sizes: Map<number, number>;
}

const HEADING_STYLE_NAME = /^(?:heading|title)\b/i;
/** Larger than the body text by this much, a line stands apart by its size alone. */
const EMPHASIS_SIZE = 1.15;

function emptyType(): RunType {
  return { letters: 0, bold: 0, sizes: new Map() };
}

function addType(into: RunType, from: RunType): void {
  into.letters += from.letters;
  into.bold += from.bold;
  for (const [size, letters] of from.sizes) into.sizes.set(size, (into.sizes.get(size) ?? 0) + letters);
}

/** Reads a paragraph's runs into lines (a typed line break starts a new one), with each line's type. */
class ParagraphReader {
  readonly lines: { text: string; type: RunType }[] = [{ text: '', type: emptyType() }];

  private readonly styles: DocxStyles;
  private readonly paragraphStyleId: string | undefined;

  constructor(styles: DocxStyles, paragraphStyleId: string | undefined) {
    this.styles = styles;
    this.paragraphStyleId = paragraphStyleId;
  }

  read(node: MammothNode, run?: MammothNode): void {
    const line = this.lines.at(-1)!;
    switch (node.type) {
      case 'text': {
        line.text += node.value ?? '';
        const letters = (node.value ?? '').replace(/\s/g, '').length;
        if (letters === 0 || run === undefined) return;
        const inherited = this.styles.inheritedRunFormat(this.paragraphStyleId, run.styleId ?? undefined);
        line.type.letters += letters;
        if (run.isBold === true || inherited.bold === true) line.type.bold += letters;
        const size = run.fontSize ?? (inherited.halfPoints === undefined ? undefined : inherited.halfPoints / 2);
        if (size !== undefined) line.type.sizes.set(size, (line.type.sizes.get(size) ?? 0) + letters);
        return;
      }
      case 'tab':
        // A tab stop sets what follows apart (a name from its contact details, a role from its dates).
        line.text += '\t';
        return;
      case 'break':
        this.lines.push({ text: '', type: emptyType() });
        return;
      case 'run':
        for (const child of node.children ?? []) this.read(child, node);
        return;
      case 'hyperlink':
        for (const child of node.children ?? []) this.read(child, run);
    }
  }
}

/**
 * A paragraph's lines. A list item opens with "• " as Word draws it, unless its paragraph is a heading: Word
 * outline-numbers headings ("1. Experience"), and that number is the outline's, not a list's.
 */
function paragraphLines(paragraph: MammothNode, styles: DocxStyles): DocxLine[] {
  const styleId = paragraph.styleId ?? undefined;
  const reader = new ParagraphReader(styles, styleId);
  for (const child of paragraph.children ?? []) reader.read(child);
  const heading = HEADING_STYLE_NAME.test(paragraph.styleName ?? '') || styles.outlineLevel(styleId) !== undefined;
  const listLevel = paragraph.numbering && !heading ? Number(paragraph.numbering.level) || 0 : null;
  const lines = reader.lines.map(({ text, type }, i) => ({
    text: i === 0 && listLevel !== null ? `• ${text}` : text,
    style: { ...PLAIN_LINE_STYLE, heading, listLevel: i === 0 ? listLevel : null, continuesParagraph: i > 0 },
    type,
  }));
  // A heading starts a block: a blank line before it, as between blocks of a PDF.
  return heading ? [{ text: '', style: PLAIN_LINE_STYLE, type: emptyType() }, ...lines] : lines;
}

/**
 * A table row whose cells each hold one line reads as one line, cells joined by " | " ("Languages | Go,
 * Python"); a row holding longer cells (a layout table: sidebar cell, main cell) reads cell after cell.
 */
function tableLines(table: MammothNode, styles: DocxStyles): DocxLine[] {
  return (table.children ?? []).flatMap((row) => {
    const cells = (row.children ?? []).map((cell) => blockLines(cell.children ?? [], styles).filter((line) => line.text.trim() !== ''));
    if (cells.some((cell) => cell.length > 1)) return cells.flat();
    const line = cells.flat();
    if (line.length <= 1) return line;
    const type = emptyType();
    for (const part of line) addType(type, part.type);
    return [{ text: line.map((part) => part.text).join(' | '), style: PLAIN_LINE_STYLE, type }];
  });
}

/** A cell with this many lines is a column of text, not a label or a name. */
const COLUMN_CELL_LINES = 3;

/**
 * Columns of the widest layout table (a row of cells side by side, each holding a column of text: a sidebar
 * cell beside a main cell); 1 when the body has none. A table of short cells is a table of data, or a header
 * (the name in one cell, the contact lines in the other).
 */
function layoutColumns(blocks: readonly MammothNode[], styles: DocxStyles): number {
  let columns = 1;
  for (const table of blocks.filter((block) => block.type === 'table')) {
    for (const row of table.children ?? []) {
      const cells = (row.children ?? []).map((cell) => blockLines(cell.children ?? [], styles).filter((line) => line.text.trim() !== '').length);
      const textColumns = cells.filter((lines) => lines >= COLUMN_CELL_LINES).length;
      if (textColumns >= 2) columns = Math.max(columns, textColumns);
    }
  }
  return columns;
}

function blockLines(blocks: readonly MammothNode[], styles: DocxStyles): DocxLine[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return paragraphLines(block, styles);
    if (block.type === 'table') return tableLines(block, styles);
    return [];
  });
}

/** The size most letters are set in: the body text's (undefined when no run says its size). */
function bodySize(lines: readonly DocxLine[]): number | undefined {
  const all = emptyType();
  for (const line of lines) addType(all, line.type);
  let body: number | undefined;
  for (const [size, letters] of all.sizes) if (body === undefined || letters > (all.sizes.get(body) ?? 0)) body = size;
  return body;
}

/** Each line's facts: its style, emphasised when all its letters are bold or its type is larger than the body's. */
function lineFacts(lines: readonly DocxLine[]): (LineFacts | null)[] {
  const body = bodySize(lines);
  return lines.map(({ text, style, type }) => {
    if (text.trim() === '') return null;
    const largest = Math.max(0, ...type.sizes.keys());
    const emphasis = type.letters > 0 && (type.bold === type.letters || (body !== undefined && largest >= body * EMPHASIS_SIZE));
    return { geometry: null, style: { ...style, emphasis } };
  });
}

/**
 * Header and footer text, which mammoth ignores and many ATS drop: one entry per paragraph, or per piece of
 * one that tab stops set apart, each once.
 */
function headerFooterText(parts: readonly DocxPart[], styles: DocxStyles, whiteCanShow: boolean, tally: HiddenTextTally): string[] {
  const lines = new Set<string>();
  for (const part of parts) {
    for (const line of wordXmlParagraphs(removeHiddenRuns(part.xml, styles, whiteCanShow, tally))) {
      for (const piece of textPieces(normalizeText(line))) lines.add(piece);
    }
  }
  return [...lines];
}

/** The editor that saved the package, from the Application element of its app properties (one short line). */
function docxProducer(appProperties: DocxPart | undefined): DocumentProducer | null {
  const application = appProperties && /<(?:\w+:)?Application>([^<]*)</.exec(appProperties.xml);
  return documentProducer([application?.[1]]);
}

/** The body's model as mammoth reads it from `parts`, which are all it is given. */
async function readBody(parts: readonly DocxPart[]): Promise<MammothNode[]> {
  // An archive with nothing compressed: JSZip, underneath mammoth, only copies bytes out of it, so it never
  // inflates anything that was not inflated under the caps first.
  const repacked = zipSync(Object.fromEntries(parts.map((part) => [part.name, part.bytes])), { level: 0 });
  // Loaded on the first DOCX only: pages that never receive one never download mammoth.
  const { default: mammoth } = await import('mammoth');
  let body: MammothNode[] = [];
  try {
    // mammoth's Node entry reads `buffer`; its browser entry (the package's `browser` field, which Vite
    // follows) reads `arrayBuffer`. JSZip underneath accepts either.
    await mammoth.convertToHtml(
      { buffer: repacked as Buffer, arrayBuffer: repacked.buffer },
      {
        transformDocument: (document: MammothNode) => {
          body = document.children ?? [];
          // Only the model is wanted: an empty document makes mammoth's HTML rendering (and image reading) free.
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw damagedDocx();
  }
  return body;
}

/**
 * A DOCX's body text in document order (paragraphs, "• " list items, tables, text boxes), and its header and
 * footer text apart in `layout.headerFooterText`. Text a reader cannot see (runs formatted hidden, white on
 * an unpainted page, or too small to read) is left out of both and reported in `layout.hiddenText`. Every
 * part is unpacked and counted under the caps in limits.ts before mammoth sees it.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<ExtractedDocument> {
  const entries = readZipDirectory(bytes);
  if (entries === null) throw damagedDocx();
  const parts = readDocxParts(bytes, entries);
  assertDocxWorkload(parts);

  const { main } = parts;
  const styles = readDocxStyles(parts.styles?.xml);
  const whiteCanShow = [main, ...parts.headersAndFooters].some((part) => mayPaintBehindText(part.xml));
  const tally = new HiddenTextTally();
  const visible = removeHiddenRuns(main.xml, styles, whiteCanShow, tally);
  const { xml: readingOrder, sidebars } = moveTextBoxesToEnd(visible);
  const mammothParts = parts.mammoth.map((part) => (part === main && readingOrder !== main.xml ? { ...part, bytes: new TextEncoder().encode(readingOrder) } : part));

  const body = await readBody(mammothParts);
  const margins = headerFooterText(parts.headersAndFooters, styles, whiteCanShow, tally);
  const lines = blockLines(body, styles);
  const document = toExtractedDocument('docx', lines.map((line) => line.text).join('\n'), null, {
    columns: Math.max(layoutColumns(body, styles), sidebars > 0 ? 2 : 1),
    headerFooterText: margins,
    hiddenText: tally.report(),
    producer: docxProducer(parts.appProperties),
    linkUrls: docxLinkUrls(parts.relationships),
    pictures: countPictures([main, ...parts.headersAndFooters]),
  }, lineFacts(lines));
  if (document.text === '') throw new ExtractError('empty', emptyBodyMessage(document));
  return document;
}

function emptyBodyMessage({ layout }: ExtractedDocument): string {
  if (layout.hiddenText.some((hidden) => hidden.chars > 0 && hidden.kind !== 'invisible-characters')) {
    return 'All the text in the body of this DOCX is hidden from a reader (formatted as hidden, white on a white page, or too small to read). Make the resume text visible, or upload a PDF.';
  }
  if (layout.headerFooterText.length > 0) {
    return 'This DOCX has text only in its page header or footer, which an ATS skips. Move the resume into the body of the document.';
  }
  return 'This DOCX has no text in it (it may hold only pictures of text, which an ATS cannot read). Type the resume as text, or upload the text PDF.';
}
