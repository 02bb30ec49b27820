import { SCORE_BANDS, type ScoreBand, type ScoreBandId } from './scoringRules.ts';
import type { KeywordResult } from './types.ts';

/** The facts a verdict rests on: the score, and how many of the keywords that matter were found. */
export interface VerdictFacts {
  score: number;
  /** Null when there was no keyword list: the score then measures structure and writing only. */
  keywords: { counted: number; found: number; required: boolean } | null;
}

export interface Verdict {
  band: ScoreBandId;
  label: string;
  meaning: string;
  /** What keeps the verdict below the band the score alone reaches, when something does. */
  capped: string | null;
  /** `keywords`: scored against a keyword list; `writing`: structure and writing only. */
  scope: 'keywords' | 'writing';
}

/** The keywords a verdict is gated by: the required ones, or every keyword when none is required. */
export function keywordFacts(keywords: readonly Pick<KeywordResult, 'importance' | 'status'>[]): VerdictFacts['keywords'] {
  if (keywords.length === 0) return null;
  const required = keywords.filter((keyword) => keyword.importance === 'required');
  const counted = required.length > 0 ? required : keywords;
  return { counted: counted.length, found: counted.filter((keyword) => keyword.status === 'matched').length, required: required.length > 0 };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The one verdict a report gives, by the bands of the rule table (see SCORE_BANDS). */
export function verdictOf({ score, keywords }: VerdictFacts): Verdict {
  const byScore = SCORE_BANDS.find((band) => score >= band.min) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
  if (keywords === null) return { band: byScore.id, label: byScore.label, meaning: byScore.withoutKeywords, capped: null, scope: 'writing' };
  const share = keywords.counted === 0 ? 1 : keywords.found / keywords.counted;
  const band: ScoreBand = SCORE_BANDS.find((candidate) => score >= candidate.min && share >= candidate.minKeywordShare) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
  const above = band === byScore ? null : SCORE_BANDS[SCORE_BANDS.indexOf(band) - 1]!;
  const which = keywords.required ? 'required keywords' : 'keywords';
  const capped = above
    ? `${band.label}, not ${byScore.label}: ${keywords.found} of ${keywords.counted} ${which} found, and ${above.label} needs ${percent(above.minKeywordShare)} of them.`
    : null;
  return { band: band.id, label: band.label, meaning: band.meaning, capped, scope: 'keywords' };
}
