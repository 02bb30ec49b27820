import type { ExtractedDocument } from '../extract/types.ts';

/** What "Keep my resume on this device" keeps: the extracted text and layout facts, never the file. */
export interface StoredResume {
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
  savedAt: string;
}

const KEY = 'shortlist:resume';

export function readStoredResume(): StoredResume | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<StoredResume>;
    return typeof stored.text === 'string' && stored.text !== ''
      ? { fileName: stored.fileName ?? null, text: stored.text, document: stored.document ?? null, savedAt: stored.savedAt ?? '' }
      : null;
  } catch {
    // Storage disabled or the entry damaged: behave as if nothing was kept.
    return null;
  }
}

export function writeStoredResume(resume: StoredResume): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(resume));
    return true;
  } catch {
    return false;
  }
}

export function forgetStoredResume(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept if storage is unavailable.
  }
}
