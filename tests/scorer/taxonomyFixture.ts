import { fileURLToPath } from 'node:url';
import { readTaxonomy } from '../../src/taxonomy/readTaxonomy.ts';

/** The real taxonomy: the traps it documents are the ones these tests hold it to. */
export const taxonomy = readTaxonomy(fileURLToPath(new URL('../../content/skills.yaml', import.meta.url)));
