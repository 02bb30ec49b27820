import type { VersionChange } from '../scorer/compareVersions.ts';

interface Props {
  change: VersionChange;
  /** What the score is compared with: "the file as uploaded", "resume-v1.pdf". */
  since: string;
  before: number;
  after: number;
}

const signed = (value: number, digits = 0) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;
const list = (items: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** Before and after: the score's change since the version it is compared with, category by category. */
export function ScoreDelta({ change, since, before, after }: Props) {
  return (
    <div class="score-delta" data-testid="score-delta" data-delta={change.delta}>
      <p class="score-delta__headline">
        <strong>{signed(change.delta)}</strong> since {since} ({before} → {after})
      </p>
      <ul class="score-delta__details">
        {change.categories.map((category) => (
          <li key={category.category}>
            {category.label}: {signed(category.after - category.before, 1)} ({category.before} → {category.after})
          </li>
        ))}
        {change.gained.length > 0 && <li>Keywords found now: {list(change.gained)}</li>}
        {change.lost.length > 0 && <li>Keywords no longer found: {list(change.lost)}</li>}
        {change.improved !== null && change.improved.length > 0 && (
          <li>
            Bullets with fewer issues: {list(change.improved.map(String))}
          </li>
        )}
      </ul>
    </div>
  );
}
