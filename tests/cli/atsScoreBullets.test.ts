import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/cli/atsScore.ts', import.meta.url));

describe('ats-score --json bullets', () => {
  it('lists every bullet whole, marker removed, wraps joined, with its section, in document order', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ats-bullets-')), 'resume.txt');
    writeFileSync(
      path,
      [
        'Ana Silva',
        'ana@example.com',
        '',
        'Experience',
        '  ▸ Rebuilt the billing service in Go, cutting invoice errors',
        '    By 60% across 12 markets',
        '  ▸ Led 3 engineers through a zero-downtime PostgreSQL upgrade',
        '',
        'Projects',
        '  1. Wrote an open-source Kafka consumer used by',
        '     40 companies',
      ].join('\n'),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, path, '--json'], { timeout: 30_000 });
    expect(JSON.parse(stdout).bullets).toEqual([
      { section: 'Experience', text: 'Rebuilt the billing service in Go, cutting invoice errors By 60% across 12 markets' },
      { section: 'Experience', text: 'Led 3 engineers through a zero-downtime PostgreSQL upgrade' },
      { section: 'Projects', text: 'Wrote an open-source Kafka consumer used by 40 companies' },
    ]);
  }, 30_000);
});
