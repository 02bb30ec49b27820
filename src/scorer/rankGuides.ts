import { analyzeResume, type ResumeAnalysis } from './analyzeResume.ts';
import { matchKeywords } from './matchKeywords.ts';
import { keywordPoints, keywordStuffing } from './scoreKeywords.ts';
import { fixedCategories, totalScore } from './scoreResume.ts';
import type { AnalysisInput, KeywordResult, KeywordSpec } from './types.ts';

/** What ranking needs of a guide: its keywords and the region its page scores in. */
export interface RankableGuide {
  id: string;
  region: string;
  keywords: KeywordSpec[];
  /** The job titles of the guide's role ("Backend Engineer", "Software Engineer, Backend"). */
  roleTitles?: readonly string[];
}

export interface GuideRank {
  id: string;
  /** The score the guide's own page gives this resume (without a job description). */
  score: number;
  matched: number;
  total: number;
  /** Required keywords the resume lacks, most important first (the guide's order). */
  missingRequired: string[];
  /** The one or two missing keywords that would raise the score most, and the score with them shown in experience. */
  closestWin: { keywords: string[]; score: number } | null;
  /** The resume's own line (its headline, or a role it held) that names one of the guide role's titles. */
  roleEvidence: string | null;
  /** The role's core as this resume shows it: what its experience demonstrates (the skills it names), and the core keywords it lacks. */
  core: { shown: string[]; missing: string[] };
}

/** What separates the parts of a headline or role line: "Data Engineer · Bengaluru · priya@…", "Engineer — Acme". */
const TITLE_LINE_PARTS = /\s+[·|•]\s+|\s+[–—]\s+/;

/** "Back-end  Engineer" and "backend engineer" name one title. */
const titleKey = (text: string) => text.toLowerCase().replace(/-/g, '').replace(/\s+/g, ' ');

/**
 * The lines in which a resume says what the candidate is: the header under the name, and the role lines of
 * experience (not its bullets). A title named there is the candidate's own claim to the role.
 */
function titleLines(analysis: ResumeAnalysis): { text: string; key: string }[] {
  return analysis.structure.lines
    .filter((line) => !line.isHeading && !line.isBullet && (line.section === 'Contact' || line.section === 'Summary' || line.section === 'Experience'))
    .map((line) => ({ text: line.text, key: titleKey(line.text) }));
}

/**
 * For one resume, the line naming any of a role's titles; each title is looked for once, however many
 * guides share the role.
 */
function roleReader(analysis: ResumeAnalysis): (titles: readonly string[]) => string | null {
  const lines = titleLines(analysis);
  const found = new Map<string, string | null>();
  const lineNaming = (title: string): string | null => {
    const key = titleKey(title);
    let line = found.get(key);
    if (line === undefined) {
      const pattern = new RegExp(`(?:^|[^a-z0-9])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      const text = lines.find((candidate) => pattern.test(candidate.key))?.text;
      // Quoted as the resume's own words: the part of a headline that names the role, not its contact details.
      line = text === undefined ? null : (text.split(TITLE_LINE_PARTS).find((part) => pattern.test(titleKey(part))) ?? text);
      found.set(key, line);
    }
    return line;
  };
  return (titles) => {
    for (const title of titles) {
      const line = lineNaming(title);
      if (line !== null) return line;
    }
    return null;
  };
}

/** What a resume shows of a role's core: the skills its experience demonstrates, and the core keywords it lacks. */
function coreOf(results: readonly KeywordResult[]): GuideRank['core'] {
  const core = results.filter((result) => result.core);
  return {
    shown: [...new Set(core.filter((result) => result.status === 'matched' && result.inContext).flatMap((result) => result.matchedTerms))],
    missing: core.filter((result) => result.status === 'missing').map((result) => result.label),
  };
}

/** Keywords added per "closest win": the smallest change that still moves a score. */
export const CLOSEST_WIN_KEYWORDS = 2;

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
 * keywords, then by id. The score shown is always the guide page's.
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
  const roleReaders = new Map<ResumeAnalysis, (titles: readonly string[]) => string | null>();
  return guides
    .map((guide): GuideRank => {
      const analysis = analysisFor(guide.region);
      let roleNamed = roleReaders.get(analysis);
      if (!roleNamed) {
        roleNamed = roleReader(analysis);
        roleReaders.set(analysis, roleNamed);
      }
      const { results } = matchKeywords(analysis, guide.keywords);
      const penalties = keywordStuffing(analysis.stuffing, results).length + analysis.copied.length;
      const score = totalScore([keywordPoints(results, penalties), ...Object.values(fixedCategories(analysis))]);
      return {
        id: guide.id,
        score,
        matched: results.filter((result) => result.status === 'matched').length,
        total: results.length,
        missingRequired: results.filter((result) => result.status === 'missing' && result.importance === 'required').map((result) => result.label),
        closestWin: closestWin(analysis, results, penalties, score),
        roleEvidence: roleNamed(guide.roleTitles ?? []),
        core: coreOf(results),
      };
    })
    .sort(
      (a, b) =>
        Number(b.roleEvidence !== null) - Number(a.roleEvidence !== null) ||
        b.score - a.score ||
        a.missingRequired.length - b.missingRequired.length ||
        a.id.localeCompare(b.id),
    );
}
