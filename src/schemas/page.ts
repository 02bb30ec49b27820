import { z } from 'astro/zod';

/** `content/pages/<id>.md`: a page of the site's own prose, such as the editorial policy. */
export const pageSchema = z
  .object({
    title: z.string().min(5).max(90),
    description: z.string().min(50).max(160),
    updated: z.coerce.date(),
  })
  .strict();
export type Page = z.infer<typeof pageSchema>;
