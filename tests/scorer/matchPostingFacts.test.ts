import { describe, expect, it } from 'vitest';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import type { MonthDate, PostingFactId } from '../../src/scorer/types.ts';
import { taxonomy } from './taxonomyFixture.ts';

const JUNE_2026: MonthDate = { year: 2026, month: 6 };

/** A resume with a headline, dated roles and an education section, each given as lines. */
function resume({ headline = 'Software developer', roles = [] as string[], education = ['B.S. in Computer Science, Ohio State — 2012 – 2016'] }) {
  return [
    'Priya Raman',
    'priya@raman.dev · +1 614 555 0134',
    headline,
    '',
    'Experience',
    ...roles.flatMap((role) => [role, '• Shipped features used by 20,000 customers every week']),
    '',
    ...(education.length > 0 ? ['Education', ...education] : []),
  ].join('\n');
}

/** The report's finding on one fact; `asOf` null scores without today's date. */
function finding(text: string, posting: string, fact: PostingFactId, asOf: MonthDate | null = JUNE_2026) {
  const report = scoreResume({ text, taxonomy, keywords: [], jobDescription: posting, ...(asOf ? { asOf } : {}) });
  return report.posting?.matches.find((match) => match.fact === fact);
}

describe("the posting's job title against the resume", () => {
  const posting = 'Senior Backend Engineer — Ferrocart\n\nRequirements\n- APIs in Go';

  it('is met by the headline or a role line that names it', () => {
    expect(finding(resume({ headline: 'Senior Backend Engineer · Columbus, OH' }), posting, 'title')).toMatchObject({ status: 'met', shown: 'Senior Backend Engineer' });
    expect(finding(resume({ roles: ['Sr. Backend Engineer, Ledgerly — Jan 2020 – Present'] }), posting, 'title')).toMatchObject({ status: 'met', shown: 'Sr. Backend Engineer' });
  });

  it('is partly met at another seniority, and says so', () => {
    expect(finding(resume({ roles: ['Backend Engineer, Ledgerly — Jan 2020 – Present'] }), posting, 'title')).toMatchObject({
      status: 'partly-met',
      shown: 'Backend Engineer',
      message: 'Your resume says Backend Engineer; the posting asks for Senior Backend Engineer.',
    });
    expect(finding(resume({ roles: ['Staff Back-end Engineer, Ledgerly — Jan 2020 – Present'] }), posting, 'title')?.status).toBe('partly-met');
  });

  it('is partly met under another name for the same job', () => {
    expect(finding(resume({ roles: ['Senior Backend Developer, Ledgerly — 2019 – Present'] }), posting, 'title')).toMatchObject({ status: 'partly-met', shown: 'Senior Backend Developer' });
  });

  it('is not met when no headline or role names it, and says where to put it', () => {
    const match = finding(resume({ roles: ['Data Analyst, Ledgerly — 2019 – Present'] }), posting, 'title');
    expect(match).toMatchObject({ status: 'not-met', shown: null });
    expect(match?.fix).toContain('"Senior Backend Engineer" in the headline');
  });

  it('is not read from a bullet that happens to name it', () => {
    const text = resume({ roles: ['Analyst, Ledgerly — 2019 – Present'] }).replace('• Shipped', '• Worked beside our senior backend engineer and shipped');
    expect(finding(text, posting, 'title')?.status).toBe('not-met');
  });
});

describe("the posting's years of experience against the resume", () => {
  const posting = 'Requirements\n- 5+ years of professional software development';

  it('adds up dated roles, counting overlapping months once and a role to the present up to today', () => {
    const roles = ['Engineer, Fernway — Mar 2021 – Present', 'Engineer, Quillon — Jan 2019 – Jun 2021', 'Contractor, Self — Jan 2020 – Dec 2020'];
    // Jan 2019 to Jun 2026, every month once: 7 years 6 months.
    expect(finding(resume({ roles }), posting, 'years')).toMatchObject({ status: 'met', asked: '5+ years', shown: '7 years 6 months' });
  });

  it('reads years without months, and "Current"', () => {
    // A year alone is its January: Jan 2023 to Jun 2026 (42 months) and Jan 2020 to Jan 2022 (25 months).
    expect(finding(resume({ roles: ['Engineer, Fernway — 2023 – Current', 'Engineer, Quillon — 2020 – 2022'] }), posting, 'years')).toMatchObject({
      status: 'met',
      shown: '5 years 7 months',
    });
  });

  it('reads months written as numbers', () => {
    expect(finding(resume({ roles: ['Engineer, Fernway — 03/2019 – 06/2021'] }), posting, 'years')).toMatchObject({ status: 'not-met', shown: '2 years 4 months' });
  });

  it('does not count the years of a degree', () => {
    const text = resume({ roles: ['Engineer, Fernway — Jan 2023 – Present'], education: ['M.S. Computer Science, Purdue — 2016 – 2022'] });
    expect(finding(text, posting, 'years')).toMatchObject({ status: 'not-met', shown: '3 years 6 months', message: 'Your dated roles add up to 3 years 6 months (overlaps counted once); the posting asks for 5+ years.' });
  });

  it('depends on the date it is given, not on the day it runs', () => {
    const text = resume({ roles: ['Engineer, Fernway — Jan 2021 – Present'] });
    expect(finding(text, posting, 'years', { year: 2025, month: 12 })?.status).toBe('met');
    expect(finding(text, posting, 'years', { year: 2025, month: 11 })?.status).toBe('not-met');
    expect(finding(text, posting, 'years', null)?.status).toBe('cannot-tell');
  });

  it('cannot tell without dated roles, and says how to date them', () => {
    expect(finding(resume({ roles: ['Engineer, Fernway'] }), posting, 'years')).toMatchObject({ status: 'cannot-tell', shown: null });
  });

  it('notes a career well beyond the range a posting names', () => {
    const match = finding(resume({ roles: ['Engineer, Fernway — Jan 2012 – Present'] }), 'Requirements\n- 2-4 years of experience in QA', 'years');
    expect(match?.status).toBe('met');
    expect(match?.message).toContain('aimed at someone more junior');
  });
});

describe("the posting's degree against the resume", () => {
  const bachelors = "Requirements\n- Bachelor's degree in Computer Science";

  it('is met by an equal or higher degree in the Education section', () => {
    expect(finding(resume({}), bachelors, 'education')).toMatchObject({ status: 'met', shown: "a bachelor's degree" });
    expect(finding(resume({ education: ['MSc Statistics, University of Leeds — 2018'] }), bachelors, 'education')?.status).toBe('met');
  });

  it('is not met by a lower degree, and says how to name one', () => {
    const match = finding(resume({ education: ['A.S. Information Technology, Columbus State — 2015'] }), bachelors, 'education');
    expect(match).toMatchObject({ status: 'not-met', shown: "an associate's degree" });
    expect(match?.fix).toContain('Education section');
  });

  it('is a note, not a miss, when the posting accepts equivalent experience or only prefers the degree', () => {
    const none = resume({ education: ['Full-stack bootcamp, Tech Elevator — 2019'] });
    expect(finding(none, "Requirements\n- Bachelor's degree or equivalent experience", 'education')).toMatchObject({
      status: 'partly-met',
      message: "The posting accepts equivalent experience instead of a bachelor's degree; your resume names no degree.",
    });
    expect(finding(resume({}), 'Requirements\n- Python\n\nNice to have\n- Master’s degree in Statistics', 'education')?.status).toBe('partly-met');
  });

  it('cannot tell without an Education section, or when it names no degree', () => {
    expect(finding(resume({ education: [] }), bachelors, 'education')?.status).toBe('cannot-tell');
    expect(finding(resume({ education: ['Ohio State University, Computer Science, 2016'] }), bachelors, 'education')?.status).toBe('cannot-tell');
  });
});

describe('posting facts in the report', () => {
  it('are absent without a posting, and list only what the posting states', () => {
    const text = resume({ roles: ['Engineer, Fernway — Jan 2021 – Present'] });
    expect(scoreResume({ text, taxonomy, keywords: [] }).posting).toBeUndefined();
    const report = scoreResume({ text, taxonomy, keywords: [], jobDescription: 'Requirements\n- Experience with Kafka', asOf: JUNE_2026 });
    expect(report.posting?.matches).toEqual([]);
  });

  it('do not change the score', () => {
    const text = resume({ roles: ['Engineer, Fernway — Jan 2025 – Present'], education: [] });
    const plain = scoreResume({ text, taxonomy, keywords: [] }).score;
    const asked = scoreResume({ text, taxonomy, keywords: [], jobDescription: "Staff Engineer\n\nRequirements\n- 12+ years of experience\n- PhD in Physics", asOf: JUNE_2026 });
    expect(asked.posting?.matches.map((match) => match.status)).toEqual(['partly-met', 'not-met', 'cannot-tell']);
    expect(asked.score).toBe(plain);
  });
});
