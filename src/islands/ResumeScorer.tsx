import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_JOB_DESCRIPTION_CHARS } from '../limits.ts';
import type { GuideSpec, ScoreReport } from '../scorer/types.ts';
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

export default function ResumeScorer({ guide }: Props) {
  const input = useResumeInput();
  const { resume, mounted, dragging, panel } = input;
  const [jobDescription, setJobDescription] = useState('');
  const settledPosting = useDebounced(jobDescription, TYPING_DELAY).trim();
  // A posting longer than any real one is kept in its field but left out of the score, and the reader told why.
  const postingTooLong = settledPosting.length > MAX_JOB_DESCRIPTION_CHARS;
  const posting = postingTooLong ? '' : settledPosting;

  const report = useEngineAnswer(
    resume ? { kind: 'score', resume: { text: resume.text, document: resume.document }, guide, jobDescription: posting } : null,
    [resume, guide, posting],
    input,
  );
  // A new resume's score takes focus (the heading is read out once) and comes into view; a rescore while the
  // reader types a posting is announced politely and leaves focus in the field.
  const shown = useRef<Shown | null>(null);
  const focused = useRef<Resume | null>(null);
  const [change, setChange] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!report || !resume) return;
    setChange(scoreChange(shown.current, resume, posting, report));
    shown.current = { resume, posting, score: report.score };
    if (focused.current !== resume && resume.origin !== 'pasted') {
      focused.current = resume;
      setAnnouncement('');
      const heading = document.getElementById('score-heading');
      heading?.focus({ preventScroll: true });
      heading?.closest('.scorer__results')?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    } else {
      focused.current = resume;
      setAnnouncement(`ATS score ${report.score} out of 100: ${report.verdict.label}.`);
    }
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
        <div class="scorer__results">
          <ScoreSummary report={report} against={against} change={change} />
          <PrintReport report={report} fileName={resume.fileName} against={against} />
          <p class="scorer-actions">
            <button type="button" class="button button--secondary" onClick={input.clear}>
              Score another
            </button>
            <span class="muted">{resumeLabel(resume)}</span>
          </p>
          <DocumentWarnings warnings={report.warnings} />
          <PostingMatch posting={report.posting} />
          <CategoryBreakdown breakdown={report.breakdown} />
          <KeywordTable keywords={report.keywords} />
          <MistakeChecks checks={report.checks} />
          <AtsTextView text={resume.text} mentions={report.mentions} fileName={resume.fileName} />
        </div>
      )}
    </div>
  );
}
