import { z } from 'astro/zod';

/** `content/roles/<role>.yaml`: what a role is, whatever the company. */
export const roleSchema = z
  .object({
    name: z.string().min(2),
    summary: z.string().min(20),
    titles: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type Role = z.infer<typeof roleSchema>;
