import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/extractPlainText.ts';
import { coachResume } from '../../src/scorer/coachResume.ts';
import { editedInput, type FileText } from '../../src/scorer/editResume.ts';
import { replaceBullet } from '../../src/scorer/replaceBullet.ts';
import { customKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import type { ScoreInput } from '../../src/scorer/types.ts';
import { taxonomy } from './taxonomyFixture.ts';

/** A weak resume, indented as a text file draws it: wrapped bullets go on under their first word. */
const WEAK = `Dana Whitfield
dana.whitfield@example.org | (206) 555-0148 | Seattle, WA

Experience
Platform Engineer, Northwind Freight — Mar 2021 – Present
  * Responsible for maintaining the shipment tracking API and the
    webhooks partners subscribe to
  * Worked on the RabbitMQ consumers that route delivery events
  * The invoice export was rewritten to finish in 20 minutes

Data Analyst, Harbor Books — Jul 2017 – Feb 2021
  * Build weekly sales dashboards in Tableau for store managers
  * Successfully cleaned the loyalty data in order to support the pricing team

Education
B.S. Statistics, Lakeside University, 2017

Skills
Python, SQL, Tableau, RabbitMQ, Docker
`;

const file: FileText = extractPlainText(new TextEncoder().encode(WEAK));
const keywords = customKeywordSpecs(['Kafka', 'REST', 'Kubernetes', 'Python', 'Looker', 'Terraform'], termMatchers(taxonomy));
const input: ScoreInput = editedInput({ text: file.text, taxonomy, keywords }, file.text, file);
const coaching = coachResume(input, file);

describe('coaching a resume', () => {
  it('coaches every achievement bullet, whole, in order', () => {
    expect(coaching.bullets.map((bullet) => bullet.text)).toEqual([
      'Responsible for maintaining the shipment tracking API and the webhooks partners subscribe to',
      'Worked on the RabbitMQ consumers that route delivery events',
      'The invoice export was rewritten to finish in 20 minutes',
      'Build weekly sales dashboards in Tableau for store managers',
      'Successfully cleaned the loyalty data in order to support the pricing team',
    ]);
    expect(coaching.bullets.map((bullet) => bullet.current)).toEqual([true, true, true, false, false]);
    expect(coaching.score).toBe(scoreResume(input).score);
  });

  it('lists fixes by the points they gain, each gain the rescore of the resume with the fix applied', () => {
    expect(coaching.fixes.length).toBeGreaterThan(2);
    const points = coaching.fixes.map((fix) => fix.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    for (const fix of coaching.fixes.filter((candidate) => candidate.asWritten)) {
      const bullet = coaching.bullets.find((candidate) => candidate.index === fix.bullet)!;
      const applied = replaceBullet(file.text, bullet, fix.after);
      expect(scoreResume(editedInput(input, applied, file)).score - coaching.score, fix.title).toBe(fix.points);
    }
  });

  it('places a missing tool in the bullet that names its alternative, and only with the reminder to add what is true', () => {
    const kafka = coaching.fixes.find((fix) => fix.keyword === 'Kafka');
    expect(kafka?.bullet).toBe(2);
    expect(kafka?.after).toBe('Worked on the RabbitMQ consumers that route delivery events using Kafka');
    expect(kafka?.detail).toMatch(/only if you used Kafka/);
  });

  it('pins no keyword to a bullet unrelated to it', () => {
    expect(coaching.fixes.some((fix) => fix.keyword === 'Terraform')).toBe(false);
  });

  it('gives a rewrite whose gaps ask for what only the writer knows, never a fact of its own', () => {
    const first = coaching.bullets[0]!.rewrite!;
    expect(first.text).toBe('Maintain the shipment tracking API and the webhooks partners subscribe to, [used by how many people or teams, how often]');
    expect(coaching.bullets[2]!.rewrite?.text).toBe('Rewrote the invoice export to finish in 20 minutes');
  });
});

describe('coaching a resume far longer than any', () => {
  it('coaches the first bullets only, says how many there are, and rescores fewer fixes the longer the text', () => {
    const text = `Experience\n${Array.from({ length: 1500 }, (_, i) => `- Worked on the ledger export number ${i} for finance`).join('\n')}`;
    const long = coachResume({ text, taxonomy, keywords }, null);
    expect(long.bullets).toHaveLength(100);
    expect(long.bulletCount).toBe(1500);
    expect(long.fixes.length).toBeLessThanOrEqual(Math.floor(400_000 / text.length));
  });
});

describe('a dated entry set as a list item', () => {
  it('gets its notes but no rewrite: it names a role, it is not an achievement', () => {
    const text = 'Volunteering\n- Organiser, Harbour Coding Club, 2019 – present\n- Taught weekly Python sessions to 30 teenagers\n';
    const [entry] = coachResume({ text, taxonomy, keywords }, null).bullets;
    expect(entry?.text).toBe('Organiser, Harbour Coding Club, 2019 – present');
    expect(entry?.rewrite).toBeNull();
  });
});

describe('a role set as a list item', () => {
  it('is not rewritten as an achievement, nor prefixed with a verb', () => {
    const text = 'Service\n- Reviewer for JMLR and ICLR\n- Co-chair of the Leeds chapter of PyData\n- Organiser, Harbour Coding Club\n- Kafka consumers for 40 teams\n- Mentor interns from the local college\n';
    const rewrites = coachResume({ text, taxonomy, keywords }, null).bullets.map((bullet) => bullet.rewrite?.text ?? null);
    expect(rewrites.slice(0, 4)).toEqual([null, null, null, '[what you did: built, ran, fixed…] Kafka consumers for 40 teams']);
    expect(rewrites[4]).toBe('Mentor interns from the local college, [for how many people]');
  });
});
