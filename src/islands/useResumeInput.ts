import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedDocument } from '../extract/types.ts';
import { askEngine, failureOf, stopEngine, warmEngine, type EngineFailure } from './engineClient.ts';
import { timedOut, type InputError } from './inputError.ts';
import { forgetVersions } from './resumeVersions.ts';
import { forgetStoredResume, readStoredResume, takeHandedOffResume, writeStoredResume } from './storedResume.ts';
import { useDebounced } from './useDebounced.ts';

export interface Resume {
  origin: 'file' | 'pasted' | 'kept' | 'handed-off';
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
}

export type Phase =
  | { kind: 'ready'; note?: string }
  | { kind: 'reading'; fileName: string; page: number; pages: number }
  | { kind: 'error'; error: InputError };

export const TYPING_DELAY = 300;

const ENGINE_UNAVAILABLE = 'The scorer could not load. Check your connection and reload the page: nothing you entered was sent anywhere.';
const REMOVED_NOTE = 'A resume kept on this device could not be read back (it was saved by an older version, or damaged), so it was removed. Upload it again to keep it.';

/** What the panel shows when an engine request fails; nothing when the request was replaced or cancelled. */
function failureMessage(failure: EngineFailure, fileName: string | null): { phase?: Phase; engineError?: string } {
  switch (failure.kind) {
    case 'stopped':
      return {};
    case 'timed-out':
      return { phase: { kind: 'error', error: timedOut(fileName ?? 'your resume') } };
    case 'unavailable':
      return { engineError: ENGINE_UNAVAILABLE };
    case 'input':
      return { phase: { kind: 'error', error: failure.error } };
  }
}

/**
 * The resume a panel scores, however it arrives: a chosen or dropped file, pasted text, the copy kept on
 * this device, or one handed over from /match/. The last input wins: each one is numbered, a newer one stops
 * the engine if it is still reading an older file, and any answer for an older input is dropped.
 */
export function useResumeInput() {
  const [mounted, setMounted] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [resume, setResume] = useState<Resume | null>(null);
  const [pasted, setPasted] = useState('');
  const [keep, setKeep] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const latestInput = useRef(0);
  const reading = useRef(false);
  const settledPaste = useDebounced(pasted, TYPING_DELAY);

  /** Starts a new input: the engine stops reading any older file, whose answer would be dropped anyway. */
  const beginInput = (): number => {
    if (reading.current) stopEngine();
    reading.current = false;
    latestInput.current += 1;
    return latestInput.current;
  };

  const engage = () => warmEngine();

  /** Shows why an engine request failed, in the panel's status. */
  const showFailure = (error: unknown, fileName: string | null) => {
    const shown = failureMessage(failureOf(error), fileName);
    if (shown.phase) setPhase(shown.phase);
    if (shown.engineError) setEngineError(shown.engineError);
  };
  /** An input that failed is still the last input: the report of an earlier one no longer stands. */
  const fail = (input: number, error: unknown, fileName: string | null) => {
    if (input !== latestInput.current) return;
    showFailure(error, fileName);
    if (failureOf(error).kind !== 'stopped') setResume(null);
  };

  useEffect(() => {
    setMounted(true);
    void Promise.all([readStoredResume(), takeHandedOffResume()]).then(([kept, handedOff]) => {
      if (kept.kind === 'resume') setKeep(true);
      const arriving = handedOff.kind === 'resume' ? { origin: 'handed-off' as const, ...handedOff.resume } : kept.kind === 'resume' ? { origin: 'kept' as const, ...kept.resume } : null;
      // A file or paste the reader chose while storage was being read is newer: it wins.
      if (latestInput.current !== 0) return;
      if (arriving) {
        setResume({ origin: arriving.origin, fileName: arriving.fileName, text: arriving.text, document: arriving.document });
        engage();
      }
      if (kept.kind === 'removed' || handedOff.kind === 'removed') setPhase({ kind: 'ready', note: REMOVED_NOTE });
    });
    // A file dragged over the page is the earliest sign of intent: start the engine then.
    const onDragEnter = () => engage();
    document.addEventListener('dragenter', onDragEnter);
    return () => document.removeEventListener('dragenter', onDragEnter);
  }, []);

  useEffect(() => {
    if (settledPaste.trim() === '') {
      setResume((current) => (current?.origin === 'pasted' ? null : current));
      return;
    }
    const input = beginInput();
    askEngine({ kind: 'read-text', text: settledPaste }).then(
      (text) => {
        if (input !== latestInput.current) return;
        setResume({ origin: 'pasted', fileName: null, text, document: null });
        setPhase({ kind: 'ready' });
      },
      (error: unknown) => fail(input, error, null),
    );
  }, [settledPaste]);

  useEffect(() => {
    if (keep && resume) writeStoredResume({ fileName: resume.fileName, text: resume.text, document: resume.document, savedAt: new Date().toISOString() });
  }, [keep, resume]);

  const readFile = async (file: File) => {
    const input = beginInput();
    reading.current = true;
    setPhase({ kind: 'reading', fileName: file.name, page: 0, pages: 0 });
    try {
      const document = await askEngine(
        { kind: 'read-file', file },
        { onProgress: ({ page, pages }) => input === latestInput.current && setPhase({ kind: 'reading', fileName: file.name, page, pages }) },
      );
      if (input !== latestInput.current) return;
      setResume({ origin: 'file', fileName: file.name, text: document.text, document });
      setPhase({ kind: 'ready' });
    } catch (error) {
      fail(input, error, file.name);
    } finally {
      if (input === latestInput.current) reading.current = false;
      // The same file can be chosen again after an error or "Score another".
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  /** Stops reading the current file: the engine is stopped with it, and the panel is ready for another. */
  const cancelReading = () => {
    if (phase.kind !== 'reading') return;
    beginInput();
    setPhase({ kind: 'ready', note: `Stopped reading ${phase.fileName}.` });
    fileInput.current?.focus();
  };

  const toggleKeep = (checked: boolean) => {
    setKeep(checked);
    if (!checked) {
      forgetStoredResume();
      forgetVersions();
    }
  };

  /** With "keep" on, the resume is kept as the reader edited it; the file's own text stays in its document. */
  const keepText = (text: string) => {
    if (keep && resume) writeStoredResume({ fileName: resume.fileName, text, document: resume.document, savedAt: new Date().toISOString() });
  };

  const clear = () => {
    beginInput();
    setResume(null);
    setPasted('');
    setPhase({ kind: 'ready' });
    fileInput.current?.focus();
  };

  /** Handlers for the panel's root element: engaging it starts the engine, dropping a file reads it. */
  const panel = {
    onPointerEnter: engage,
    onFocusIn: engage,
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void readFile(file);
    },
  };

  return {
    mounted,
    engineError,
    showFailure,
    phase,
    resume,
    pasted,
    setPasted,
    keep,
    toggleKeep,
    keepText,
    dragging,
    fileInput,
    readFile,
    cancelReading,
    clear,
    panel,
  };
}

export type ResumeInput = ReturnType<typeof useResumeInput>;

export function resumeLabel(resume: Resume): string {
  switch (resume.origin) {
    case 'file':
      return `Scored: ${resume.fileName}`;
    case 'pasted':
      return 'Scored: the text you pasted';
    default:
      return `Scored: your ${resume.origin === 'kept' ? 'kept' : 'matched'} resume${resume.fileName ? ` (${resume.fileName})` : ''}`;
  }
}
