import { analyzeResume, type ResumeAnalysis } from './analyzeResume.ts';
import { matchKeywords } from './matchKeywords.ts';
import { keywordPoints, keywordStuffing } from './scoreKeywords.ts';
import { fixedCategories, totalScore } from './scoreResume.ts';
import { CLOSEST_WIN_KEYWORDS } from './scoringRules.ts';
import { roleReader, type TitleNamed } from './titleLines.ts';
import type { AnalysisInput, KeywordResult, KeywordSpec } from './types.ts';
import { keywordFacts, verdictOf, type Verdict } from './verdict.ts';

/** What ranking needs of a guide: its keywords and the region its page scores in. */
export interface RankableGuide {
  id: string;
  /** The guide's role ("backend-developer"): guides of one role make one family. */
  role: string;
  region: string;
  keywords: KeywordSpec[];
  /** The job titles of the guide's role ("Backend Engineer", "Software Engineer, Backend"). */
  roleTitles?: readonly string[];
}

export interface GuideRank {
  id: string;
  role: string;
  /** The score the guide's own page gives this resume (without a job description). */
  score: number;
  /** The band that score earns with the guide's required keywords, as the guide's own report says it. */
  verdict: Verdict;
  matched: number;
  total: number;
  /** Required keywords the resume lacks, most important first (the guide's order). */
  missingRequired: string[];
  /** The one or two missing keywords that would raise the score most, and the score with them shown in experience. */
  closestWin: { keywords: string[]; score: number } | null;
  /** The resume's own line (its headline, or a role it held) that names one of the guide role's titles. */
  roleEvidence: string | null;
  /**
   * The guide's role is the one the resume claims as its own title: it is named by the first of the resume's
   * title lines to name any role (its headline, else its latest job).
   */
  ownTitle: boolean;
  /** The role's core as this resume shows it: what its experience demonstrates (the skills it names), and the core keywords it lacks. */
  core: { shown: string[]; missing: string[] };
}

/** What a resume shows of a role's core: the skills its experience demonstrates, and the core keywords it lacks. */
function coreOf(results: readonly KeywordResult[]): GuideRank['core'] {
  const core = results.filter((result) => result.core);
  return {
    shown: [...new Set(core.filter((result) => result.status === 'matched' && result.inContext).flatMap((result) => result.matchedTerms))],
    missing: core.filter((result) => result.status === 'missing').map((result) => result.label),
  };
}

function closestWin(analysis: ResumeAnalysis, results: KeywordResult[], penalties: number, score: number): GuideRank['closestWin'] {
  const missing = results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.status === 'missing')
    .sort((a, b) => Number(b.result.importance === 'required') - Number(a.result.importance === 'required') || a.index - b.index)
    .slice(0, CLOSEST_WIN_KEYWORDS);
  if (missing.length === 0) return null;
  const added = new Set(missing.map(({ index }) => index));
  const improved = results.map((result, index) => (added.has(index) ? { ...result, status: 'matched' as const, level: 'exact' as const, credit: 1, count: 1, inContext: true } : result));
  const fixed = Object.values(fixedCategories(analysis));
  const next = totalScore([keywordPoints(improved, penalties), ...fixed]);
  return next > score ? { keywords: missing.map(({ result }) => result.label), score: next } : null;
}

/**
 * Scores one resume against every guide with the same rules as each guide's own scorer: the resume is read
 * once per region, each term is looked for once, and only the keyword category differs between guides.
 * Guides whose role the resume names as its own title come first (a backend engineer's backend guides
 * before frontend ones that happen to share its languages), then by score; ties by fewer missing required
 * keywords, then by id. The score shown is always the guide page's, and so is its verdict.
 */
export function rankGuides(input: Omit<AnalysisInput, 'region' | 'jobDescription'>, guides: readonly RankableGuide[]): GuideRank[] {
  const analyses = new Map<string, ResumeAnalysis>();
  const analysisFor = (region: string) => {
    let analysis = analyses.get(region);
    if (!analysis) {
      analysis = analyzeResume({ ...input, region });
      analyses.set(region, analysis);
    }
    return analysis;
  };
  const roleReaders = new Map<ResumeAnalysis, (titles: readonly string[]) => TitleNamed | null>();
  const ranked = guides.map((guide) => {
    const analysis = analysisFor(guide.region);
    let roleNamed = roleReaders.get(analysis);
    if (!roleNamed) {
      roleNamed = roleReader(analysis.structure);
      roleReaders.set(analysis, roleNamed);
    }
    const { results } = matchKeywords(analysis, guide.keywords);
    const penalties = keywordStuffing(analysis.stuffing, results).length + analysis.copied.length;
    const score = totalScore([keywordPoints(results, penalties), ...Object.values(fixedCategories(analysis))]);
    const named = roleNamed(guide.roleTitles ?? []);
    const rank: Omit<GuideRank, 'ownTitle'> = {
      id: guide.id,
      role: guide.role,
      score,
      verdict: verdictOf({ score, keywords: keywordFacts(results) }),
      matched: results.filter((result) => result.status === 'matched').length,
      total: results.length,
      missingRequired: results.filter((result) => result.status === 'missing' && result.importance === 'required').map((result) => result.label),
      closestWin: closestWin(analysis, results, penalties, score),
      roleEvidence: named?.quote ?? null,
      core: coreOf(results),
    };
    return { rank, line: named?.line ?? null };
  });
  // Lines are compared across regions' readings: a region changes how contact details read, not which lines there are.
  const titleLine = Math.min(...ranked.flatMap(({ line }) => (line === null ? [] : [line])));
  return ranked
    .map(({ rank, line }): GuideRank => ({ ...rank, ownTitle: line === titleLine }))
    .sort(
      (a, b) =>
        Number(b.roleEvidence !== null) - Number(a.roleEvidence !== null) ||
        b.score - a.score ||
        a.missingRequired.length - b.missingRequired.length ||
        a.id.localeCompare(b.id),
    );
}
