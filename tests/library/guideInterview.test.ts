import { describe, expect, it } from 'vitest';
import { guideInterview } from '../../src/library/guideInterview.ts';

const company = {
  summary: 'Recruiter call, a screen, then an onsite loop.',
  duration: 'About six weeks',
  rounds: [{ name: 'Recruiter call', detail: 'A conversation about your background.' }],
};

describe('guideInterview', () => {
  it("is the company's interview when the guide says nothing", () => {
    expect(guideInterview(company, undefined)).toEqual(company);
  });

  it('takes what the guide overrides and keeps the rest', () => {
    const rounds = [{ name: 'Data modelling', detail: 'Design the tables for a ledger.' }];
    expect(guideInterview(company, { rounds })).toEqual({ ...company, rounds });
  });
});
