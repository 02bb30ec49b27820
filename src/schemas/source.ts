import { z } from 'astro/zod';

/** A public page that a company-specific fact on a guide comes from; listed on the page. */
export const sourceSchema = z
  .object({
    title: z.string().min(3),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
