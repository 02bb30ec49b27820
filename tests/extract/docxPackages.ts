/*
 * DOCX packages written in the tests themselves, part by part, for the hardening tests: any part may be
 * hostile XML, a zip bomb, or absent, and the archive may lie about its sizes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const WORDPROCESSINGML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A `w:document` around `body`, with `w:` bound to WordprocessingML (and `prefix:` when another is wanted). */
export function wordDocument(body: string, { prefix = 'w', background = '' } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document xmlns:${prefix}="${WORDPROCESSINGML}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">${background}<${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
}

/** A header or footer part around `paragraphs`. */
export function wordHeader(paragraphs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${WORDPROCESSINGML}">${paragraphs}</w:hdr>`;
}

/** A paragraph of runs, each `[text, run properties]`, with optional paragraph properties. */
export function paragraph(runs: readonly (readonly [string, string?])[], properties = ''): string {
  const body = runs.map(([text, runProperties]) => `<w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`);
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${body.join('')}</w:p>`;
}

/**
 * A DOCX holding the content types, package relationships and `word/document.xml`, plus `parts` (a part
 * set to null is left out). Parts are deflated unless `level` says otherwise.
 */
export function docxPackage(document: string | Uint8Array, parts: Record<string, string | Uint8Array | null> = {}, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  const all = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': PACKAGE_RELATIONSHIPS, 'word/document.xml': document, ...parts };
  for (const [name, content] of Object.entries(all)) {
    if (content !== null) files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level });
}

/** Overwrites every size the archive declares for an entry's unpacked data (local header and directory) with `size`. */
export function declareUnpackedSizes(zip: Uint8Array, size: number): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  for (let at = 0; at + 46 <= lying.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    else if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return lying;
}

/** The offset of the local header of the entry named `name` (the first such header). */
export function localHeaderOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 30 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    if (nameLength === wanted.length && wanted.every((byte, i) => zip[at + 30 + i] === byte)) return at;
  }
  throw new Error(`no entry named ${name}`);
}
