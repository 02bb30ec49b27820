import type { ComponentChildren } from 'preact';
import type { ResumeInput } from './useResumeInput.ts';

const ACCEPT = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

interface Props {
  input: ResumeInput;
  /** Further fields after the resume text (the scorer's job description). */
  children?: ComponentChildren;
}

/**
 * Reading progress, notes and errors, right under the file input: where the reader is looking when they
 * choose a file, on a phone as on a desktop.
 */
function InputStatus({ input }: { input: ResumeInput }) {
  const { phase, cancelReading, engineError } = input;
  return (
    <div class="scorer__status">
      {phase.kind === 'reading' && (
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
  );
}

/** The resume's file input, paste box, "keep on this device" choice, reading progress and errors. */
export function ResumeFields({ input, children }: Props) {
  const { mounted, phase, pasted, setPasted, keep, toggleKeep, fileInput, readFile, resume } = input;
  const chosen = phase.kind === 'reading' ? phase.fileName : resume?.fileName ?? null;
  return (
    <>
      <div class="scorer__inputs">
        <div class="scorer__drop">
          <label class="scorer__label" htmlFor="resume-file">
            Resume file (PDF, DOCX or text)
          </label>
          {/* The native input says "No file chosen" again once a file is read (it is emptied so the same file can be
              chosen twice): a button of our own and the name beside it say what is being scored. */}
          <div class="file-picker">
            <input
              id="resume-file"
              class="file-picker__input"
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              disabled={!mounted}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void readFile(file);
              }}
            />
            <label htmlFor="resume-file" class={`button file-picker__button${mounted ? '' : ' file-picker__button--disabled'}`}>
              {chosen ? 'Choose another file' : 'Choose a file'}
            </label>
            <span class="file-picker__name" data-testid="chosen-file">
              {chosen ?? 'No file chosen'}
            </span>
          </div>
          <p class="muted">Or drop the file anywhere on this panel. It is read on your device and never uploaded.</p>
          <InputStatus input={input} />
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

    </>
  );
}
