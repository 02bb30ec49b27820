import { describeStuffing } from './describeStuffing.ts';
import type { Stuffing, StuffingReader } from './findStuffing.ts';
import { CORE_WEIGHT, KEYWORD_WEIGHT, ruleMax, STUFFING_PENALTY } from './scoringRules.ts';
import type { Finding, KeywordResult, ResumeLine } from './types.ts';

export interface KeywordScore {
  points: number;
  max: number;
  findings: Finding[];
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const names = (keywords: readonly KeywordResult[]) => listFormat.format(keywords.map((keyword) => keyword.label));

const weight = (keyword: KeywordResult) => KEYWORD_WEIGHT[keyword.importance] * (keyword.core ? CORE_WEIGHT : 1);

/** The stuffing among the skills a keyword list found: each matched term judged on its own. */
export function keywordStuffing(reader: StuffingReader, keywords: readonly KeywordResult[]): Stuffing[] {
  return reader.among(keywords.filter((keyword) => keyword.status === 'matched').flatMap((keyword) => keyword.matchedTerms));
}

/**
 * The keyword category's points alone: what ranking every guide needs, by the rules the report explains.
 * `penalties` counts the stuffing findings: stuffed skills, repeated blocks and lines copied from the posting.
 */
export function keywordPoints(keywords: readonly KeywordResult[], penalties: number): { points: number; max: number } {
  if (keywords.length === 0) return { points: 0, max: 0 };
  const max = ruleMax('keyword-coverage');
  let total = 0;
  let earned = 0;
  for (const keyword of keywords) {
    total += weight(keyword);
    earned += weight(keyword) * keyword.credit;
  }
  const penalty = Math.min(STUFFING_PENALTY.max, STUFFING_PENALTY.perFinding * penalties);
  return { points: Math.max(0, (max * earned) / total - penalty), max };
}

/** The keyword category: weighted coverage, less what stuffing costs, with the findings that explain it. */
export function scoreKeywords(keywords: readonly KeywordResult[], copiedLines: readonly ResumeLine[], stuffing: readonly Stuffing[]): KeywordScore {
  if (keywords.length === 0) {
    return {
      points: 0,
      max: 0,
      findings: [
        {
          rule: 'keyword-coverage',
          severity: 'info',
          message: 'No keyword list to score against, so keywords are left out of this score.',
          fix: 'Pick a guide for the company and role, or paste the job description.',
        },
      ],
    };
  }
  const findings: Finding[] = [];

  const matched = keywords.filter((keyword) => keyword.status === 'matched');
  const required = keywords.filter((keyword) => keyword.importance === 'required');
  findings.push({
    rule: 'keyword-coverage',
    severity: matched.length === keywords.length ? 'good' : 'info',
    message: `${matched.length} of ${keywords.length} keywords found, ${required.filter((keyword) => keyword.status === 'matched').length} of ${required.length} required ones.`,
  });
  const missingRequired = required.filter((keyword) => keyword.status === 'missing');
  if (missingRequired.length > 0) {
    findings.push({
      rule: 'keyword-coverage',
      severity: 'problem',
      message: `Required and missing: ${names(missingRequired)}.`,
      fix: 'Where you have used these, name them in the bullet about that work, with the exact spelling of the posting.',
    });
  }
  const listedOnly = matched.filter((keyword) => !keyword.inContext);
  if (listedOnly.length > 0) {
    findings.push({
      rule: 'keyword-coverage',
      severity: 'warning',
      message: `Only listed, never shown in your experience: ${names(listedOnly)}.`,
      fix: 'Tie each to a bullet that says what you built with it and what changed; a listed skill earns 60% of a demonstrated one.',
    });
  }

  findings.push(...stuffing.map(describeStuffing));
  if (copiedLines.length > 0) {
    findings.push({
      rule: 'keyword-stuffing',
      severity: 'problem',
      message: `${copiedLines.length} line${copiedLines.length === 1 ? '' : 's'} copy the job description word for word; they count for nothing.`,
      fix: 'Describe your own work in your own words, with the results it had.',
    });
  }
  return { ...keywordPoints(keywords, stuffing.length + copiedLines.length), findings };
}
