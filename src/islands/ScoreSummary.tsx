import { scoreBand } from '../scorer/scoringRules.ts';
import type { ScoreReport } from '../scorer/types.ts';
import { ScoreGauge } from './ScoreGauge.tsx';

interface Props {
  report: ScoreReport;
  against: string;
}

export function ScoreSummary({ report, against }: Props) {
  const band = scoreBand(report.score);
  return (
    <div class="score-summary">
      <div class="score-summary__gauge">
        <ScoreGauge score={report.score} band={band.label} />
        <p class="score-summary__number">
          <span data-testid="ats-score">{report.score}</span>
          <span class="score-summary__of">/100</span>
        </p>
      </div>
      <div>
        <p class="score-summary__band">
          ATS score: <strong>{band.label}</strong>
        </p>
        <p>{band.meaning}</p>
        <p class="muted">
          Scored against {against}. Scoring rules v{report.scoringVersion}: <a href="/methodology/">how the score is computed</a>.
        </p>
      </div>
    </div>
  );
}
