/**
 * With "Keep my resume on this device" on, the last few versions scored (a new file, or the edits made to
 * one) and their scores, in this browser's storage: text only, as the kept resume is. Each can be removed;
 * forgetting the resume removes them all.
 */
export interface ResumeVersion {
  /** One per resume scored, and one more for its edits (`<id>:edited`), which later edits update. */
  id: string;
  savedAt: string;
  /** What the reader calls it: the file's name, "Pasted text", with ", edited" for its edits. */
  label: string;
  score: number;
  text: string;
}

const KEY = 'shortlist:versions';
const MAX_VERSIONS = 5;

const isVersion = (value: unknown): value is ResumeVersion => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.id === 'string' && typeof entry.savedAt === 'string' && typeof entry.label === 'string' && typeof entry.score === 'number' && typeof entry.text === 'string';
};

/** Storage can be disabled or full; then nothing was kept and nothing can be. */
function withStorage<T>(use: (storage: Storage) => T, otherwise: T): T {
  try {
    return use(localStorage);
  } catch {
    return otherwise;
  }
}

/** The versions kept, newest first; an entry of another shape is dropped, not trusted. */
export function readVersions(): ResumeVersion[] {
  return withStorage((storage) => {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isVersion).slice(0, MAX_VERSIONS) : [];
  }, []);
}

function writeVersions(versions: readonly ResumeVersion[]): ResumeVersion[] {
  return withStorage(
    (storage) => {
      if (versions.length === 0) storage.removeItem(KEY);
      else storage.setItem(KEY, JSON.stringify(versions));
      return [...versions];
    },
    readVersions(),
  );
}

/** Keeps a version (replacing an earlier one with its id) as the newest; the oldest beyond MAX_VERSIONS go. */
export function keepVersion(version: ResumeVersion): ResumeVersion[] {
  return writeVersions([version, ...readVersions().filter((kept) => kept.id !== version.id)].slice(0, MAX_VERSIONS));
}

export function removeVersion(id: string): ResumeVersion[] {
  return writeVersions(readVersions().filter((kept) => kept.id !== id));
}

export function forgetVersions(): void {
  writeVersions([]);
}
