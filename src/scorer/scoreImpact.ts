import type { BulletMeasures } from './measureBullets.ts';
import { quoteLine, sharePoints } from './quoteLine.ts';
import { ACTION_VERB_TARGET, QUANTIFIED_TARGET, ruleMax } from './scoringRules.ts';
import type { Finding } from './types.ts';

export interface RuleScore {
  points: number;
  findings: Finding[];
}

export function scoreImpact(measures: BulletMeasures): RuleScore {
  const { achievements, quantified, actionVerb, duty } = measures;
  const total = achievements.length;
  if (total === 0) {
    return {
      points: 0,
      findings: [
        {
          rule: 'quantified-bullets',
          severity: 'problem',
          message: 'No experience bullets found, so nothing shows what you achieved.',
          fix: 'Under an "Experience" heading, give each role 3–6 bullets: what you did, with what, and the result in numbers.',
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const quantifiedPoints = sharePoints(ruleMax('quantified-bullets'), quantified.length, total, QUANTIFIED_TARGET);
  const unquantified = achievements.find((line) => !quantified.includes(line));
  findings.push({
    rule: 'quantified-bullets',
    severity: quantified.length / total >= QUANTIFIED_TARGET ? 'good' : 'warning',
    message: `${quantified.length} of ${total} experience bullets carry a number.`,
    ...(quantified.length / total < QUANTIFIED_TARGET && unquantified
      ? { fix: `Add the figure that shows the result, e.g. to ${quoteLine(unquantified)}: latency, volume, money, users or time saved.` }
      : {}),
  });

  const verbPoints = sharePoints(ruleMax('action-verbs'), actionVerb.length, total, ACTION_VERB_TARGET);
  const weakOpening = achievements.find((line) => !actionVerb.includes(line));
  findings.push({
    rule: 'action-verbs',
    severity: actionVerb.length / total >= ACTION_VERB_TARGET ? 'good' : 'warning',
    message: `${actionVerb.length} of ${total} bullets open with an action verb.`,
    ...(actionVerb.length / total < ACTION_VERB_TARGET && weakOpening
      ? { fix: `Start with what you did ("Built", "Cut", "Led"), e.g. rewrite ${quoteLine(weakOpening)}.` }
      : {}),
  });

  const dutyPoints = Math.max(0, ruleMax('weak-phrases') - duty.length);
  const [firstDuty] = duty;
  findings.push(
    firstDuty
      ? {
          rule: 'weak-phrases',
          severity: 'warning',
          message: `${duty.length} bullet${duty.length === 1 ? '' : 's'} describe a duty, not a result, e.g. ${quoteLine(firstDuty)}.`,
          fix: 'Replace "responsible for" or "helped with" with the verb for what you did and the outcome.',
        }
      : { rule: 'weak-phrases', severity: 'good', message: 'No bullet leans on "responsible for" or "helped with".' },
  );
  return { points: quantifiedPoints + verbPoints + dutyPoints, findings };
}
