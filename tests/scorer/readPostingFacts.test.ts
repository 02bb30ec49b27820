import { describe, expect, it } from 'vitest';
import { readPostingFacts } from '../../src/scorer/readPostingFacts.ts';
import { taxonomy } from './taxonomyFixture.ts';

const factsOf = (posting: string) => readPostingFacts(posting, taxonomy);
const titleOf = (posting: string) => factsOf(posting).title?.text ?? null;
const yearsOf = (posting: string) => {
  const years = factsOf(posting).years;
  return years && { min: years.min, max: years.max };
};
const educationOf = (posting: string) => {
  const education = factsOf(posting).education;
  return education && { level: education.level, field: education.field, equivalentExperience: education.equivalentExperience, preferred: education.preferred };
};

describe("a posting's job title", () => {
  it.each([
    ['a "Job Title:" label', 'About Brambleworks\nWe make garden robots.\n\nJob Title: Principal Machine Learning Engineer\n\nRequirements\n- PyTorch', 'Principal Machine Learning Engineer'],
    ['a bold "Position:" label', '**Position:** Staff Data Scientist\n**Team:** Pricing', 'Staff Data Scientist'],
    ['an opening line with the company after it', 'Lead Product Designer at Heronsgate Health\nBoston or remote', 'Lead Product Designer'],
    ['an opening line between company and team', 'ACME CORP | Senior Software Engineer - Platform\n\nWhat you will do', 'Senior Software Engineer'],
    ['a title with a place in brackets', 'Staff SRE (Remote, EU)\n\nWe run 400 clusters.', 'Staff SRE'],
    ['a Markdown heading with the team after a comma', '# Engineering Manager, Search Infrastructure\n\n## About us', 'Engineering Manager'],
    ['a "hiring" sentence', 'Thimble & Co. makes sewing software used in 30 countries.\n\nOur growing team is looking for a Junior QA Analyst who loves finding edge cases.', 'Junior QA Analyst'],
    ['an "As a" sentence', 'Millbrook Energy runs 40 wind farms.\n\nAs a Head of Data, you will build the team from two people to ten.', 'Head of Data'],
  ])('is read from %s', (_, posting, title) => {
    expect(titleOf(posting)).toBe(title);
  });

  it('is not read from a sentence or a heading that only mentions a job', () => {
    expect(titleOf("About the role\nYou'll lead the payments team and work with our engineers every day.\n\nWe're looking for a senior engineer who enjoys mentoring.")).toBeNull();
  });
});

describe("a posting's years of experience", () => {
  it.each([
    ['"5+ years"', 'Requirements\n- 5+ years of backend development', { min: 5, max: null }],
    ['a range', 'Requirements\n- 3-5 years of experience in product design', { min: 3, max: 5 }],
    ['words', 'You have at least seven years of experience leading data teams.', { min: 7, max: null }],
    ['"minimum of"', 'Qualifications\n- Minimum of 4 years of professional experience in software testing', { min: 4, max: null }],
    ['"or more"', 'Requirements\n- Ten or more years of experience in infrastructure', { min: 10, max: null }],
    ['"yrs"', 'Must have: min. 6 yrs experience with distributed systems', { min: 6, max: null }],
  ])('reads %s', (_, posting, years) => {
    expect(yearsOf(posting)).toEqual(years);
  });

  it("prefers a general figure to one skill's, wherever each stands, and keeps the line it came from", () => {
    const posting = 'Requirements\n- 2+ years of Go in production\n- 6+ years of software development, including 3+ years leading projects';
    expect(yearsOf(posting)).toEqual({ min: 6, max: null });
    expect(factsOf(posting).years?.line).toBe('- 6+ years of software development, including 3+ years leading projects');
  });

  it("takes the largest of a skill's figures when the posting gives no general one", () => {
    expect(yearsOf('Requirements\n- 2+ years with React\n- 4+ years of experience with Terraform and AWS')).toEqual({ min: 4, max: null });
  });

  it('prefers what is required to what is a plus', () => {
    expect(yearsOf('Requirements\n- 5+ years in data engineering\n\nNice to have\n- 8+ years in data engineering')).toEqual({ min: 5, max: null });
  });

  it('reads no years from the company, the benefits, or a time to come', () => {
    const posting = [
      'About us\nFounded 12 years ago, Cobblestone has grown every year.',
      "What you'll do\n- Shape a platform that still makes sense in three years",
      'Benefits\n- A sabbatical after five years of service',
    ].join('\n\n');
    expect(yearsOf(posting)).toBeNull();
  });
});

describe("a posting's degree", () => {
  it.each([
    ['a required degree beside a preferred one', 'Requirements\n- BS in Computer Science required; MS preferred', { level: 'bachelor', field: 'Computer Science', equivalentExperience: false, preferred: false }],
    [
      'equivalent experience',
      "Qualifications\n- Bachelor's degree in Mathematics, Physics or a related field, or equivalent practical experience",
      { level: 'bachelor', field: 'Mathematics, Physics or a related field', equivalentExperience: true, preferred: false },
    ],
    ['a doctorate', 'Requirements\n- PhD in Machine Learning or a related field', { level: 'doctorate', field: 'Machine Learning or a related field', equivalentExperience: false, preferred: false }],
    ['a preferred MBA', 'Nice to have\n- MBA', { level: 'master', field: null, equivalentExperience: false, preferred: true }],
    ['"Master of Science"', 'Requirements\n- Master of Science in Data Science', { level: 'master', field: 'Data Science', equivalentExperience: false, preferred: false }],
    ['the lower of two alternatives', "Requirements\n- M.Sc. or B.Sc. in Electrical Engineering", { level: 'bachelor', field: 'Electrical Engineering', equivalentExperience: false, preferred: false }],
    ['an associate degree', 'Requirements\n- Associate degree in Networking, or CompTIA Network+', { level: 'associate', field: 'Networking', equivalentExperience: false, preferred: false }],
    ['a sentence of a posting with no headings', 'You hold a B.A. in Economics or a similar field, or the equivalent in experience.', { level: 'bachelor', field: 'Economics or a similar field', equivalentExperience: true, preferred: false }],
  ])('reads %s', (_, posting, education) => {
    expect(educationOf(posting)).toEqual(education);
  });

  it('reads no degree from a product, a colleague, or the equal-opportunity text', () => {
    const posting = [
      "What you'll do\n- Mentor our PhD interns",
      'Requirements\n- Experience with MS SQL Server and MA-certified tooling',
      'Greyfield is an equal opportunity employer and welcomes candidates without a traditional degree.',
    ].join('\n\n');
    expect(educationOf(posting)).toBeNull();
  });
});
