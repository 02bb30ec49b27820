import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedDocument } from '../extract/types.ts';
import { toInputError, type InputError } from './inputError.ts';
import { loadScorerEngine, type ScorerEngine } from './loadScorerEngine.ts';
import { forgetStoredResume, readStoredResume, takeHandedOffResume, writeStoredResume } from './storedResume.ts';
import { useDebounced } from './useDebounced.ts';

export interface Resume {
  origin: 'file' | 'pasted' | 'kept' | 'handed-off';
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
}

export type Phase = { kind: 'ready' } | { kind: 'reading'; fileName: string; page: number; pages: number } | { kind: 'error'; error: InputError };

export const TYPING_DELAY = 300;

/**
 * The resume a panel scores, however it arrives: a chosen or dropped file, pasted text, the copy kept on
 * this device, or one handed over from /match/. Also loads the engine on the first sign of intent.
 */
export function useResumeInput() {
  const [mounted, setMounted] = useState(false);
  const [engine, setEngine] = useState<ScorerEngine | null>(null);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [resume, setResume] = useState<Resume | null>(null);
  const [pasted, setPasted] = useState('');
  const [keep, setKeep] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const settledPaste = useDebounced(pasted, TYPING_DELAY);

  const engage = () => {
    if (engine) return;
    loadScorerEngine().then(
      (loaded) => {
        setEngine(loaded);
        setEngineError(null);
      },
      () => setEngineError('The scorer could not load. Check your connection and reload the page: nothing you entered was sent anywhere.'),
    );
  };

  useEffect(() => {
    setMounted(true);
    const kept = readStoredResume();
    const handedOff = takeHandedOffResume();
    if (kept) setKeep(true);
    const arriving = handedOff ?? kept;
    if (arriving) {
      setResume({ origin: handedOff ? 'handed-off' : 'kept', fileName: arriving.fileName, text: arriving.text, document: arriving.document });
      engage();
    }
    // A file dragged over the page is the earliest sign of intent: start loading then.
    const onDragEnter = () => engage();
    document.addEventListener('dragenter', onDragEnter);
    return () => document.removeEventListener('dragenter', onDragEnter);
  }, []);

  useEffect(() => {
    if (!engine) return;
    if (settledPaste.trim() !== '') {
      setResume({ origin: 'pasted', fileName: null, text: engine.readPastedText(settledPaste), document: null });
      setPhase({ kind: 'ready' });
    } else {
      setResume((current) => (current?.origin === 'pasted' ? null : current));
    }
  }, [engine, settledPaste]);

  useEffect(() => {
    if (keep && resume) writeStoredResume({ fileName: resume.fileName, text: resume.text, document: resume.document, savedAt: new Date().toISOString() });
  }, [keep, resume]);

  const readFile = async (file: File) => {
    setPhase({ kind: 'reading', fileName: file.name, page: 0, pages: 0 });
    try {
      const loaded = await loadScorerEngine();
      setEngine(loaded);
      const document = await loaded.readResumeFile(file, ({ page, pages }) => setPhase({ kind: 'reading', fileName: file.name, page, pages }));
      setResume({ origin: 'file', fileName: file.name, text: document.text, document });
      setPhase({ kind: 'ready' });
    } catch (error) {
      setPhase({ kind: 'error', error: toInputError(error) });
    } finally {
      // The same file can be chosen again after an error or "Score another".
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const toggleKeep = (checked: boolean) => {
    setKeep(checked);
    if (!checked) forgetStoredResume();
  };

  const clear = () => {
    setResume(null);
    setPasted('');
    setPhase({ kind: 'ready' });
    fileInput.current?.focus();
  };

  /** Handlers for the panel's root element: engaging it loads the engine, dropping a file reads it. */
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

  return { mounted, engine, engineError, phase, resume, pasted, setPasted, keep, toggleKeep, dragging, fileInput, readFile, clear, panel };
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
