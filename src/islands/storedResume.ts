import * as z from 'zod/mini';
import { HIDDEN_TEXT_KINDS, type ExtractedDocument } from '../extract/types.ts';
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

const count = () => z.number().check(z.nonnegative());
const layoutSchema = z.object({
  columns: count(),
  headerFooterText: z.array(z.string()),
  undecodableChars: count(),
  ligaturesRepaired: count(),
  hyphenationsJoined: count(),
  // Entries kept before hidden text was detected have none recorded.
  hiddenText: z._default(z.array(z.object({ kind: z.enum(HIDDEN_TEXT_KINDS), chars: count(), sample: z.string() })), []),
});
const resumeText = () => z.string().check(z.minLength(1), z.maxLength(MAX_RESUME_CHARS));
const storedResumeSchema: z.ZodMiniType<StoredResume> = z.object({
  fileName: z.nullable(z.string()),
  text: resumeText(),
  document: z.nullable(
    z.object({ format: z.enum(['pdf', 'docx', 'text']), text: resumeText(), pages: z.nullable(count()), words: count(), layout: layoutSchema }),
  ),
  savedAt: z.string(),
});

/** What was found in storage: a resume to use, nothing, or an entry that did not fit and was removed. */
export type StoredRead = { kind: 'resume'; resume: StoredResume } | { kind: 'none' } | { kind: 'removed' };

function readEntry(storage: Storage, key: string): StoredRead {
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
  const result = storedResumeSchema.safeParse(parsed);
  if (result.success) return { kind: 'resume', resume: result.data };
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

export function readStoredResume(): StoredRead {
  return withStorage(() => localStorage, (storage) => readEntry(storage, KEY), { kind: 'none' });
}

/**
 * Passes the resume to the next page of this tab (a guide opened from /match/), in sessionStorage: it stays
 * in this tab, is read once, and is gone when the tab closes.
 */
export function handOffResume(resume: StoredResume): void {
  withStorage(() => sessionStorage, (storage) => storage.setItem(HANDOFF_KEY, JSON.stringify(resume)), undefined);
}

export function takeHandedOffResume(): StoredRead {
  return withStorage(
    () => sessionStorage,
    (storage) => {
      const read = readEntry(storage, HANDOFF_KEY);
      storage.removeItem(HANDOFF_KEY);
      return read;
    },
    { kind: 'none' },
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
