import { describe, expect, it } from 'vitest';
import { guideInterview } from '../../src/library/guideInterview.ts';

const company = {
  summary: 'Recruiter call, a screen, then an onsite loop.',
  duration: 'Candidates on Glassdoor report three to seven weeks',
  rounds: [{ name: 'Recruiter call', detail: 'A conversation about your background.' }],
};

describe('guideInterview', () => {
  it("is the company's rounds and timeline when the guide says nothing, without the summary its own prose replaces", () => {
    expect(guideInterview(company, undefined)).toEqual({ duration: company.duration, rounds: company.rounds });
  });

  it('takes what the guide overrides and keeps the rest', () => {
    const rounds = [{ name: 'Data modelling', detail: 'Design the tables for a ledger.' }];
    expect(guideInterview(company, { rounds })).toEqual({ duration: company.duration, rounds });
  });
});
