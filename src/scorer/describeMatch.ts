import type { KeywordResult } from './types.ts';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * What a keyword's match level means for the reader, in one sentence; null when the level needs no words
 * (its own term was found, or nothing was). The report and the CLI both say it this way.
 */
export function describeMatch(keyword: Pick<KeywordResult, 'level' | 'label' | 'matchedTerms' | 'relatedTerms'>): string | null {
  if (keyword.level === 'narrower') {
    const terms = keyword.matchedTerms;
    return `${list.format(terms)} ${terms.length === 1 ? 'counts' : 'count'} as ${keyword.label}.`;
  }
  if (keyword.level === 'sibling') {
    const terms = keyword.relatedTerms;
    return `${list.format(terms)} ${terms.length === 1 ? 'is' : 'are'} related, but an ATS searching for ${keyword.label} will not find ${terms.length === 1 ? 'it' : 'them'}: name ${keyword.label} if you have used it.`;
  }
  return null;
}
