import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { companySchema } from './schemas/company.ts';
import { guideSchema } from './schemas/guide.ts';
import { pageSchema } from './schemas/page.ts';
import { readGuideContext } from './schemas/readGuideContext.ts';
import { roleSchema } from './schemas/role.ts';
import { skillSchema } from './schemas/skill.ts';

// Relative to the project root, which is also where tests build fixture content folders from.
const CONTENT_DIR = './content';
const context = readGuideContext(CONTENT_DIR);

const guides = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/guides`, pattern: '**/*.mdx' }),
  schema: guideSchema(context),
});

const companies = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/companies`, pattern: '*.yaml' }),
  schema: companySchema(context.terms),
});

const roles = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/roles`, pattern: '*.yaml' }),
  schema: roleSchema(context.terms),
});

const skills = defineCollection({
  loader: file(`${CONTENT_DIR}/skills.yaml`),
  schema: skillSchema,
});

const pages = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/pages`, pattern: '*.md' }),
  schema: pageSchema,
});

export const collections = { guides, companies, roles, skills, pages };
