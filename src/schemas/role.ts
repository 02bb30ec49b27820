import { z } from 'astro/zod';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { skillTermSchema } from './skillTerm.ts';

/** `content/roles/<role>.yaml`: what a role is, whatever the company. */
export function roleSchema(terms: TermIndex) {
  return z
    .object({
      name: z.string().min(2),
      summary: z.string().min(20),
      titles: z.array(z.string().min(2)).min(1),
      /** Abbreviations and spellings people search the role by (SRE, SWE, full stack, back-end). */
      aliases: z.array(z.string().min(2)).default([]),
      /**
       * The skills that define the role and tell it from its neighbours (a backend developer's server
       * languages, data stores and APIs; a frontend developer's UI frameworks, CSS and accessibility). A
       * concept covers every skill under it. A guide's keyword that names one of them weighs double in its
       * score, and /match/ says which of them a resume shows.
       */
      core: z.array(skillTermSchema(terms)).min(3),
    })
    .strict();
}
export type Role = z.infer<ReturnType<typeof roleSchema>>;
