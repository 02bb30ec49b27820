import { z } from 'astro/zod';
import type { TermIndex } from '../taxonomy/taxonomy.ts';
import { skillTermSchema } from './skillTerm.ts';

/**
 * What a source is, which decides how far a reader can trust it. The first three are primary: the company
 * speaking for itself (its own pages, its engineers' talks and papers, its job postings).
 */
export const SOURCE_KINDS = ['company', 'engineers', 'posting', 'review', 'press'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const PRIMARY_KINDS: ReadonlySet<SourceKind> = new Set(['company', 'engineers', 'posting']);

/** How the page labels each kind beside a source. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  company: 'company page',
  engineers: 'talk or paper by its engineers',
  posting: 'job posting',
  review: 'candidate reports',
  press: 'press',
};

const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const common = {
  /** What `[@id]` citations name; unique across a guide and its company file. */
  id: z.string().regex(SOURCE_ID, { error: 'must be lowercase words joined by hyphens, e.g. blog-idempotency' }),
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
};

/** A public page that company-specific facts on a guide come from; listed and numbered on the page. */
export function sourceSchema(terms: TermIndex) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ ...common, kind: z.enum(['company', 'engineers', 'review', 'press']) }).strict(),
      z
        .object({
          ...common,
          kind: z.literal('posting'),
          /** When an editor read it: postings close, so the count a guide shows is as of this day. */
          read: z.coerce.date(),
          posted: z.coerce.date().optional(),
          /** Every skill the posting names, required or preferred: the keyword counts come from these. */
          asks: z.array(skillTermSchema(terms)).min(1),
        })
        .strict(),
    ],
    { error: `kind must be one of ${SOURCE_KINDS.join(', ')}` },
  );
}

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
export type Posting = Extract<Source, { kind: 'posting' }>;
