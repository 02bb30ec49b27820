import { decodeText, looksLikeLegacyText } from './decodeText.ts';
import { looksLikeWordPackage, MAIN_DOCUMENT_PART } from './docxParts.ts';
import { ExtractError, type DocumentFormat } from './types.ts';
import { isZip, readZipDirectory, zipEntryData, type ZipEntry } from './zipArchive.ts';

const UPLOAD_INSTEAD = 'Upload a PDF exported from your editor, a DOCX, or a plain-text file, or paste the text.';

function unsupported(fileName: string, whatItIs: string, nextStep: string): ExtractError {
  return new ExtractError('unsupported-type', `"${fileName}" is ${whatItIs}. ${nextStep}`);
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/** Image formats by signature; HEIC and AVIF are ISO media files whose `ftyp` brand names the format. */
function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, ascii('GIF8'))) return 'GIF';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'WebP';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'HEIC';
    if (brand === 'avif') return 'AVIF';
  }
  if (startsWith(bytes, ascii('II*\0')) || startsWith(bytes, ascii('MM\0*'))) return 'TIFF';
  if (startsWith(bytes, ascii('BM'))) return 'BMP';
  return null;
}

/**
 * Markup that decodes as text but is not a resume's text: an ATS reads its tags and code as words. Told by
 * its first tag, after any BOM, blank space and comments.
 */
function markupKind(text: string): { whatItIs: string; nextStep: string } | null {
  const start = text.slice(0, 1024).replace(/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*/, '').slice(0, 200).toLowerCase();
  if (!start.startsWith('<')) return null;
  if (/^<svg\b/.test(start) || (/^<\?xml\b/.test(start) && text.slice(0, 4096).toLowerCase().includes('<svg'))) {
    return { whatItIs: 'an SVG image, not a document: an ATS reads no resume text from it', nextStep: UPLOAD_INSTEAD };
  }
  if (/^<(?:!doctype html|html|head|body)\b/.test(start)) {
    return {
      whatItIs: 'a web page (HTML): an ATS would read its markup as words',
      nextStep: "Open it in your browser and print it to PDF (Print → Save as PDF), or paste the resume's text.",
    };
  }
  // Only a declared XML document: Markdown resumes may open with an HTML block ("<div align=center>").
  if (/^<\?xml\b/.test(start)) {
    return { whatItIs: 'an XML file, not a resume document', nextStep: UPLOAD_INSTEAD };
  }
  return null;
}

/** What a ZIP without a readable Word main part holds, named after the files that mark each format. */
function describeZip(bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string): ExtractError {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('content.xml') && names.has('mimetype')) {
    return unsupported(fileName, 'an OpenDocument file (LibreOffice, .odt)', 'Save it as DOCX or PDF (File → Save As) and upload that.');
  }
  if ([...names].some((name) => name.startsWith('Index/') && name.endsWith('.iwa'))) {
    return unsupported(fileName, 'an Apple Pages document', 'In Pages, choose File → Export To → PDF or Word, and upload that.');
  }
  if (names.has('xl/workbook.xml')) return unsupported(fileName, 'an Excel spreadsheet, not a resume document', UPLOAD_INSTEAD);
  if (names.has('ppt/presentation.xml')) return unsupported(fileName, 'a PowerPoint presentation, not a resume document', UPLOAD_INSTEAD);
  if (looksLikeWordPackage(bytes, entries)) {
    return new ExtractError(
      'corrupt',
      `"${fileName}" is a Word document whose main part is missing or damaged, so it cannot be opened. Open it in Word or Google Docs and save it again, or upload a PDF.`,
    );
  }
  return unsupported(fileName, 'a ZIP archive, not a resume document', UPLOAD_INSTEAD);
}

/**
 * The format of a file, from its bytes (the name may lie: a PNG renamed .pdf is still a PNG). Throws an
 * ExtractError for everything extraction does not read, naming what the file seems to be.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  // The PDF specification lets a header follow some leading bytes; readers accept it within the first 1 KB.
  if (containsAscii(bytes.subarray(0, 1024), '%PDF-')) return 'pdf';

  if (isZip(bytes)) {
    const entries = readZipDirectory(bytes);
    if (entries === null) {
      // A cut-off DOCX has lost its directory but still names its parts in the local headers.
      if (containsAscii(bytes, 'word/document.xml')) return 'docx';
      throw new ExtractError('corrupt', `"${fileName}" is a damaged ZIP archive that cannot be opened. ${UPLOAD_INSTEAD}`);
    }
    // The first entry of a name, as the DOCX reader reads it; one it cannot even locate is no main part.
    const main = entries.find((entry) => entry.name === MAIN_DOCUMENT_PART);
    if (main !== undefined && zipEntryData(bytes, main) !== null) return 'docx';
    throw describeZip(bytes, entries, fileName);
  }

  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw unsupported(
      fileName,
      'an old-style Word 97–2003 document (.doc) or another legacy Office file',
      'Open it in Word, LibreOffice or Google Docs, save it as DOCX or PDF, and upload that.',
    );
  }
  if (startsWith(bytes, ascii('{\\rtf'))) {
    throw unsupported(fileName, 'a Rich Text (RTF) file', 'Save it as DOCX or PDF from your editor and upload that.');
  }
  const image = imageKind(bytes);
  if (image !== null) {
    throw unsupported(fileName, `a ${image} image, not a document: an ATS reads no text from an image`, UPLOAD_INSTEAD);
  }

  const text = decodeText(bytes);
  if (text !== null) {
    const markup = markupKind(text);
    if (markup !== null) throw unsupported(fileName, markup.whatItIs, markup.nextStep);
    return 'text';
  }
  if (looksLikeLegacyText(bytes)) {
    throw unsupported(
      fileName,
      'a text file in an older encoding, not UTF-8',
      'Save it again as UTF-8 text (most editors offer the choice under Save As → Encoding), or upload a PDF or DOCX.',
    );
  }
  throw unsupported(fileName, 'not a file type Shortlist can read (PDF, DOCX, TXT or Markdown)', UPLOAD_INSTEAD);
}
