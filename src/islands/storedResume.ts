import type { ExtractedDocument } from '../extract/types.ts';
import { MAX_RESUME_CHARS } from '../limits.ts';

/** What "Keep my resume on this device" keeps: the extracted text and layout facts, never the file. */
export interface StoredResume {
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
  savedAt: string;
}

const KEY = 'shortlist:resume';
const HANDOFF_KEY = 'shortlist:handoff';
/**
 * A stored entry holds the text twice (the resume and its document) plus JSON escaping: anything longer
 * than this cannot be a resume Shortlist would have kept, and is not even parsed.
 */
const MAX_STORED_CHARS = 3 * MAX_RESUME_CHARS;

/** What was found in storage: a resume to use, nothing, or an entry that did not fit and was removed. */
export type StoredRead = { kind: 'resume'; resume: StoredResume } | { kind: 'none' } | { kind: 'removed' };

/**
 * An entry, validated before use. The schema loads only when there is an entry to check, so pages whose
 * reader keeps nothing never download it.
 */
async function readEntry(storage: Storage, key: string): Promise<StoredRead> {
  const raw = storage.getItem(key);
  if (raw === null) return { kind: 'none' };
  let parsed: unknown = null;
  if (raw.length <= MAX_STORED_CHARS) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      // Damaged: removed below, like any entry of the wrong shape.
    }
  }
  const { parseStoredResume } = await import('./storedResumeSchema.ts');
  const resume = parseStoredResume(parsed);
  if (resume) return { kind: 'resume', resume };
  storage.removeItem(key);
  return { kind: 'removed' };
}

/** Storage can be disabled or full; then nothing was kept and nothing can be. */
function withStorage<T>(storage: () => Storage, use: (storage: Storage) => T, otherwise: T): T {
  try {
    return use(storage());
  } catch {
    return otherwise;
  }
}

const NOTHING: StoredRead = { kind: 'none' };

export function readStoredResume(): Promise<StoredRead> {
  return withStorage(() => localStorage, (storage) => readEntry(storage, KEY).catch(() => NOTHING), Promise.resolve(NOTHING));
}

/**
 * Passes the resume to the next page of this tab (a guide opened from /match/), in sessionStorage: it stays
 * in this tab, is read once, and is gone when the tab closes.
 */
export function handOffResume(resume: StoredResume): void {
  withStorage(() => sessionStorage, (storage) => storage.setItem(HANDOFF_KEY, JSON.stringify(resume)), undefined);
}

export function takeHandedOffResume(): Promise<StoredRead> {
  return withStorage(
    () => sessionStorage,
    (storage) => readEntry(storage, HANDOFF_KEY).catch(() => NOTHING).finally(() => storage.removeItem(HANDOFF_KEY)),
    Promise.resolve(NOTHING),
  );
}

export function writeStoredResume(resume: StoredResume): boolean {
  return withStorage(
    () => localStorage,
    (storage) => {
      storage.setItem(KEY, JSON.stringify(resume));
      return true;
    },
    false,
  );
}

export function forgetStoredResume(): void {
  withStorage(() => localStorage, (storage) => storage.removeItem(KEY), undefined);
}
