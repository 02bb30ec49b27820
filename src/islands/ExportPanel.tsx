import { useEffect, useRef, useState } from 'preact/hooks';
import type { CopyResult } from '../export/exportCopy.ts';
import { describeDifferences, describeReadBack } from '../export/readBackCopy.ts';
import { COPY_FILE_TYPES, COPY_FORMATS, type CopyFormat, type CopyItem, type CopyNote, type SafeCopy } from '../export/types.ts';
import { askEngine, failureOf, type RequestBody } from './engineClient.ts';

interface Props {
  /** The resume as scored now (edits applied), its guide and posting: what the copy is built from. */
  request: Omit<Extract<RequestBody, { kind: 'export' }>, 'kind' | 'format'>;
}

type Built = { format: CopyFormat; text: string; result: CopyResult } | { format: CopyFormat; text: string; error: string };

const sizeOf = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`);

function failureMessage(error: unknown): string {
  const failure = failureOf(error);
  if (failure.kind === 'input') return failure.error.message;
  if (failure.kind === 'timed-out') return 'Making the copy took too long and was stopped. Try again, or try another format.';
  return 'The copy could not be made: the page lost its engine. Reload the page and try again; your resume was not sent anywhere.';
}

/** Saves bytes made in this page as a file: a link to a blob of this page, never a request. */
function download({ exported }: CopyResult): void {
  const url = URL.createObjectURL(new Blob([exported.bytes as BlobPart], { type: exported.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exported.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function NoteList({ heading, notes, testId }: { heading: string; notes: readonly CopyNote[]; testId: string }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul data-testid={testId}>
        {notes.map((note) => (
          <li key={note.id} data-note={note.id}>
            {note.message}
          </li>
        ))}
      </ul>
    </>
  );
}

const ITEM_CLASSES: Readonly<Record<CopyItem['kind'], string | undefined>> = { bullet: 'copy-preview__bullet', entry: 'copy-preview__entry', text: undefined };

/** The copy as it will read: the same model the writers set, one column. */
function CopyPreview({ copy }: { copy: SafeCopy }) {
  return (
    // Focusable, so a keyboard can scroll it.
    <div class="copy-preview" data-testid="copy-preview" aria-label="Preview of the ATS-safe copy" role="document" tabIndex={0}>
      {copy.name !== null && <p class="copy-preview__name">{copy.name}</p>}
      {copy.header.map((line, index) => (
        <p key={`h${index}`}>{line}</p>
      ))}
      {copy.sections.map((section) => (
        <div key={section.section}>
          {section.heading !== '' && <p class="copy-preview__heading">{section.heading}</p>}
          {section.items.map((item, index) => (
            <p key={index} class={ITEM_CLASSES[item.kind]}>
              {item.text}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

/**
 * "Download an ATS-safe copy": the resume rebuilt as one column from what the engine read, in the format the
 * reader picks, each copy read back by the same engine before it is offered, with what that read-back found,
 * what the copy changes and what it leaves out. Everything is made in the page's worker; nothing is sent.
 */
export function ExportPanel({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<CopyFormat>('docx');
  const [built, setBuilt] = useState<Built | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!open) return;
    const run = ++latest.current;
    const text = request.resume.text;
    askEngine({ kind: 'export', ...request, format }).then(
      (result) => run === latest.current && setBuilt({ format, text, result }),
      (error: unknown) => run === latest.current && setBuilt({ format, text, error: failureMessage(error) }),
    );
  }, [open, format, request.resume.text, request.resume.document, request.guide, request.jobDescription]);

  const current = built !== null && built.format === format && built.text === request.resume.text;
  const result = built && 'result' in built ? built.result : null;
  const readBack = result?.exported.readBack;

  return (
    <section class="scorer-block export-copy" aria-labelledby="export-heading" data-testid="export-copy">
      <h3 id="export-heading">ATS-safe copy</h3>
      <p class="muted">
        One column, standard headings, real list bullets, contact details in the body, dates on each role line: built here from what
        the report read (with your edits), then read back by the same engine before you download it. Nothing leaves this page.
      </p>
      {!open ? (
        <button type="button" class="button" data-testid="export-open" onClick={() => setOpen(true)}>
          Download an ATS-safe copy
        </button>
      ) : (
        <div class="export-copy__body" aria-busy={current ? 'false' : 'true'}>
          <fieldset class="export-copy__formats">
            <legend>Format</legend>
            {COPY_FORMATS.map((option) => (
              <label key={option}>
                <input type="radio" name="copy-format" value={option} checked={format === option} data-testid={`copy-format-${option}`} onChange={() => setFormat(option)} />{' '}
                {COPY_FILE_TYPES[option].label}
              </label>
            ))}
          </fieldset>
          <div aria-live="polite">
            {!current && <p class="muted">Making the {COPY_FILE_TYPES[format].label} copy and reading it back…</p>}
            {current && built && 'error' in built && (
              <p role="alert" class="scorer__alert" data-testid="copy-error">
                {built.error}
              </p>
            )}
            {current && readBack && (
              <p data-testid="copy-readback" data-passed={readBack.passed ? 'true' : 'false'} class={readBack.passed ? 'export-copy__proof' : 'scorer__alert'}>
                {describeReadBack(readBack)}
                {!readBack.passed && ' It did not read back the same as your resume: check the differences below before you use it.'}
              </p>
            )}
          </div>
          {current && result && readBack && !readBack.passed && (
            <ul data-testid="copy-differences">
              {describeDifferences(readBack).map((difference, index) => (
                <li key={index}>{difference}</li>
              ))}
            </ul>
          )}
          {current && result && (
            <p>
              <button type="button" class="button" data-testid="copy-download" onClick={() => download(result)}>
                Download {result.exported.fileName} ({sizeOf(result.exported.bytes.byteLength)})
              </button>
            </p>
          )}
          {result && (
            <>
              <NoteList heading="What the copy changes" notes={result.copy.changes} testId="copy-changes" />
              <NoteList heading="What the copy leaves out" notes={result.copy.dropped} testId="copy-dropped" />
              <h4>Preview</h4>
              <CopyPreview copy={result.copy} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
