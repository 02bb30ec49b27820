import { zipSync } from 'fflate';
import { HiddenTextTally, mayPaintBehindText, removeHiddenRuns } from './docxHiddenRuns.ts';
import type { DocumentProducer } from '../document/types.ts';
import { documentProducer } from './documentProducer.ts';
import { damagedDocx, readDocxParts, type DocxPart } from './docxParts.ts';
import { readDocxStyles, type DocxStyles } from './docxStyles.ts';
import { assertDocxWorkload } from './docxWorkload.ts';
import { normalizeText } from './normalizeText.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument } from './types.ts';
import { wordXmlParagraphs } from './wordXmlParagraphs.ts';
import { readZipDirectory } from './zipArchive.ts';

/** The nodes of mammoth's document model that carry text (mammoth ships no types for them). */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  numbering?: unknown;
}

/** A paragraph's inline text; line breaks inside it start new lines. */
function inlineText(node: MammothNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return ' ';
    case 'break':
      return '\n';
    case 'run':
    case 'hyperlink':
      return (node.children ?? []).map(inlineText).join('');
    default:
      return '';
  }
}

function paragraphLines(paragraph: MammothNode): string[] {
  const lines = (paragraph.children ?? []).map(inlineText).join('').split('\n');
  if (paragraph.numbering) return lines.map((line, i) => (i === 0 ? `• ${line}` : line));
  // A heading starts a block: a blank line before it, as between blocks of a PDF.
  if (/^(heading|title)\b/i.test(paragraph.styleName ?? '')) return ['', ...lines];
  return lines;
}

/**
 * A table row whose cells each hold one line reads as one line, cells joined by " | " ("Languages | Go,
 * Python"); a row holding longer cells (a layout table: sidebar cell, main cell) reads cell after cell.
 */
function tableLines(table: MammothNode): string[] {
  return (table.children ?? []).flatMap((row) => {
    const cells = (row.children ?? []).map((cell) => blockLines(cell.children ?? []).filter((line) => line.trim() !== ''));
    if (cells.every((cell) => cell.length <= 1)) return [cells.flat().join(' | ')];
    return cells.flat();
  });
}

function blockLines(blocks: readonly MammothNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return paragraphLines(block);
    if (block.type === 'table') return tableLines(block);
    return [];
  });
}

/** Header and footer text, which mammoth ignores and many ATS drop: one entry per paragraph, each once. */
function headerFooterText(parts: readonly DocxPart[], styles: DocxStyles, whiteCanShow: boolean, tally: HiddenTextTally): string[] {
  const lines = new Set<string>();
  for (const part of parts) {
    for (const line of wordXmlParagraphs(removeHiddenRuns(part.xml, styles, whiteCanShow, tally))) {
      const text = normalizeText(line).text;
      if (text !== '') lines.add(text);
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
  const visibleMain = removeHiddenRuns(main.xml, styles, whiteCanShow, tally);
  const mammothParts = parts.mammoth.map((part) => (part === main && visibleMain !== main.xml ? { ...part, bytes: new TextEncoder().encode(visibleMain) } : part));

  const body = await readBody(mammothParts);
  const margins = headerFooterText(parts.headersAndFooters, styles, whiteCanShow, tally);
  const document = toExtractedDocument('docx', blockLines(body).join('\n'), null, {
    columns: 1,
    headerFooterText: margins,
    hiddenText: tally.report(),
    producer: docxProducer(parts.appProperties),
  });
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
