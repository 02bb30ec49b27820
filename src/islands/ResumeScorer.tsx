import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_JOB_DESCRIPTION_CHARS } from '../limits.ts';
import { compareVersions, type ScoredVersion } from '../scorer/compareVersions.ts';
import type * as CoachingModule from './coachingPanels.ts';
import type { GuideSpec, ScoreReport } from '../scorer/types.ts';
import { forgetVersions, keepVersion, readVersions, removeVersion, type ResumeVersion } from './resumeVersions.ts';
import { EDIT_DELAY, useResumeEdits } from './useResumeEdits.ts';
import { AtsTextView } from './AtsTextView.tsx';
import { CategoryBreakdown } from './CategoryBreakdown.tsx';
import { jobDescriptionTooLong } from './inputError.ts';
import { KeywordTable } from './KeywordTable.tsx';
import { MistakeChecks } from './MistakeChecks.tsx';
import { PrintReport } from './PrintReport.tsx';
import { ResumeFields } from './ResumeFields.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { DocumentWarnings } from './DocumentWarnings.tsx';
import { PostingMatch } from './PostingMatch.tsx';
import { useDebounced } from './useDebounced.ts';
import { useEngineAnswer } from './useEngineAnswer.ts';
import { resumeLabel, TYPING_DELAY, useResumeInput, type Resume } from './useResumeInput.ts';

interface Props {
  /** The guide whose keywords and mistakes to score against; null on the general scorer. */
  guide: GuideSpec | null;
}

/** The last score shown, and what it was scored against. */
interface Shown {
  resume: Resume;
  posting: string;
  score: number;
}

/**
 * What moved the score since the last one shown for the same resume: only the job description can, and the
 * reader should not be left to guess why a number dropped.
 */
function scoreChange(previous: Shown | null, resume: Resume, posting: string, report: ScoreReport): string | null {
  if (!previous || previous.resume !== resume || previous.posting === posting) return null;
  const moved = previous.score === report.score ? `The score stays at ${report.score}` : `The score went from ${previous.score} to ${report.score}`;
  const why = posting === '' ? 'the job description was removed' : previous.posting === '' ? 'the job description you pasted added its keywords' : 'the job description changed';
  return `${moved}: ${why}.`;
}

/** A screen reader hears the score once it has held this long, not after every pause in typing. */
const ANNOUNCE_DELAY = 1200;

/** A scored version, and what to call it when a later one is compared with it. */
interface Version extends ScoredVersion {
  resume: Resume;
  label: string;
  /** The posting it was scored with: versions scored against different keywords are not compared. */
  posting: string;
}

type CoachingPanels = typeof CoachingModule;

const versionLabel = (resume: Resume, edited: boolean) => `${resume.fileName ?? 'Pasted text'}${edited ? ', edited' : ''}`;

export default function ResumeScorer({ guide }: Props) {
  const input = useResumeInput();
  const { resume, mounted, dragging, panel } = input;
  const [jobDescription, setJobDescription] = useState('');
  const settledPosting = useDebounced(jobDescription, TYPING_DELAY).trim();
  // A posting longer than any real one is kept in its field but left out of the score, and the reader told why.
  const postingTooLong = settledPosting.length > MAX_JOB_DESCRIPTION_CHARS;
  const posting = postingTooLong ? '' : settledPosting;

  const edits = useResumeEdits(resume);
  const settledEdit = useDebounced(edits.text, EDIT_DELAY);
  // A new resume is scored at once; an edited one once typing pauses.
  const scoredText = resume ? (edits.edited ? settledEdit : resume.text) : '';
  const edited = resume !== null && scoredText !== resume.text;
  const inputs = [resume, guide, posting, scoredText];
  const request = resume ? { resume: { text: scoredText, document: resume.document }, guide, jobDescription: posting } : null;
  const scored = useEngineAnswer(request && { kind: 'score', ...request }, inputs, input, resume);
  const coached = useEngineAnswer(request && { kind: 'coach', ...request }, inputs, input, resume);
  const report = scored?.value ?? null;
  const [panels, setPanels] = useState<CoachingPanels | null>(null);
  useEffect(() => {
    // The report's other sections stand without them: a panel that fails to load is left out.
    if (report && !panels) import('./coachingPanels.ts').then(setPanels, () => undefined);
  }, [report]);

  // The text each answer was made for: marks in "What the ATS reads" stand at its offsets.
  const reportText = useRef('');
  if (scored?.fresh) reportText.current = scoredText;
  useEffect(() => {
    if (coached?.fresh) edits.syncSpans(coached.value, scoredText);
  }, [coached]);

  // Before and after: the version this one is compared with is the resume as it arrived when it has been
  // edited, else the last version of the resume scored before it.
  const first = useRef<Version | null>(null);
  const previous = useRef<Version | null>(null);
  const last = useRef<Version | null>(null);
  const [versions, setVersions] = useState<ResumeVersion[]>([]);
  const resumeId = useMemo(() => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, [resume]);
  useEffect(() => {
    if (!resume || !scored?.fresh || !coached?.fresh) return;
    const version: Version = { resume, label: versionLabel(resume, edited), posting, report: scored.value, coaching: coached.value };
    if (last.current?.resume !== resume) {
      previous.current = last.current;
      first.current = version;
    }
    last.current = version;
    // Only versions the reader made here are kept: a resume read back from this device is kept already.
    if (input.keep && (edited || resume.origin === 'file' || resume.origin === 'pasted')) {
      setVersions(keepVersion({ id: `${resumeId}${edited ? ':edited' : ''}`, savedAt: new Date().toISOString(), label: version.label, score: scored.value.score, text: scoredText }));
    }
    if (edited) input.keepText(scoredText);
  }, [scored, coached]);
  useEffect(() => setVersions(input.keep ? readVersions() : []), [input.keep]);
  const candidate = resume && edited && first.current?.resume === resume ? first.current : resume && !edited ? previous.current : null;
  const baseline = candidate?.posting === posting ? candidate : null;
  const current = resume && scored?.fresh && coached?.fresh ? { report: scored.value, coaching: coached.value } : null;

  // A new resume's score takes focus (the heading is read out once) and comes into view; a rescore while the
  // reader types (a posting, an edit) is announced politely once the score holds, and leaves focus in the field.
  const shown = useRef<Shown | null>(null);
  const focused = useRef<Resume | null>(null);
  const [change, setChange] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!report || !resume || !scored?.fresh) return;
    setChange(scoreChange(shown.current, resume, posting, report));
    shown.current = { resume, posting, score: report.score };
    if (focused.current !== resume && resume.origin !== 'pasted') {
      focused.current = resume;
      setAnnouncement('');
      const heading = document.getElementById('score-heading');
      heading?.focus({ preventScroll: true });
      heading?.closest('.scorer__results')?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      return;
    }
    focused.current = resume;
    const timer = setTimeout(() => setAnnouncement(`ATS score ${report.score} out of 100: ${report.verdict.label}.`), ANNOUNCE_DELAY);
    return () => clearTimeout(timer);
  }, [report]);
  const against = [guide?.title, posting ? 'the job description you pasted' : undefined].filter(Boolean).join(' and ') || 'general resume checks';

  return (
    <div class={`scorer${dragging ? ' scorer--dragging' : ''}`} data-testid="resume-scorer" data-ready={mounted ? 'true' : 'false'} {...panel}>
      <ResumeFields input={input}>
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
          {postingTooLong && (
            <p role="alert" class="scorer__alert" data-error-kind="too-large">
              {jobDescriptionTooLong(settledPosting.length).message}
            </p>
          )}
        </div>
      </ResumeFields>

      <div aria-live="polite" class="visually-hidden">
        {announcement}
      </div>

      {report && resume && (
        <div class="scorer__results" aria-busy={scored?.fresh ? 'false' : 'true'}>
          <ScoreSummary report={report} against={against} change={change} />
          {panels && baseline && current && (
            <panels.ScoreDelta
              change={compareVersions(baseline, current)}
              since={baseline.resume === resume ? `the resume as ${resume.origin === 'pasted' ? 'pasted' : 'read from the file'}` : baseline.label}
              before={baseline.report.score}
              after={current.report.score}
            />
          )}
          <PrintReport report={report} fileName={resume.fileName} against={against} />
          <p class="scorer-actions">
            <button type="button" class="button button--secondary" onClick={input.clear}>
              Score another
            </button>
            {edits.canUndo && (
              <button type="button" class="button button--secondary" onClick={edits.undo}>
                Undo last edit
              </button>
            )}
            <span class="muted">
              {resumeLabel(resume)}
              {edited ? ', with your edits' : ''}
            </span>
          </p>
          <DocumentWarnings warnings={report.warnings} />
          <PostingMatch posting={report.posting} />
          {panels && coached && <panels.FixList fixes={coached.value.fixes} fresh={coached.fresh} edits={edits} />}
          <CategoryBreakdown breakdown={report.breakdown} />
          <KeywordTable keywords={report.keywords} />
          {panels && coached && <panels.BulletCoach coaching={coached.value} fresh={coached.fresh} edits={edits} keep={input.keep} />}
          <MistakeChecks checks={report.checks} />
          <AtsTextView text={reportText.current} mentions={report.mentions} fileName={resume.fileName} edits={edits} />
          {/* The last step: the resume as read and edited above, in a layout every ATS reads. */}
          {panels && request && <panels.ExportPanel request={request} />}
          {panels && input.keep && (
            <panels.VersionList
              versions={versions}
              onRemove={(id) => setVersions(removeVersion(id))}
              onForget={() => {
                forgetVersions();
                setVersions([]);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
