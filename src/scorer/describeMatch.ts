import type { KeywordResult } from './types.ts';

const list = new Intl.ListFormat('en', { type: 'conjunction' });
const orList = new Intl.ListFormat('en', { type: 'disjunction' });

/**
 * What a keyword's match level means for the reader, in one sentence; null when the level needs no words
 * (its own term was found, or nothing was). The report and the CLI both say it this way.
 */
export function describeMatch(keyword: Pick<KeywordResult, 'level' | 'label' | 'matchedTerms' | 'relatedTerms' | 'alternativeTo'>): string | null {
  if (keyword.level === 'narrower') {
    const terms = keyword.matchedTerms;
    return `${list.format(terms)} ${terms.length === 1 ? 'counts' : 'count'} as ${keyword.label}.`;
  }
  if (keyword.level === 'sibling') {
    const terms = keyword.relatedTerms;
    // The names an ATS would search for: the keyword's own terms the resume has alternatives to, not its label ("Reporting and BI").
    const asked = keyword.alternativeTo.length > 0 ? orList.format(keyword.alternativeTo) : keyword.label;
    return `${list.format(terms)} ${terms.length === 1 ? 'is' : 'are'} related, but an ATS searching for ${asked} will not find ${terms.length === 1 ? 'it' : 'them'}: name ${asked} if you have used it.`;
  }
  return null;
}
