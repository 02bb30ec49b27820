import type { ExtractedDocument } from '../extract/types.ts';

/** What "Keep my resume on this device" keeps: the extracted text and layout facts, never the file. */
export interface StoredResume {
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
  savedAt: string;
}

const KEY = 'shortlist:resume';
const HANDOFF_KEY = 'shortlist:handoff';

function parseStored(raw: string | null): StoredResume | null {
  try {
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

export function readStoredResume(): StoredResume | null {
  try {
    return parseStored(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

/**
 * Passes the resume to the next page of this tab (a guide opened from /match/), in sessionStorage: it stays
 * in this tab, is read once, and is gone when the tab closes.
 */
export function handOffResume(resume: StoredResume): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(resume));
  } catch {
    // Without storage the guide page simply asks for the file again.
  }
}

export function takeHandedOffResume(): StoredResume | null {
  try {
    const resume = parseStored(sessionStorage.getItem(HANDOFF_KEY));
    sessionStorage.removeItem(HANDOFF_KEY);
    return resume;
  } catch {
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
