import { z } from 'astro/zod';

export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'database',
  'infrastructure',
  'cloud',
  'data',
  'architecture',
  'practice',
  'security',
  'domain',
  'communication',
  'frontend',
  'machine-learning',
  'product',
] as const;

export const skillCategorySchema = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof skillCategorySchema>;

/**
 * One entry of `content/skills.yaml`, keyed there by its canonical name: a node of the skill graph.
 * Words that are also ordinary English ("Go", "React", "Spring") must say how they are told apart,
 * so that the taxonomy documents every ambiguous term in one place. `notFollowedBy` and
 * `notPrecededBy` are regular expressions (plain words are fine) tried against the words next to a
 * match, across spaces and hyphens: "Go" with `notFollowedBy: [live]` rejects "Go live" and "Go-live".
 */
export const skillSchema = z
  .object({
    /** Other spellings of the same thing (Postgres for PostgreSQL), never a different product. */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * The concepts this skill is a kind of (Cypress → End-to-End Testing; Kafka → Message Queues): a resume
     * naming it satisfies a keyword that asks for the concept, and is related to, not the same as, its siblings.
     */
    broader: z.array(z.string().min(1)).default([]),
    category: skillCategorySchema,
    /**
     * A tool is a named thing: a language, product, framework, platform or standard (Kafka, Cypress, OAuth).
     * A concept is a practice or an idea (Message Queues, Load Balancing, Incident Response): its words are
     * everyday words, so a mention counts only where its line talks technology, and a tool in the line is
     * what shows that (src/scorer/skillSense.ts).
     */
    kind: z.enum(['tool', 'concept']).default('tool'),
    /**
     * How a bullet says the work was done, as a verb and its object in their plain form ("tune queries",
     * "migrate schema", "partner with managers"): the verb in any tense, then the words after it as written,
     * then up to four words before the object, singular or plural ("tuned 40 slow queries"), name the skill.
     * For practices people describe rather than name; like any concept, only where the line talks technology.
     */
    work: z.array(z.string().regex(/^[a-z]+(?: [a-z][a-z/-]*)+$/, { error: 'a verb and its object in lower case, such as "tune queries"' })).default([]),
    caseSensitive: z.boolean().default(false),
    ambiguity: z
      .object({
        why: z.string().min(10),
        notFollowedBy: z.array(z.string().min(1)).default([]),
        notPrecededBy: z.array(z.string().min(1)).default([]),
        /** Counts only inside a list of skills ("C, C++, Python"; "Languages: R") or named as a language ("in C", "R code"), e.g. one-letter names. */
        listOnly: z.boolean().default(false),
      })
      .optional(),
  })
  .strict();

export type Skill = z.infer<typeof skillSchema>;
export type SkillInput = z.input<typeof skillSchema>;
