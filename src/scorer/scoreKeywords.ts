import { CORE_WEIGHT, KEYWORD_WEIGHT, ruleMax, STUFFING_MENTIONS, STUFFING_PENALTY } from './scoringRules.ts';
import type { Finding, KeywordResult, ResumeLine } from './types.ts';

export interface KeywordScore {
  points: number;
  max: number;
  findings: Finding[];
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const names = (keywords: readonly KeywordResult[]) => listFormat.format(keywords.map((keyword) => keyword.label));

const weight = (keyword: KeywordResult) => KEYWORD_WEIGHT[keyword.importance] * (keyword.core ? CORE_WEIGHT : 1);
const stuffedKeywords = (keywords: readonly KeywordResult[]) => keywords.filter((keyword) => keyword.count > STUFFING_MENTIONS);

/** The keyword category's points alone: what ranking every guide needs, by the rules the report explains. */
export function keywordPoints(keywords: readonly KeywordResult[], copiedLines: number): { points: number; max: number } {
  if (keywords.length === 0) return { points: 0, max: 0 };
  const max = ruleMax('keyword-coverage');
  let total = 0;
  let earned = 0;
  for (const keyword of keywords) {
    total += weight(keyword);
    earned += weight(keyword) * keyword.credit;
  }
  const penalty = Math.min(STUFFING_PENALTY.max, STUFFING_PENALTY.perFinding * (stuffedKeywords(keywords).length + copiedLines));
  return { points: Math.max(0, (max * earned) / total - penalty), max };
}

/** The keyword category: weighted coverage, less what stuffing costs, with the findings that explain it. */
export function scoreKeywords(keywords: readonly KeywordResult[], copiedLines: readonly ResumeLine[]): KeywordScore {
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

  const stuffed = stuffedKeywords(matched);
  for (const keyword of stuffed) {
    findings.push({
      rule: 'keyword-stuffing',
      severity: 'problem',
      message: `"${keyword.label}" appears ${keyword.count} times: recruiters and modern ATS read that as stuffing.`,
      fix: 'Keep the mentions where the skill did real work and cut the rest.',
    });
  }
  if (copiedLines.length > 0) {
    findings.push({
      rule: 'keyword-stuffing',
      severity: 'problem',
      message: `${copiedLines.length} line${copiedLines.length === 1 ? '' : 's'} copy the job description word for word; they count for nothing.`,
      fix: 'Describe your own work in your own words, with the results it had.',
    });
  }
  return { ...keywordPoints(keywords, copiedLines.length), findings };
}
