import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { keywordSchema } from '../../src/schemas/keyword.ts';
import { mistakeSchema } from '../../src/schemas/mistake.ts';
import { readRole } from '../../src/schemas/readRole.ts';
import { guideKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import { buildTermIndex } from '../../src/taxonomy/taxonomy.ts';
import { taxonomy } from './taxonomyFixture.ts';

export const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

/** A fixed keyword list and mistakes (tests/fixtures/guides/), validated as a guide's are, for engine tests. */
const terms = buildTermIndex(taxonomy);
export const stripeGuide = z
  .object({ role: z.string(), keywords: z.array(keywordSchema(terms)), mistakes: z.array(mistakeSchema(terms)) })
  .parse(parseYaml(readFileSync(new URL('../fixtures/guides/stripe-backend-2026-11-24.yaml', import.meta.url), 'utf8')));
export const stripeKeywords = guideKeywordSpecs(stripeGuide.keywords, termMatchers(taxonomy), readRole(contentDir, stripeGuide.role).core);
