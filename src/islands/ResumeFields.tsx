import type { ComponentChildren } from 'preact';
import type { ResumeInput } from './useResumeInput.ts';

const ACCEPT = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

interface Props {
  input: ResumeInput;
  /** Further fields after the resume text (the scorer's job description). */
  children?: ComponentChildren;
}

/** The resume's file input, paste box, "keep on this device" choice, reading progress and errors. */
export function ResumeFields({ input, children }: Props) {
  const { mounted, phase, pasted, setPasted, keep, toggleKeep, fileInput, readFile, cancelReading, engineError } = input;
  const reading = phase.kind === 'reading';
  return (
    <>
      <div class="scorer__inputs">
        <div class="scorer__drop">
          <label class="scorer__label" htmlFor="resume-file">
            Resume file (PDF, DOCX or text)
          </label>
          <input
            id="resume-file"
            ref={fileInput}
            type="file"
            accept={ACCEPT}
            disabled={!mounted}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void readFile(file);
            }}
          />
          <p class="muted">Or drop the file anywhere on this panel. It is read on your device and never uploaded.</p>
        </div>
        <div class="scorer__field">
          <label class="scorer__label" htmlFor="resume-text">
            Resume text
          </label>
          <textarea id="resume-text" rows={5} disabled={!mounted} value={pasted} placeholder="…or paste your resume here" onInput={(event) => setPasted(event.currentTarget.value)} />
        </div>
        {children}
        <div class="scorer__keep">
          <input id="keep-resume" type="checkbox" checked={keep} disabled={!mounted} onChange={(event) => toggleKeep(event.currentTarget.checked)} />
          <label htmlFor="keep-resume">Keep my resume on this device, so other pages score it at once (only its text, in this browser)</label>
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
            {phase.pages > 0 ? `Reading page ${phase.page} of ${phase.pages} of ${phase.fileName}…` : `Reading ${phase.fileName}…`}{' '}
            <button type="button" class="button button--secondary" onClick={cancelReading}>
              Cancel
            </button>
          </p>
        )}
        {phase.kind === 'ready' && phase.note && (
          <p role="status" class="muted" data-testid="input-note">
            {phase.note}
          </p>
        )}
        {phase.kind === 'error' && (
          <div role="alert" class="scorer__alert" data-error-kind={phase.error.kind ?? undefined}>
            <strong>We could not read this file.</strong> {phase.error.message}
          </div>
        )}
        {engineError && (
          <div role="alert" class="scorer__alert">
            {engineError}
          </div>
        )}
      </div>
    </>
  );
}
