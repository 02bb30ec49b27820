import { describe, expect, it } from 'vitest';
import { readGuide } from '../../src/schemas/readGuide.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { CHECK_CASES, type CheckCase } from '../fixtures/mistakeChecks.ts';
import { guideIds, resumeWith } from '../fixtures/mistakeCheckResume.ts';
import type { Mistake } from '../../src/schemas/mistake.ts';
import { contentDir, stripeGuide } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

const guides = new Map(guideIds().map((id) => [id, readGuide(contentDir, id)]));

function checkOf(mistake: Mistake, guide: string, bullets: readonly string[], skills: string) {
  const [check] = scoreResume({ text: resumeWith(guide, bullets, skills), taxonomy, keywords: [], mistakes: [mistake] }).checks;
  return check!;
}

function verdict(entry: CheckCase, bullets: readonly string[]) {
  const mistake = guides.get(entry.guide)?.mistakes.find((candidate) => candidate.title === entry.title);
  if (!mistake) throw new Error(`${entry.guide} has no mistake "${entry.title}"`);
  return checkOf(mistake, entry.guide, bullets, entry.skills);
}

describe('every guide mistake checked from the resume', () => {
  it('has experience that does it and experience that does not', () => {
    const covered = new Set(CHECK_CASES.map((entry) => `${entry.guide}: ${entry.title}`));
    const checked = [...guides].flatMap(([id, guide]) =>
      guide.mistakes.filter(({ check }) => 'terms' in check || check.rule === 'scale-shown' || check.rule === 'speed-measured').map(({ title }) => `${id}: ${title}`),
    );
    expect(checked.filter((key) => !covered.has(key))).toEqual([]);
  });

  describe.each(CHECK_CASES.map((entry) => [`${entry.guide}: ${entry.title}`, entry] as const))('%s', (_, entry) => {
    it.each(entry.does.map((bullets) => [bullets.join(' / '), bullets] as const))('passes: %s', (_, bullets) => {
      const check = verdict(entry, bullets);
      expect(check.passed, check.message).toBe(true);
    });
    it.each(entry.doesNot.map((bullets) => [bullets.join(' / '), bullets] as const))('fails: %s', (_, bullets) => {
      const check = verdict(entry, bullets);
      expect(check.passed, check.message).toBe(false);
    });
  });
});

describe('a check says what it found and where', () => {
  // Checks from a fixed keyword list (tests/fixtures/guides/), so the messages do not move when a guide is rewritten.
  const fixed = (title: string) => stripeGuide.mistakes.find((mistake) => mistake.title === title)!;
  const message = (bullets: string[], skills = 'PostgreSQL, MySQL, Redis, Ruby') => checkOf(fixed('Databases listed, never shown'), 'stripe/backend-developer', bullets, skills).message;

  it('names each skill shown in experience, and the words of work it did not name', () => {
    expect(message(['Moved the ledger to PostgreSQL and tuned the slowest queries behind the disputes search', 'Migrated the schema of the payouts table'])).toBe(
      'Shown in your experience: PostgreSQL, Query Optimization ("tuned the slowest queries"), and Schema Migrations ("Migrated the schema"). Only in your skills section, never in an experience bullet: Redis.',
    );
  });

  it('says when a skill is only listed, and where', () => {
    expect(message(['Built the refunds API in Ruby used by 300 merchants'])).toBe('Only in your skills section, never in an experience bullet: PostgreSQL, MySQL, and Redis.');
  });

  it('gives examples of what would count when nothing does', () => {
    expect(message(['Built the refunds API in Ruby used by 300 merchants'], 'Ruby')).toMatch(/^None of Relational Databases, NoSQL, Schema Design, Query Optimization, Sharding, or Replication found in your experience, nor work under them such as .+\.$/);
  });

  it('counts the terms a check needs, however many skills meet one', () => {
    const check = checkOf(fixed('No reliability vocabulary'), 'stripe/backend-developer', ['Cached exchange rates in Redis and Memcached for 60 seconds'], 'Ruby, Go');
    expect(check.passed).toBe(false);
    expect(check.message).toMatch(/2 of Caching, Rate Limiting, Circuit Breakers, Retries with Backoff, and Idempotency are needed; this shows 1 \(Caching\)\.$/);
  });
});
