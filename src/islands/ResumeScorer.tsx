import { useState } from 'preact/hooks';
import { MAX_JOB_DESCRIPTION_CHARS } from '../limits.ts';
import type { GuideSpec } from '../scorer/types.ts';
import { AtsTextView } from './AtsTextView.tsx';
import { CategoryBreakdown } from './CategoryBreakdown.tsx';
import { jobDescriptionTooLong } from './inputError.ts';
import { KeywordTable } from './KeywordTable.tsx';
import { MistakeChecks } from './MistakeChecks.tsx';
import { ResumeFields } from './ResumeFields.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { DocumentWarnings } from './DocumentWarnings.tsx';
import { PostingMatch } from './PostingMatch.tsx';
import { useDebounced } from './useDebounced.ts';
import { useEngineAnswer } from './useEngineAnswer.ts';
import { resumeLabel, TYPING_DELAY, useResumeInput } from './useResumeInput.ts';

interface Props {
  /** The guide whose keywords and mistakes to score against; null on the general scorer. */
  guide: GuideSpec | null;
}

function printReport() {
  const root = document.documentElement;
  root.classList.add('print-report');
  window.addEventListener('afterprint', () => root.classList.remove('print-report'), { once: true });
  window.print();
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
        {report ? `ATS score ${report.score} out of 100.` : ''}
      </div>

      {report && resume && (
        <div class="scorer__results">
          <ScoreSummary report={report} against={against} />
          <p class="scorer-actions">
            <button type="button" class="button" onClick={printReport}>
              Print the report
            </button>
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
