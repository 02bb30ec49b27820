import { z } from 'astro/zod';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { skillCategorySchema } from './skill.ts';
import { skillTermSchema } from './skillTerm.ts';

export const IMPORTANCE = ['required', 'preferred'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** One key skill of a guide: shown as a chip, scored as one keyword that any of its terms satisfies. */
export function keywordSchema(terms: TermIndex) {
  return z
    .object({
      label: z.string().min(1).max(40),
      terms: z.array(skillTermSchema(terms)).min(1),
      importance: z.enum(IMPORTANCE),
      /** Defaults to the taxonomy category of the first term. */
      category: skillCategorySchema.optional(),
      /** How to show the skill on a resume; shown next to a missing keyword. */
      advice: z.string().min(20),
      /** Sources showing the company uses the skill, for a keyword no posting the guide read names. */
      evidence: z.array(z.string().min(1)).min(1).optional(),
      /** Written by `new:guide` on keywords pooled from other guides; lint refuses it until a source backs the keyword. */
      unverified: z.literal(true).optional(),
    })
    .strict();
}
export type Keyword = z.infer<ReturnType<typeof keywordSchema>>;
