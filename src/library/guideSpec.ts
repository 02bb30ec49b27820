import type { Guide } from '../schemas/guide.ts';
import { stripCitations } from './citations.ts';
import type { Role } from '../schemas/role.ts';
import { guideKeywordSpecs } from '../scorer/keywordSpecs.ts';
import { termMatchers } from '../scorer/termMatchers.ts';
import type { GuideSpec } from '../scorer/types.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';

/** A guide as the scorer island and the match index receive it: only what scoring needs. */
export function guideSpec(id: string, guide: Guide, role: Pick<Role, 'core'>, taxonomy: Taxonomy): GuideSpec {
  return {
    id,
    title: guide.title,
    region: guide.region,
    // The scorer's advice is read away from the page's source list, so it goes without citations.
    keywords: guideKeywordSpecs(
      guide.keywords.map((keyword) => ({ ...keyword, advice: stripCitations(keyword.advice) })),
      termMatchers(taxonomy),
      role.core,
    ),
    mistakes: guide.mistakes.map((mistake) => ({ ...mistake, detail: stripCitations(mistake.detail) })),
    ...(guide.maxPages === undefined ? {} : { maxPages: guide.maxPages }),
  };
}
