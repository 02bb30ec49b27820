import { fileURLToPath } from 'node:url';
import { readGuide } from '../../src/schemas/readGuide.ts';
import { readRole } from '../../src/schemas/readRole.ts';
import { guideKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import { taxonomy } from './taxonomyFixture.ts';

export const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
export const stripeGuide = readGuide(contentDir, 'stripe/backend-developer');
export const stripeKeywords = guideKeywordSpecs(stripeGuide.keywords, termMatchers(taxonomy), readRole(contentDir, stripeGuide.role).core);
