import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/taxonomy/readTaxonomy.ts';
import { buildTermIndex, canonicalName } from '../../src/taxonomy/taxonomy.ts';

function writeTaxonomy(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'taxonomy-')), 'skills.yaml');
  writeFileSync(path, text);
  return path;
}

describe('readTaxonomy', () => {
  it('reads the real taxonomy with the aliases people write', () => {
    const index = buildTermIndex(readTaxonomy('content/skills.yaml'));
    expect(canonicalName(index, 'Golang')).toBe('Go');
    expect(canonicalName(index, 'k8s')).toBe('Kubernetes');
    expect(canonicalName(index, 'Postgres')).toBe('PostgreSQL');
    expect(canonicalName(index, 'NodeJS')).toBe('Node.js');
    expect(canonicalName(index, 'RESTful')).toBe('REST');
  });

  it('documents why every case-sensitive term is ambiguous', () => {
    const taxonomy = readTaxonomy('content/skills.yaml');
    const undocumented = Object.entries(taxonomy)
      .filter(([, skill]) => skill.caseSensitive && !skill.ambiguity)
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('names the file and the field of an invalid entry', () => {
    const path = writeTaxonomy('Go:\n  category: lanugage\n');
    expect(() => readTaxonomy(path)).toThrow(`${path}: Go.category: Invalid option`);
  });

  it('names the file of a YAML syntax error', () => {
    const path = writeTaxonomy('Go:\n  aliases: [Golang\n');
    expect(() => readTaxonomy(path)).toThrow(path);
  });
});
