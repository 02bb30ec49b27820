import type { Guide } from '../schemas/guide.ts';
import { canonicalName, type TermIndex } from '../taxonomy/taxonomy.ts';

/** The canonical skills a guide's keywords name, whichever alias the writer used. */
export function guideSkills(guide: Pick<Guide, 'keywords'>, terms: TermIndex): Set<string> {
  return new Set(guide.keywords.flatMap((keyword) => keyword.terms.map((term) => canonicalName(terms, term) ?? term)));
}
