import type { ScoreBandId } from '../scorer/scoringRules.ts';

interface Props {
  score: number;
  band: ScoreBandId;
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The score as a ring. Decorative: the number and band beside it carry the meaning in text. */
export function ScoreGauge({ score, band }: Props) {
  const filled = (Math.max(0, Math.min(100, score)) / 100) * CIRCUMFERENCE;
  return (
    <svg class={`gauge band--${band}`} viewBox="0 0 120 120" width="120" height="120" aria-hidden="true">
      <circle class="gauge__track" cx="60" cy="60" r={RADIUS} fill="none" stroke-width="12" />
      <circle
        class="gauge__value"
        cx="60"
        cy="60"
        r={RADIUS}
        fill="none"
        stroke-width="12"
        stroke-linecap="round"
        stroke-dasharray={`${filled} ${CIRCUMFERENCE}`}
        transform="rotate(-90 60 60)"
      />
    </svg>
  );
}
