import type { ContactDetails, SectionName } from '../scorer/types.ts';

/** The formats an ATS-safe copy is written in; `text` is a UTF-8 .txt file. */
export const COPY_FORMATS = ['docx', 'pdf', 'text'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

export const COPY_FILE_TYPES: Readonly<Record<CopyFormat, { extension: string; mimeType: string; label: string }>> = {
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF' },
  text: { extension: 'txt', mimeType: 'text/plain;charset=utf-8', label: 'Plain text' },
};

/**
 * One line of a section in the copy. An `entry` opens an item (a role, a degree: the line that holds its
 * dates) and is set in bold; a `bullet` is a real list item; `text` is any other line, as written.
 */
export interface CopyItem {
  kind: 'entry' | 'bullet' | 'text';
  text: string;
}

export interface CopySection {
  /** The section as the engine read it: the copy heads it with its standard name. */
  section: SectionName;
  heading: string;
  items: CopyItem[];
}

/** Something the copy does differently from the file, and why: shown before the download. */
export interface CopyNote {
  id: CopyNoteId;
  message: string;
}

export type CopyNoteId =
  | 'one-column'
  | 'headings-renamed'
  | 'contact-into-body'
  | 'links-written-out'
  | 'dates-on-role-line'
  | 'ligatures-expanded'
  | 'icons-dropped'
  | 'hidden-text-dropped'
  | 'margins-dropped'
  | 'graphics-dropped'
  | 'characters-unwritable'
  | 'markup-removed'
  | 'edits-applied';

/**
 * An ATS-safe copy of a resume: one column of plain paragraphs, built from the document model as the engine
 * read it (with the reader's edits), never from the file's drawing.
 */
export interface SafeCopy {
  /** The person's name, first and alone; null when the resume shows none the engine could read. */
  name: string | null;
  /** The lines of the resume's top above its first heading (a headline, contact details), name left out. */
  header: string[];
  sections: CopySection[];
  /** What the copy changes from the file, each with why. */
  changes: CopyNote[];
  /** What the copy leaves out. */
  dropped: CopyNote[];
  /** Paper the copy is set on: Letter where the guide's region uses it, else A4. */
  paper: 'letter' | 'a4';
  /** Most pages the guide asks for: the copy is set to fit them where its content allows. */
  maxPages: number;
}

/** What reading the copy back gave, against what the source resume gave. */
export interface ReadBack {
  /** Sections the source has that the copy did not read back, and sections read back the source lacks. */
  sections: { expected: number; found: number; missing: SectionName[]; extra: SectionName[] };
  /** Bullets of the source not read back whole, word for word. */
  bullets: { expected: number; found: number; changed: string[] };
  /** Contact details the source shows that the copy did not read back as the same value. */
  contact: { found: number; missing: (keyof Omit<ContactDetails, 'wrapped'>)[] };
  /** Keywords matched in the source and not in the copy. */
  keywords: { expected: number; found: number; lost: string[] };
  /** Pages of the copy, where the format has pages the engine can count (PDF). */
  pages: number | null;
  passed: boolean;
}

/** A written copy, read back. */
export interface ExportedCopy {
  format: CopyFormat;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  readBack: ReadBack;
}
