import type { Mistake, MistakeRuleId } from '../schemas/mistake.ts';
import { slugify } from '../text/slugify.ts';
import type { BulletMeasures } from './measureBullets.ts';
import { BULLET_LENGTH_TARGET, BULLET_WORDS, QUANTIFIED_TARGET } from './scoringRules.ts';
import type { ResumeAnalysis } from './analyzeResume.ts';
import type { CheckResult } from './types.ts';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

function ruleCheck(rule: MistakeRuleId, measures: BulletMeasures): { passed: boolean; message: string } {
  const total = measures.achievements.length;
  if (total === 0) return { passed: false, message: 'No experience bullets were found to check.' };
  if (rule === 'concise-bullets') {
    const share = measures.rightLength.length / total;
    const passed = share >= BULLET_LENGTH_TARGET && measures.duty.length <= 1;
    return {
      passed,
      message: `${measures.rightLength.length} of ${total} bullets are ${BULLET_WORDS.min}–${BULLET_WORDS.max} words; ${measures.duty.length} ${measures.duty.length === 1 ? 'leans' : 'lean'} on duty phrases.`,
    };
  }
  const share = measures.quantified.length / total;
  return {
    passed: share >= QUANTIFIED_TARGET,
    message: `${measures.quantified.length} of ${total} experience bullets carry a number (${Math.round(QUANTIFIED_TARGET * 100)}% needed).`,
  };
}

/** The guide's common mistakes, each run as a pass/fail check with the reason. */
export function evaluateMistakes(
  mistakes: readonly Mistake[],
  context: Pick<ResumeAnalysis, 'matchers' | 'mentionsOf' | 'demonstrating' | 'measures'>,
): CheckResult[] {
  return mistakes.map(({ title, check }) => {
    const id = slugify(title);
    if ('rule' in check) return { id, title, ...ruleCheck(check.rule, context.measures) };
    const terms = check.terms.map(context.matchers.resolve);
    const matches = context.mentionsOf(terms);
    const counted =
      check.where === 'experience'
        ? matches.filter((match) => context.demonstrating.some((line) => line.start <= match.start && match.start < line.end))
        : matches;
    const found = [...new Set(counted.map((match) => match.term))];
    const passed = found.length >= check.min;
    const place = check.where === 'experience' ? ' in your experience' : '';
    const need = check.min === 1 ? '' : ` (${check.min} needed)`;
    const message = found.length > 0 ? `Found${place}: ${listFormat.format(found)}${need}.` : `None of ${listFormat.format(terms)} found${place}.`;
    return { id, title, passed, message };
  });
}
