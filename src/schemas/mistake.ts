import { z } from 'astro/zod';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { skillTermSchema } from './skillTerm.ts';

/**
 * Mistakes that no list of terms can detect, named by id, each with the sentence a reader sees about
 * what is checked. The scorer implements each one.
 */
export const MISTAKE_RULES = {
  'concise-bullets': 'your bullets are short and free of filler such as "responsible for" or "helped with"',
  'quantified-impact': 'your experience bullets back their claims with numbers (latency, uptime, volume, money)',
  'scale-shown':
    'an experience bullet gives the scale of a system you built or ran with a figure: traffic or the work it carries (requests per second, trips, jobs), data (rows, tables, TB), people or organisations served, or machines run; "large-scale" alone is a claim',
  'speed-measured':
    'an experience bullet measures speed: a time ("LCP from 3.8 s to 2.1 s", "800 ms", "a 6-hour job now runs in 40 minutes"), or a share or factor beside what got faster (load time, latency, runtime, bundle size); "faster" alone is a claim',
} as const;
export type MistakeRuleId = keyof typeof MISTAKE_RULES;
const MISTAKE_RULE_IDS = Object.keys(MISTAKE_RULES) as [MistakeRuleId, ...MistakeRuleId[]];

export const TERM_PLACES = ['anywhere', 'experience'] as const;

export function mistakeSchema(terms: TermIndex) {
  const termsCheck = z
    .object({
      terms: z.array(skillTermSchema(terms)).min(1),
      /** How many of the terms must appear for the resume to pass. */
      min: z.number().int().positive().default(1),
      /** `experience`: listing the term in a skills section is not enough; a bullet must show it. */
      where: z.enum(TERM_PLACES).default('anywhere'),
    })
    .strict()
    .refine((check) => check.min <= check.terms.length, {
      error: 'min is larger than the number of terms',
      path: ['min'],
    });
  const ruleCheck = z.object({ rule: z.enum(MISTAKE_RULE_IDS) }).strict();

  return z
    .object({
      title: z.string().min(10),
      detail: z.string().min(30),
      check: z.union([termsCheck, ruleCheck], {
        error: `check must be { terms: [...], min?, where? } or { rule: ${MISTAKE_RULE_IDS.join(' | ')} }`,
      }),
    })
    .strict();
}
export type Mistake = z.infer<ReturnType<typeof mistakeSchema>>;
