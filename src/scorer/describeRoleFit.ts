import type { GuideRank } from './rankGuides.ts';

const list = new Intl.ListFormat('en', { type: 'conjunction' });
/** Names shown in one sentence before "and N more". */
const NAMES_SHOWN = 4;

const named = (names: readonly string[]) =>
  names.length <= NAMES_SHOWN ? list.format(names) : `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more`;

/**
 * Why a guide ranks where it does for this resume, from the role's core: the skills the resume's experience
 * demonstrates, then the core it lacks. Null when the guide's keywords name none of its role's core.
 */
export function describeRoleFit(core: GuideRank['core']): string | null {
  const { shown, missing } = core;
  if (shown.length === 0 && missing.length === 0) return null;
  const strengths =
    shown.length > 0
      ? `Your ${named(shown)} work ${shown.length === 1 ? 'matches' : 'match'} this role's core.`
      : "Your experience shows none of this role's core yet.";
  return missing.length > 0 ? `${strengths} Core and missing: ${named(missing)}.` : strengths;
}
