import pluralize from 'pluralize';
import type { KeywordResult, KeywordSource } from './types.ts';

const SOURCE_NAMES: Record<KeywordSource, string> = { guide: 'guide', 'job-description': 'job description', custom: 'listed' };

/**
 * The keyword list a score was made against ("24 guide + 11 job description keywords"), by where its keywords came from, and what the job description's
 * own keywords lack: when a posting is pasted, the score changes because the list did, and this says how.
 */
export function describeKeywordBasis(keywords: readonly Pick<KeywordResult, 'source' | 'status'>[]): string | null {
  if (keywords.length === 0) return null;
  const counts = (['guide', 'job-description', 'custom'] as const)
    .map((source) => ({ source, keywords: keywords.filter((keyword) => keyword.source === source) }))
    .filter((part) => part.keywords.length > 0);
  const parts = counts.map((part) => `${part.keywords.length} ${SOURCE_NAMES[part.source]}`);
  const list = parts.length === 1 ? pluralize(`${SOURCE_NAMES[counts[0]!.source]} keyword`, keywords.length, true) : `${parts.join(' + ')} keywords`;
  const fromPosting = keywords.filter((keyword) => keyword.source === 'job-description');
  const missing = fromPosting.filter((keyword) => keyword.status === 'missing').length;
  const postingNote = fromPosting.length === 0 ? '' : missing === 0 ? '; the resume has all of the posting’s own' : `; ${missing} of the posting’s own ${missing === 1 ? 'is' : 'are'} missing`;
  return `${list}${postingNote}`;
}
