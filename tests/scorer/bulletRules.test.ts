import { describe, expect, it } from 'vitest';
import { judgeBullet, type BulletFacts } from '../../src/scorer/bulletRules.ts';
import type { BulletIssueId } from '../../src/scorer/types.ts';

const issuesOf = (text: string, current: boolean | null = false, skills: string[] = []) => judgeBullet({ text, current, skills, tools: skills }).issues.map((issue) => issue.rule);
const strengthsOf = (facts: BulletFacts) => judgeBullet(facts).strengths.map((strength) => strength.rule);

/** Bullets that break one rule, and bullets that keep it, for every rule. */
const CASES: Record<BulletIssueId, { breaks: string[]; keeps: string[] }> = {
  'duty-opener': {
    breaks: ['Responsible for the vendor onboarding flow', 'Worked on search ranking for the help centre', 'Helped migrate billing jobs off cron', 'Assisted with the quarterly access review', 'Was tasked with retiring the legacy queue'],
    keeps: ['Owned the vendor onboarding flow', 'Retired the legacy queue two months early'],
  },
  'no-action-verb': {
    breaks: ['Key contributor to the fraud rules engine', 'Dashboards for the growth team in Looker'],
    keeps: ['Drafted the fraud rules engine design', 'Catalogued every cron job the billing team ran'],
  },
  'passive-voice': {
    breaks: ['The intake form was redesigned to halve drop-off', 'Alerts were written for every tier-one service', 'Our queue is used by 12 teams'],
    keeps: ['Redesigned the intake form, halving drop-off', 'Was responsible for alerts', 'Mentored 5 graduate engineers; 3 were promoted within two years', 'Shipped a queue that is used by 12 teams'],
  },
  'first-person': { breaks: ['I cut the nightly batch from 6 hours to 50 minutes', 'Led my team through two re-orgs'], keeps: ['Cut the nightly batch from 6 hours to 50 minutes'] },
  tense: { breaks: ['Build the release pipeline for the mobile apps', 'Leading quarterly planning for four squads'], keeps: ['Built the release pipeline for the mobile apps'] },
  'no-result': { breaks: ['Rebuilt the release pipeline for the mobile apps'], keeps: ['Rebuilt the release pipeline, cutting release time from 3 days to 4 hours', 'Halved the release time of the mobile apps'] },
  'tool-without-outcome': { breaks: ['Wrote Terraform modules for the staging accounts'], keeps: ['Wrote Terraform modules so that teams can create staging accounts alone'] },
  'too-long': {
    breaks: ['Designed and built the end to end event ingestion platform that collects, validates, enriches, deduplicates and stores every click and view event from the web and mobile apps for the analytics team and the ads team'],
    keeps: ['Built the event ingestion platform for analytics'],
  },
  'too-short': { breaks: ['Wrote the runbooks'], keeps: ['Wrote the runbooks every on-call engineer uses'] },
  filler: { breaks: ['Successfully launched the referral program', 'Utilized various tools in order to speed up builds', 'Results-driven leader of the data team'], keeps: ['Launched the referral program, adding 9,000 sign-ups'] },
};

describe('per-bullet rules', () => {
  for (const [rule, { breaks, keeps }] of Object.entries(CASES)) {
    it(`${rule}: finds it where it is broken, and not where it is kept`, () => {
      const skills = rule === 'tool-without-outcome' ? ['Terraform'] : [];
      for (const text of breaks) expect(issuesOf(text, false, skills), text).toContain(rule);
      for (const text of keeps) expect(issuesOf(text, false, skills), text).not.toContain(rule);
    });
  }

  it('asks what a tool did, not a practice or a domain', () => {
    expect(judgeBullet({ text: 'Trained the recommendation models for the home feed', current: false, skills: ['Recommender Systems'], tools: [] }).issues.map((issue) => issue.rule)).not.toContain('tool-without-outcome');
  });

  it('reads the current role: the present for ongoing work and the past for finished work both stand; a gerund does not', () => {
    expect(issuesOf('Lead the on-call rotation for payments', true)).not.toContain('tense');
    expect(issuesOf('Led the move from cron jobs to Temporal workflows', true)).not.toContain('tense');
    expect(issuesOf('Leading the move from cron jobs to Temporal workflows', true)).toContain('tense');
    expect(issuesOf('Lead the on-call rotation for payments', null)).not.toContain('tense');
  });

  it('says what a bullet does well', () => {
    expect(strengthsOf({ text: 'Cut p95 checkout latency from 900 ms to 300 ms with Redis', current: false, skills: ['Redis'], tools: ['Redis'] })).toEqual(['result', 'action-verb', 'skill-in-use', 'right-length']);
    expect(strengthsOf({ text: 'Responsible for stuff', current: false, skills: [], tools: [] })).toEqual([]);
  });
});
