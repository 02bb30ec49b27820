import { normalizeText } from './normalizeText.ts';
import { toExtractedDocument } from './toExtractedDocument.ts';
import { ExtractError, type ExtractedDocument } from './types.ts';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zipArchive.ts';

/** A resume DOCX unpacks to well under 5 MB even with photos; more is a zip bomb or not a resume. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Header and footer parts hold a line or two: more than this is not worth inflating. */
const MAX_HEADER_FOOTER_PART_BYTES = 1024 * 1024;

/** The nodes of mammoth's document model that carry text (mammoth ships no types for them). */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  numbering?: unknown;
}

const damaged = (): ExtractError =>
  new ExtractError(
    'corrupt',
    'This DOCX is damaged (perhaps cut off while downloading) and cannot be opened. Open it in Word or Google Docs and save it again, or upload a PDF.',
  );

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

/** Header and footer text, which mammoth ignores and many ATS drop: one entry per paragraph. */
async function headerFooterText(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string[]> {
  const parts = ['header', 'footer'].flatMap((kind) =>
    entries
      .filter((entry) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })),
  );
  const lines: string[] = [];
  for (const part of parts) {
    const xml = await readZipEntry(bytes, part, MAX_HEADER_FOOTER_PART_BYTES);
    if (xml === null) continue;
    for (const line of wordXmlParagraphs(new TextDecoder().decode(xml))) {
      const text = normalizeText(line).text;
      if (text !== '' && !lines.includes(text)) lines.push(text);
    }
  }
  return lines;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return XML_ENTITIES[name] ?? entity;
  });
}

/** The text of each `w:p` in a WordprocessingML part: `w:t` runs, tabs as spaces. */
export function wordXmlParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*[^/>])?>[\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
      .map(([, text, tab]) => (tab ? ' ' : decodeXmlText(text ?? '')))
      .join(''),
  );
}

/**
 * A DOCX's body text in document order (paragraphs, "• " list items, tables, text boxes), and its header and
 * footer text apart in `layout.headerFooterText`. Checks the sizes the archive declares before inflating.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<ExtractedDocument> {
  const entries = readZipDirectory(bytes);
  if (entries === null) throw damaged();
  const unpacked = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    throw new ExtractError(
      'too-large',
      `This DOCX unpacks to ${Math.round(unpacked / 1024 / 1024)} MB, far beyond any resume. If it holds large images, remove them, or upload a PDF.`,
    );
  }

  // Loaded on the first DOCX only: pages that never receive one never download mammoth.
  const { default: mammoth } = await import('mammoth');
  let body: MammothNode[] = [];
  try {
    const copy = bytes.slice();
    // mammoth's Node entry reads `buffer`; its browser entry (the package's `browser` field, which Vite
    // follows) reads `arrayBuffer`. JSZip underneath accepts either.
    await mammoth.convertToHtml(
      { buffer: copy as Buffer, arrayBuffer: copy.buffer },
      {
        transformDocument: (document: MammothNode) => {
          body = document.children ?? [];
          // Only the model is wanted: an empty document makes mammoth's HTML rendering (and image reading) free.
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw damaged();
  }

  const document = toExtractedDocument('docx', blockLines(body).join('\n'), null, {
    columns: 1,
    headerFooterText: await headerFooterText(bytes, entries),
  });
  if (document.text === '') {
    throw new ExtractError(
      'empty',
      document.layout.headerFooterText.length > 0
        ? 'This DOCX has text only in its page header or footer, which an ATS skips. Move the resume into the body of the document.'
        : 'This DOCX has no text in it (it may hold only pictures of text, which an ATS cannot read). Type the resume as text, or upload the text PDF.',
    );
  }
  return document;
}
