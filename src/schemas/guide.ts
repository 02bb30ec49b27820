import { z } from 'astro/zod';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { interviewSchema } from './company.ts';
import { keywordSchema } from './keyword.ts';
import { mistakeSchema } from './mistake.ts';
import { sourceSchema } from './source.ts';

export const DESCRIPTION_MAX = 160;

/** What a guide's frontmatter is checked against, beyond its own fields. */
export interface GuideContext {
  terms: TermIndex;
  companyIds: ReadonlySet<string>;
  roleIds: ReadonlySet<string>;
}

function knownId(ids: ReadonlySet<string>, folder: string) {
  return z.string().refine((id) => ids.has(id), {
    error: (issue) =>
      `no file ${folder}/${String(issue.input)}.yaml (known: ${[...ids].sort().join(', ') || 'none'})`,
  });
}

function noDuplicates<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item).toLowerCase();
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${key(item)}"` });
      seen.add(value);
    });
  };
}

/** `content/guides/<company>/<role>.mdx` frontmatter. */
export function guideSchema({ terms, companyIds, roleIds }: GuideContext) {
  return z
    .object({
      title: z.string().min(10).max(90),
      description: z
        .string()
        .min(50)
        .max(DESCRIPTION_MAX, { error: `must be at most ${DESCRIPTION_MAX} characters (search engines cut the rest)` }),
      company: knownId(companyIds, 'content/companies'),
      role: knownId(roleIds, 'content/roles'),
      region: z.string().min(2),
      /** Most pages a resume for this role should run; the scorer warns past it (2 when absent). */
      maxPages: z.number().int().min(1).max(5).optional(),
      /** The day the content last changed; lint checks it against the file's git history. */
      updated: z.coerce.date(),
      /** The day an editor last checked every claim against its sources. */
      reviewed: z.coerce.date(),
      keywords: z
        .array(keywordSchema(terms))
        .min(8)
        .superRefine(noDuplicates((keyword) => keyword.label, 'keyword label')),
      mistakes: z.array(mistakeSchema(terms)).min(3),
      faq: z
        .array(
          z
            .object({
              question: z.string().min(10).endsWith('?', { error: 'must end with "?"' }),
              answer: z.string().min(80),
            })
            .strict(),
        )
        .min(3)
        .superRefine(noDuplicates((item) => item.question, 'question')),
      sources: z
        .array(sourceSchema(terms))
        .min(1)
        .superRefine(noDuplicates((source) => source.id, 'source id')),
      /** Where this role's rounds or timeline differ from the company's; the guide's prose tells the rest. */
      interview: interviewSchema.omit({ summary: true }).partial().optional(),
    })
    .strict();
}
export type Guide = z.infer<ReturnType<typeof guideSchema>>;
