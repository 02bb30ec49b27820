import type { ScoreReport } from '../scorer/types.ts';
import type { Verdict } from '../scorer/verdict.ts';
import { ScoreGauge } from './ScoreGauge.tsx';

/** What the number measures: without a keyword list it is no ATS score, and the report says so wherever it shows. */
export const scoreName = (verdict: Verdict) => (verdict.scope === 'writing' ? 'Structure and writing only' : 'ATS score');

interface Props {
  report: ScoreReport;
  against: string;
  /** What changed since the last score of this resume (a posting pasted or removed), when something did. */
  change: string | null;
}

export function ScoreSummary({ report, against, change }: Props) {
  const { verdict } = report;
  return (
    <div class="score-summary" data-verdict={verdict.band} data-scope={verdict.scope}>
      <div class="score-summary__gauge">
        <ScoreGauge score={report.score} band={verdict.band} />
        <p class="score-summary__number">
          <span data-testid="ats-score">{report.score}</span>
          <span class="score-summary__of">/100</span>
        </p>
      </div>
      <div>
        <h3 class="score-summary__band" id="score-heading" tabIndex={-1}>
          {scoreName(verdict)}: <strong data-testid="verdict">{verdict.label}</strong>
        </h3>
        <p>{verdict.meaning}</p>
        {verdict.capped && <p data-testid="verdict-cap">{verdict.capped}</p>}
        {change && (
          <p class="score-summary__change" data-testid="score-change">
            {change}
          </p>
        )}
        <p class="muted">
          Scored against {against}
          {report.keywordBasis ? `: ${report.keywordBasis}` : ''}. Scoring rules v{report.scoringVersion}:{' '}
          <a href="/methodology/">how the score is computed</a>.
        </p>
      </div>
    </div>
  );
}
