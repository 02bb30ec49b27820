import { MAX_DOCX_HEADER_FOOTER_PARTS, MAX_DOCX_PART_BYTES, MAX_DOCX_XML_BYTES } from '../limits.ts';
import { ExtractError } from './types.ts';
import { readZipEntry, type ZipEntry } from './zipArchive.ts';

/*
 * Which parts of a DOCX package are read, and reading them under the caps. Only XML is ever unpacked (images
 * and embedded files never are), each part stops unpacking at MAX_DOCX_PART_BYTES and all of them together
 * at MAX_DOCX_XML_BYTES, whatever sizes the archive declares.
 */

export const MAIN_DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const CONTENT_TYPES_PART = '[Content_Types].xml';

/**
 * What mammoth reads to build the body's model: the body, its relationships (hyperlinks), styles (headings)
 * and numbering (list items). The package relationships are left out on purpose: without them mammoth
 * falls back to `word/document.xml`, the part these checks read, wherever the package points. Notes and
 * comments are left out because only the body's text is used.
 */
const MAMMOTH_PARTS = [CONTENT_TYPES_PART, MAIN_DOCUMENT_PART, 'word/_rels/document.xml.rels', STYLES_PART, 'word/numbering.xml'];

/** The package's extended properties, whose Application names the editor that saved the file. */
const APP_PROPERTIES_PART = 'docProps/app.xml';

const HEADER_FOOTER_PART = /^word\/(header|footer)(\d*)\.xml$/;
/** A part's relationships (where its hyperlinks point) stand beside it: `word/_rels/header1.xml.rels`. */
const relationshipsOf = (part: string) => part.replace(/^word\//, 'word/_rels/') + '.rels';

export interface DocxPart {
  name: string;
  bytes: Uint8Array;
  xml: string;
}

export interface DocxParts {
  /** `word/document.xml`, the body. */
  main: DocxPart;
  styles: DocxPart | undefined;
  /** Every part mammoth reads, the main part and the styles among them. */
  mammoth: DocxPart[];
  /** Header parts, then footer parts, in number order: at most MAX_DOCX_HEADER_FOOTER_PARTS. */
  headersAndFooters: DocxPart[];
  /** `docProps/app.xml`, when the package has a readable one. */
  appProperties: DocxPart | undefined;
  /** The relationships of the body and of each header and footer read, where the package has them. */
  relationships: DocxPart[];
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function tooLarge(unpacked: string): ExtractError {
  return new ExtractError(
    'too-large',
    `This DOCX unpacks to ${unpacked} of text and formatting, where a resume holds well under 1 MB (Shortlist reads at most ${mb(MAX_DOCX_PART_BYTES)} a part, ${mb(MAX_DOCX_XML_BYTES)} in all). Copy the resume into a new document and save that, or upload a PDF.`,
  );
}

export function damagedDocx(): ExtractError {
  return new ExtractError(
    'corrupt',
    'This DOCX is damaged (perhaps cut off while downloading) and cannot be opened. Open it in Word or Google Docs and save it again, or upload a PDF.',
  );
}

function throwDamaged(): never {
  throw damagedDocx();
}

/** Headers before footers, each in number order (header2 before header10). */
function headerFooterOrder(a: RegExpExecArray, b: RegExpExecArray): number {
  return Number(a[1] === 'footer') - Number(b[1] === 'footer') || Number(a[2] || 0) - Number(b[2] || 0);
}

/** The entries read, by name: the first of two entries with one name, as detectFormat checks it. */
function selectEntries(entries: readonly ZipEntry[]): { mammoth: ZipEntry[]; headersAndFooters: ZipEntry[]; appProperties: ZipEntry | undefined; marginRelationships: ZipEntry[] } {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  const mammoth = MAMMOTH_PARTS.flatMap((name) => byName.get(name) ?? []);
  const headersAndFooters = [...byName.values()]
    .flatMap((entry) => {
      const match = HEADER_FOOTER_PART.exec(entry.name);
      return match === null ? [] : [{ entry, match }];
    })
    .sort((a, b) => headerFooterOrder(a.match, b.match))
    .slice(0, MAX_DOCX_HEADER_FOOTER_PARTS)
    .map(({ entry }) => entry);
  const marginRelationships = headersAndFooters.flatMap((entry) => byName.get(relationshipsOf(entry.name)) ?? []);
  return { mammoth, headersAndFooters, appProperties: byName.get(APP_PROPERTIES_PART), marginRelationships };
}

/**
 * Unpacks the parts extraction reads. Throws `too-large` past a cap (the declared sizes refuse a bomb before
 * anything is inflated; the running count refuses one that lies) and `corrupt` when the main document is
 * missing or unreadable or another part mammoth needs is unreadable. A header or footer (or the app
 * properties) that cannot be read is skipped: the body is still the resume.
 */
export function readDocxParts(bytes: Uint8Array, entries: readonly ZipEntry[]): DocxParts {
  const selected = selectEntries(entries);
  if (!selected.mammoth.some((entry) => entry.name === MAIN_DOCUMENT_PART)) throwDamaged();
  const all = [...selected.mammoth, ...selected.headersAndFooters, ...selected.marginRelationships, ...(selected.appProperties ? [selected.appProperties] : [])];
  const declared = all.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (declared > MAX_DOCX_XML_BYTES || all.some((entry) => entry.uncompressedSize > MAX_DOCX_PART_BYTES)) throw tooLarge(mb(declared));

  const decoder = new TextDecoder();
  let unpacked = 0;
  const read = (entry: ZipEntry): DocxPart | null => {
    const partCap = unpacked + MAX_DOCX_PART_BYTES <= MAX_DOCX_XML_BYTES;
    const content = readZipEntry(bytes, entry, partCap ? MAX_DOCX_PART_BYTES : MAX_DOCX_XML_BYTES - unpacked);
    if (content.status === 'over-cap') throw tooLarge(`more than ${mb(partCap ? MAX_DOCX_PART_BYTES : MAX_DOCX_XML_BYTES)}`);
    if (content.status === 'unreadable') return null;
    unpacked += content.bytes.byteLength;
    return { name: entry.name, bytes: content.bytes, xml: decoder.decode(content.bytes) };
  };

  const mammoth = selected.mammoth.map((entry) => read(entry) ?? throwDamaged());
  const main = mammoth.find((part) => part.name === MAIN_DOCUMENT_PART) ?? throwDamaged();
  const headersAndFooters = selected.headersAndFooters.flatMap((entry) => read(entry) ?? []);
  // Links are advice, like the editor's name: a relationships part that cannot be read is skipped.
  const relationships = [...mammoth.filter((part) => part.name === relationshipsOf(MAIN_DOCUMENT_PART)), ...selected.marginRelationships.flatMap((entry) => read(entry) ?? [])];
  // Read last, so that every cap counts it, and skipped when unreadable: the editor's name is advice only.
  const appProperties = selected.appProperties && (read(selected.appProperties) ?? undefined);
  return { main, styles: mammoth.find((part) => part.name === STYLES_PART), mammoth, headersAndFooters, appProperties, relationships };
}

/**
 * Whether an archive is a Word document by what it holds besides the main part: `word/` parts, or content
 * types that name WordprocessingML. One that is but lacks `word/document.xml` is a damaged DOCX, not some
 * other kind of ZIP.
 */
export function looksLikeWordPackage(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  if (entries.some((entry) => entry.name.startsWith('word/'))) return true;
  const contentTypes = entries.find((entry) => entry.name === CONTENT_TYPES_PART);
  if (contentTypes === undefined) return false;
  const content = readZipEntry(bytes, contentTypes, MAX_DOCX_PART_BYTES);
  return content.status === 'read' && new TextDecoder().decode(content.bytes).includes('wordprocessingml');
}
