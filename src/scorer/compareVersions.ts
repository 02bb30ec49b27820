import type { CategoryId, Coaching, ScoreReport } from './types.ts';

/** One version of a resume as scored: its report, and its coaching when there was one. */
export interface ScoredVersion {
  report: ScoreReport;
  coaching: Coaching | null;
}

/** What changed from one scored version of a resume to the next. */
export interface VersionChange {
  /** The score after minus the score before. */
  delta: number;
  /** Categories whose points moved, with both figures. */
  categories: { category: CategoryId; label: string; before: number; after: number }[];
  /** Keywords found now and not before, and the reverse, by label. */
  gained: string[];
  lost: string[];
  /** Bullets (by number) with fewer issues than before; null when either version was not coached. */
  improved: number[] | null;
}

const matched = (report: ScoreReport) => new Set(report.keywords.filter((keyword) => keyword.status === 'matched').map((keyword) => keyword.label));

export function compareVersions(before: ScoredVersion, after: ScoredVersion): VersionChange {
  const earlier = new Map(before.report.breakdown.map((category) => [category.category, category.points]));
  const had = matched(before.report);
  const has = matched(after.report);
  const issuesBefore = before.coaching && new Map(before.coaching.bullets.map((bullet) => [bullet.index, bullet.issues.length]));
  return {
    delta: after.report.score - before.report.score,
    categories: after.report.breakdown.flatMap(({ category, label, points }) => {
      const was = earlier.get(category) ?? 0;
      return was === points ? [] : [{ category, label, before: was, after: points }];
    }),
    gained: [...has].filter((label) => !had.has(label)),
    lost: [...had].filter((label) => !has.has(label)),
    improved:
      issuesBefore && after.coaching
        ? after.coaching.bullets.filter((bullet) => bullet.issues.length < (issuesBefore.get(bullet.index) ?? Infinity)).map((bullet) => bullet.index)
        : null,
  };
}
