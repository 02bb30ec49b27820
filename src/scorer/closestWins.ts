import type { GuideRank } from './rankGuides.ts';
import { BEST_FIT_MARGIN, CLOSEST_WINS_SHOWN } from './scoringRules.ts';

/** The guides a resume fits best, which closest wins are drawn from (see CLOSEST_WINS_RULE). */
export interface BestFits {
  /** The roles the resume claims as its own title (its headline, else its latest job). */
  titledRoles: string[];
  /**
   * The roles its skills fit best: those of its highest-scoring guides among the ones whose core its experience
   * shows. When it shows no role's core and names no role, those of its highest-scoring guides.
   */
  skillRoles: string[];
  /** Its highest score over every guide. */
  best: number;
  /** The lowest score a best fit for a role only the skills point to may have. */
  floor: number;
}

const rolesOf = (ranks: readonly GuideRank[]) => [...new Set(ranks.map((rank) => rank.role))].sort();
const highestScore = (ranks: readonly GuideRank[]) => Math.max(0, ...ranks.map((rank) => rank.score));

function highestScoring(ranks: readonly GuideRank[]): GuideRank[] {
  const highest = highestScore(ranks);
  return ranks.filter((rank) => rank.score === highest);
}

/** A resume's best fits, from its ranking over every guide (not a filtered part of it: a best fit is the resume's, whatever is shown). */
export function bestFits(ranking: readonly GuideRank[]): BestFits {
  const best = highestScore(ranking);
  const titledRoles = rolesOf(ranking.filter((rank) => rank.ownTitle));
  // A score alone, with no core shown, is a few points of shared tools and writing: it tells a role only when nothing else does.
  const showingCore = ranking.filter((rank) => rank.core.shown.length > 0);
  const skillRoles = rolesOf(highestScoring(showingCore.length > 0 || titledRoles.length > 0 ? showingCore : ranking));
  return { titledRoles, skillRoles, best, floor: Math.max(0, best - BEST_FIT_MARGIN) };
}

/**
 * A guide for the role the resume names as its title is always a best fit: that is the job the candidate
 * applies for, even when another role's guides score higher. One the skills point to must come within the
 * margin of the best score.
 */
export function isBestFit(rank: GuideRank, fits: BestFits): boolean {
  return fits.titledRoles.includes(rank.role) || (fits.skillRoles.includes(rank.role) && rank.score >= fits.floor);
}

type Win = NonNullable<GuideRank['closestWin']>;

/**
 * The closest wins among `ranks` (all guides, or those a filter shows): best fits only, those for the role the
 * resume names as its title first, then the largest gain first.
 */
export function closestWins<T extends GuideRank>(ranks: readonly T[], fits: BestFits): (T & { closestWin: Win })[] {
  const titled = (rank: GuideRank) => Number(fits.titledRoles.includes(rank.role));
  return ranks
    .filter((rank): rank is T & { closestWin: Win } => rank.closestWin !== null && isBestFit(rank, fits))
    .sort((a, b) => titled(b) - titled(a) || b.closestWin.score - b.score - (a.closestWin.score - a.score) || a.closestWin.keywords.length - b.closestWin.keywords.length || b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, CLOSEST_WINS_SHOWN);
}
