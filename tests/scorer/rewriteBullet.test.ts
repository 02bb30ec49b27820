import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeBullet, type BulletFacts } from '../../src/scorer/bulletRules.ts';
import { filledRewrite, rewriteBullet } from '../../src/scorer/rewriteBullet.ts';
import { termMatchers, findTerms } from '../../src/scorer/termMatchers.ts';
import { taxonomy } from './taxonomyFixture.ts';

const rewrite = (text: string, current: boolean | null = false, skills: string[] = []) => {
  const facts: BulletFacts = { text, current, skills, tools: skills };
  return rewriteBullet(facts, judgeBullet(facts).issues);
};

const allSkills = termMatchers(taxonomy).allSkills();
const skillsIn = (text: string) => new Set(findTerms(allSkills, text).map((match) => match.term));
const figuresIn = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the rewrite of a bullet', () => {
  it('replaces a duty opener with the verb the bullet already holds, in the role’s tense', () => {
    expect(rewrite('Responsible for maintaining the billing API and its on-call rotation by 3 engineers')?.text).toBe('Maintained the billing API and its on-call rotation by 3 engineers');
    expect(rewrite('Responsible for onboarding 14 new merchants a month', true)?.text).toBe('Onboarded 14 new merchants a month');
    expect(rewrite('Tasked with the vendor portal used by 40 suppliers')?.text).toBe('Owned the vendor portal used by 40 suppliers');
  });

  it('keeps a shared effort shared: a helped verb gets a gap for whom it was done with', () => {
    const result = rewrite('Helped migrate 30 cron jobs to Airflow');
    expect(result?.text).toBe('Migrated 30 cron jobs to Airflow with [which team or people]');
    expect(result?.placeholders).toHaveLength(1);
  });

  it('turns an opening passive active, and drops the pronoun', () => {
    expect(rewrite('The nightly settlement job was rewritten by me to finish in 40 minutes')?.text).toBe('Rewrote the nightly settlement job to finish in 40 minutes');
    expect(rewrite('I reduced flaky tests in my team’s suite by 70%')?.text).toBe('Reduced flaky tests in the team’s suite by 70%');
  });

  it('puts a past role’s present-tense opener in the past, and cuts filler', () => {
    expect(rewrite('Automate invoice matching for 6 regional finance teams')?.text).toBe('Automated invoice matching for 6 regional finance teams');
    expect(rewrite('Successfully shipped the offline mode in order to serve 2 markets')?.text).toBe('Shipped the offline mode to serve 2 markets');
  });

  it('asks for the result where only the writer knows it, in a bracketed gap, and says so', () => {
    const result = rewrite('Optimized the search indexer');
    expect(result?.text).toBe('Optimized the search indexer, [cutting what by how much]');
    expect(result?.answers).toContain('no-result');
    expect(filledRewrite(result!)).not.toContain('[');
  });

  it('offers nothing when nothing it could change is wrong', () => {
    expect(rewrite('Cut p99 latency of the payouts API from 800 ms to 120 ms')).toBeNull();
    expect(rewrite('Designed and built the end to end event ingestion platform that collects, validates, enriches, deduplicates and stores 2 billion events a day for analytics and ads')).toBeNull();
  });

  it('never writes a figure or a skill of its own, on any bullet', () => {
    const words = ['Responsible for', 'Worked on', 'Helped', 'I', 'The API was', 'Successfully', 'Build', 'Leading', 'Kafka', 'our', 'migrating', 'the billing', 'Postgres', '40', 'latency', 'in order to', 'various', 'tuned', 'reports', 'Go', 'team', 'by', '%', 'redesigned'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), fc.constantFrom(true, false, null), (parts, current) => {
        const text = parts.join(' ');
        const skills = [...skillsIn(text)];
        const result = rewriteBullet({ text, current, skills, tools: skills }, judgeBullet({ text, current, skills, tools: skills }).issues);
        if (!result) return;
        expect(figuresIn(result.text)).toEqual(figuresIn(text));
        for (const skill of skillsIn(result.text)) expect(skills).toContain(skill);
        for (const placeholder of result.placeholders) expect(skillsIn(placeholder.prompt).size).toBe(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the rewrite reads as the writer would write it', () => {
  it('asks for the figure the kind of work has: how many people for people, who uses what was made, else the result', () => {
    expect(rewrite('Mentored the new graduate engineers')?.text).toBe('Mentored the new graduate engineers, [for how many people]');
    expect(rewrite('Trained the ranking models for the home feed')?.text).toBe('Trained the ranking models for the home feed, [the result: what changed, by how much]');
    expect(rewrite('Designed the partner webhooks service')?.text).toBe('Designed the partner webhooks service, [used by how many people or teams, how often]');
  });

  it('turns "I helped" into the verb, shared, and writes a passive’s subject as an object, names kept as written', () => {
    expect(rewrite('I helped deploy the forecasting service to 3 regions')?.text).toBe('Deployed the forecasting service to 3 regions with [which team or people]');
    expect(rewrite('Dashboards were created to track drift in 12 models')?.text).toBe('Created dashboards to track drift in 12 models');
    expect(rewrite('Kafka topics were migrated to 3 new clusters', false, ['Kafka'])?.text).toBe('Migrated Kafka topics to 3 new clusters');
    expect(rewrite('Backups were tested weekly by me on 40 database hosts')?.text).toBe('Tested backups weekly on 40 database hosts');
  });

  it('keeps who the work was shared with after "worked with"', () => {
    expect(rewrite('Worked with the data team on 2 warehouse migrations')?.text).toBe('[what you did: built, ran, fixed…] with the data team on 2 warehouse migrations');
  });
});
