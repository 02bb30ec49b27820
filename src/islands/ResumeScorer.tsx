import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractedDocument } from '../extract/types.ts';
import type { GuideSpec } from '../scorer/types.ts';
import { AtsTextView } from './AtsTextView.tsx';
import { CategoryBreakdown } from './CategoryBreakdown.tsx';
import { toInputError, type InputError } from './inputError.ts';
import { KeywordTable } from './KeywordTable.tsx';
import { loadScorerEngine, type ScorerEngine } from './loadScorerEngine.ts';
import { MistakeChecks } from './MistakeChecks.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { forgetStoredResume, readStoredResume, writeStoredResume } from './storedResume.ts';
import { useDebounced } from './useDebounced.ts';

interface Props {
  /** The guide whose keywords and mistakes to score against; null on the general scorer. */
  guide: GuideSpec | null;
}

interface Resume {
  origin: 'file' | 'pasted' | 'kept';
  fileName: string | null;
  text: string;
  document: ExtractedDocument | null;
}

type Phase = { kind: 'ready' } | { kind: 'reading'; fileName: string; page: number; pages: number } | { kind: 'error'; error: InputError };

function printReport() {
  const root = document.documentElement;
  root.classList.add('print-report');
  window.addEventListener('afterprint', () => root.classList.remove('print-report'), { once: true });
  window.print();
}

const ACCEPT = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';
const TYPING_DELAY = 300;

export default function ResumeScorer({ guide }: Props) {
  const [mounted, setMounted] = useState(false);
  const [engine, setEngine] = useState<ScorerEngine | null>(null);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [resume, setResume] = useState<Resume | null>(null);
  const [pasted, setPasted] = useState('');
  const [jobDescription, setJobDescription] = useState('');
  const [keep, setKeep] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const settledPaste = useDebounced(pasted, TYPING_DELAY);
  const settledPosting = useDebounced(jobDescription, TYPING_DELAY);

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
    if (kept) {
      setKeep(true);
      setResume({ origin: 'kept', fileName: kept.fileName, text: kept.text, document: kept.document });
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

  const report = useMemo(
    () =>
      engine && resume
        ? engine.scoreRequest({ text: resume.text, document: resume.document, guide, jobDescription: settledPosting, taxonomy: engine.taxonomy })
        : null,
    [engine, resume, guide, settledPosting],
  );

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

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  };

  const toggleKeep = (checked: boolean) => {
    setKeep(checked);
    if (!checked) forgetStoredResume();
  };

  const scoreAnother = () => {
    setResume(null);
    setPasted('');
    setPhase({ kind: 'ready' });
    fileInput.current?.focus();
  };

  const against = [guide?.title, settledPosting.trim() ? 'the job description you pasted' : undefined].filter(Boolean).join(' and ') || 'general resume checks';
  const reading = phase.kind === 'reading';

  return (
    <div
      class={`scorer${dragging ? ' scorer--dragging' : ''}`}
      data-testid="resume-scorer"
      data-ready={mounted ? 'true' : 'false'}
      onPointerEnter={engage}
      onFocusIn={engage}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div class="scorer__inputs">
        <div class="scorer__drop">
          <label class="scorer__label" htmlFor="resume-file">
            Resume file (PDF, DOCX or text)
          </label>
          <input id="resume-file" ref={fileInput} type="file" accept={ACCEPT} disabled={!mounted || reading} onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void readFile(file);
          }} />
          <p class="muted">Or drop the file anywhere on this panel. It is read on your device and never uploaded.</p>
        </div>
        <div class="scorer__field">
          <label class="scorer__label" htmlFor="resume-text">
            Resume text
          </label>
          <textarea id="resume-text" rows={5} disabled={!mounted} value={pasted} placeholder="…or paste your resume here" onInput={(event) => setPasted(event.currentTarget.value)} />
        </div>
        <div class="scorer__field">
          <label class="scorer__label" htmlFor="job-description">
            Job description <span class="muted">(optional)</span>
          </label>
          <textarea
            id="job-description"
            rows={5}
            disabled={!mounted}
            value={jobDescription}
            placeholder="Paste the posting to add its keywords to the score"
            onInput={(event) => setJobDescription(event.currentTarget.value)}
          />
        </div>
        <div class="scorer__keep">
          <input id="keep-resume" type="checkbox" checked={keep} disabled={!mounted} onChange={(event) => toggleKeep(event.currentTarget.checked)} />
          <label htmlFor="keep-resume">Keep my resume on this device, so other guides score it at once (only its text, in this browser)</label>
          {keep && (
            <button type="button" class="button button--secondary" onClick={() => toggleKeep(false)}>
              Forget it
            </button>
          )}
        </div>
        <p class="scorer__privacy">
          Private by design: your resume is read and scored in this browser tab. Nothing you upload or type is sent anywhere, and the page
          is not allowed to connect to any other site.
        </p>
      </div>

      <div class="scorer__status">
        {reading && (
          <p role="status" class="scorer__progress">
            {phase.pages > 0 ? `Reading page ${phase.page} of ${phase.pages} of ${phase.fileName}…` : `Reading ${phase.fileName}…`}
          </p>
        )}
        {phase.kind === 'error' && (
          <div role="alert" class="scorer__alert" data-error-kind={phase.error.kind ?? undefined}>
            <strong>We could not score this file.</strong> {phase.error.message}
          </div>
        )}
        {engineError && (
          <div role="alert" class="scorer__alert">
            {engineError}
          </div>
        )}
      </div>

      <div aria-live="polite" class="visually-hidden">
        {report ? `ATS score ${report.score} out of 100.` : ''}
      </div>

      {report && resume && (
        <div class="scorer__results">
          <ScoreSummary report={report} against={against} />
          <p class="scorer-actions">
            <button type="button" class="button" onClick={printReport}>
              Print the report
            </button>
            <button type="button" class="button button--secondary" onClick={scoreAnother}>
              Score another
            </button>
            <span class="muted">
              {resume.origin === 'file' ? `Scored: ${resume.fileName}` : resume.origin === 'kept' ? `Scored: your kept resume${resume.fileName ? ` (${resume.fileName})` : ''}` : 'Scored: the text you pasted'}
            </span>
          </p>
          <CategoryBreakdown breakdown={report.breakdown} />
          <KeywordTable keywords={report.keywords} />
          <MistakeChecks checks={report.checks} />
          <AtsTextView text={resume.text} mentions={report.mentions} fileName={resume.fileName} />
        </div>
      )}
    </div>
  );
}
