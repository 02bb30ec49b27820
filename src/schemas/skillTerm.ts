import { z } from 'astro/zod';
import { canonicalName, unknownTermMessage, type TermIndex } from '../taxonomy/taxonomy.ts';

/** A skill named by its canonical name or an alias; anything else fails with a "did you mean". */
export function skillTermSchema(terms: TermIndex) {
  return z.string().superRefine((term, ctx) => {
    if (canonicalName(terms, term) === undefined) {
      ctx.addIssue({ code: 'custom', message: unknownTermMessage(terms, term) });
    }
  });
}
