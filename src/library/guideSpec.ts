import type { Guide } from '../schemas/guide.ts';
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
    keywords: guideKeywordSpecs(guide.keywords, termMatchers(taxonomy), role.core),
    mistakes: guide.mistakes,
    ...(guide.maxPages === undefined ? {} : { maxPages: guide.maxPages }),
  };
}
