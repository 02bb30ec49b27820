import { describe, expect, it } from 'vitest';
import { describeDifferences, describeReadBack, readBackCopy } from '../../src/export/readBackCopy.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { stripeKeywords } from '../scorer/stripeGuide.ts';
import { taxonomy } from '../scorer/taxonomyFixture.ts';

const SOURCE = `Diego Fuentes
diego@fuentes.cl | +56 9 6123 4567 | linkedin.com/in/diegofuentes

Experience
Backend Engineer, Fintual | 2020 – Present
• Built the payments API in Go for 200,000 investors
• Cut PostgreSQL costs by 35% with partitioning

Skills
Go, PostgreSQL, Kafka
`;
const report = (text: string) => scoreResume({ text, taxonomy, keywords: stripeKeywords });

describe('readBackCopy', () => {
  it('passes a copy that reads back the same, and says so in one line', () => {
    const readBack = readBackCopy(report(SOURCE), report(SOURCE.replace('Experience', 'EXPERIENCE')), 1);
    expect(readBack.passed).toBe(true);
    expect(describeReadBack(readBack)).toMatch(/^Read back: 2 sections, 2 bullets, contact complete, (\d+) of \1 keywords kept, 1 page\.$/);
  });

  it('fails a copy that cut a bullet, lost a contact detail, a keyword or a section', () => {
    const copy = SOURCE.replace('for 200,000 investors', '').replace(' | linkedin.com/in/diegofuentes', '').replace('Skills\nGo, PostgreSQL, Kafka\n', '');
    const readBack = readBackCopy(report(SOURCE), report(copy), null);
    expect(readBack.passed).toBe(false);
    expect(readBack.bullets.changed).toEqual(['Built the payments API in Go for 200,000 investors']);
    expect(readBack.contact.missing).toEqual(['linkedin']);
    expect(readBack.keywords.lost).toEqual(['Message queues']);
    expect(readBack.sections.missing).toEqual(['Skills']);
    expect(describeReadBack(readBack)).toContain('contact missing linkedin');
    expect(describeDifferences(readBack)).toEqual([
      'Section not read back: Skills',
      'Bullet not read back whole: "Built the payments API in Go for 200,000 investors"',
      'Contact detail not read back: linkedin',
      'Keyword lost: Message queues',
    ]);
  });

  it('counts a bullet written without its Markdown marks as the same bullet', () => {
    const marked = SOURCE.replace('Built the payments API in Go', 'Built the payments API in **Go**');
    expect(readBackCopy(report(marked), report(SOURCE), null).passed).toBe(true);
  });

  it('fails a copy that splits one bullet in two', () => {
    const readBack = readBackCopy(report(SOURCE), report(SOURCE.replace('with partitioning', '\n• with partitioning')), null);
    expect(readBack.passed).toBe(false);
    expect(readBack.bullets.found).toBe(3);
  });
});
