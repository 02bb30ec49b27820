import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { skillTermSchema } from './skillTerm.ts';

export const interviewRoundSchema = z.object({ name: z.string().min(2), detail: z.string().min(10) }).strict();
export type InterviewRound = z.infer<typeof interviewRoundSchema>;

export const interviewSchema = z
  .object({
    summary: z.string().min(20),
    duration: z.string().min(3).optional(),
    rounds: z.array(interviewRoundSchema).min(1),
  })
  .strict();
export type Interview = z.infer<typeof interviewSchema>;

/** `content/companies/<company>.yaml`: facts every guide for the company shares. */
export function companySchema(terms: TermIndex) {
  return z
    .object({
      name: z.string().min(1),
      /** Other names people search the company by (Facebook for Meta, AWS for Amazon). */
      aliases: z.array(z.string().min(2)).default([]),
      summary: z.string().min(20),
      website: z.url({ protocol: /^https$/ }),
      /**
       * Other places the company publishes under its own name, as a host or host/path prefix
       * (`netflixtechblog.com`, `medium.com/airbnb-engineering`): a `company` source must be on one of them.
       */
      hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/, { error: 'must be a host or host/path, without https://' })).default([]),
      industry: z.string().min(2),
      headquarters: z.string().min(2),
      stack: z.array(skillTermSchema(terms)).min(1),
      culture: z.array(z.string().min(3)).min(1),
      interview: interviewSchema,
      sources: z.array(sourceSchema(terms)).min(1),
    })
    .strict();
}
export type Company = z.infer<ReturnType<typeof companySchema>>;
