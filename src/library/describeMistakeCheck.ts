import { MISTAKE_RULES, type Mistake } from '../schemas/mistake.ts';

const listFormat = new Intl.ListFormat('en', { type: 'disjunction' });

/** The sentence under a mistake that says what the scorer checks, so the rule is never hidden. */
export function describeMistakeCheck({ check }: Mistake): string {
  if ('rule' in check) return `We check that ${MISTAKE_RULES[check.rule]}.`;
  const place = check.where === 'experience' ? ' in an experience or project bullet, not only in a skills list' : '';
  const count = check.terms.length === 1 ? '' : check.min === 1 ? 'at least one of ' : `at least ${check.min} of `;
  const terms = check.min === 1 ? listFormat.format(check.terms) : check.terms.join(', ');
  return `We check that your resume shows ${count}${terms}${place}: by name, or through a tool or a piece of work that belongs to it (PostgreSQL or "tuned slow queries" for databases).`;
}
