import type { BulletMeasures } from './measureBullets.ts';
import { quoteLine, sharePoints } from './quoteLine.ts';
import type { RuleScore } from './scoreImpact.ts';
import { BULLET_LENGTH_TARGET, BULLET_WORDS, ruleMax } from './scoringRules.ts';
import type { Finding } from './types.ts';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

export function scoreClarity(measures: BulletMeasures): RuleScore {
  const { achievements, rightLength, tooLong, firstPerson, cliches } = measures;
  const findings: Finding[] = [];
  const total = achievements.length;

  const lengthPoints = sharePoints(ruleMax('bullet-length'), rightLength.length, total, BULLET_LENGTH_TARGET);
  if (total > 0) {
    const [longest] = [...tooLong].sort((a, b) => b.text.length - a.text.length);
    findings.push({
      rule: 'bullet-length',
      severity: rightLength.length / total >= BULLET_LENGTH_TARGET ? 'good' : 'warning',
      message: `${rightLength.length} of ${total} bullets are ${BULLET_WORDS.min}–${BULLET_WORDS.max} words long.`,
      ...(longest
        ? { fix: `Split or tighten the longest ones, e.g. ${quoteLine(longest)}: one achievement per bullet, two lines at most.` }
        : rightLength.length / total < BULLET_LENGTH_TARGET
          ? { fix: 'Very short bullets read as a list of duties: add what you used and what changed.' }
          : {}),
    });
  }

  const clichePoints = Math.max(0, ruleMax('cliches') - cliches.length);
  findings.push(
    cliches.length > 0
      ? {
          rule: 'cliches',
          severity: 'warning',
          message: `Clichés: ${listFormat.format(cliches.map((cliche) => `"${cliche}"`))}.`,
          fix: 'Cut them, or replace each with the evidence: a result that shows the quality.',
        }
      : { rule: 'cliches', severity: 'good', message: 'No clichés.' },
  );

  const firstPersonPoints = Math.max(0, ruleMax('first-person') - firstPerson.length);
  const [firstPronoun] = firstPerson;
  if (firstPronoun) {
    findings.push({
      rule: 'first-person',
      severity: 'info',
      message: `${firstPerson.length} bullet${firstPerson.length === 1 ? '' : 's'} use "I", "me" or "my", e.g. ${quoteLine(firstPronoun)}.`,
      fix: 'Drop the pronoun and start with the verb.',
    });
  }
  // Without bullets there is nothing to call long or first-person: those points are not given away.
  return { points: lengthPoints + (total > 0 ? clichePoints + firstPersonPoints : clichePoints), findings };
}
