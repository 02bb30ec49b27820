import type { CategoryResult } from '../scorer/types.ts';
import { FindingItem } from './FindingItem.tsx';

/** A category's points as the report shows them, on screen and on paper. */
export const categoryPoints = (part: CategoryResult) => (part.max === 0 ? 'not scored' : `${part.points.toFixed(1)} / ${part.max}`);

export function CategoryBreakdown({ breakdown }: { breakdown: CategoryResult[] }) {
  return (
    <section class="scorer-block" aria-labelledby="scorer-breakdown">
      <h3 id="scorer-breakdown">Where the points come from</h3>
      <ol class="breakdown">
        {breakdown.map((part) => (
          <li key={part.category} class="breakdown__item" data-category={part.category}>
            <div class="breakdown__head">
              <span class="breakdown__label" id={`category-${part.category}`}>
                {part.label}
              </span>
              <span class="breakdown__points">{categoryPoints(part)}</span>
            </div>
            {part.max > 0 && <meter class="breakdown__meter" min={0} max={part.max} value={part.points} aria-labelledby={`category-${part.category}`} />}
            <ul class="findings">
              {part.findings.map((finding, index) => (
                <FindingItem key={index} finding={finding} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
