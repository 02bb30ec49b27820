import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { readPosting } from '../../src/scorer/postingSections.ts';
import { taxonomy } from './taxonomyFixture.ts';

const labelsOf = (posting: string) => extractJobKeywords(posting, taxonomy).map((spec) => spec.label);
const partsOf = (posting: string) => readPosting(posting).filter((line) => line.text.trim() !== '' && !line.isHeading).map((line) => line.part);

/** A requirement every posting below shares, so that each shows what it keeps as well as what it leaves out. */
const ASKED = 'Requirements\n- 4+ years of backend work in Elixir\n';

describe('parts of a posting that ask for nothing', () => {
  it.each([
    ['the company, under its heading', 'About Quillfeather\nQuillfeather runs its scheduling platform on Kubernetes and Kafka, and prices by usage-based pricing. Usage-based pricing keeps customers.'],
    ['the team, under a heading in capitals', 'MEET THE TEAM:\nSix engineers who keep Terraform and Grafana humming; our on-call is quiet.'],
    ['benefits, under a Markdown heading', '## Perks & benefits\n- AWS credits for side projects\n- A Figma seat and a Peloton membership'],
    ['benefits, as a labelled line', 'Compensation: $180,000–$210,000 base, equity, and a yearly Kubernetes conference trip.'],
    ['an equal-opportunity statement, under a bold heading', '**Equal opportunity**\nWe publish our diversity report in Confluence and welcome applicants of all backgrounds.'],
    ['a privacy notice, as a labelled paragraph', 'Privacy notice: applications are stored in Greenhouse on AWS for 12 months.'],
    ['how to apply', 'How to apply\nSend your CV and a Rust project you are proud of to jobs@quillfeather.test.'],
    ['the interview process', 'Our interview process:\nA recruiter call, a pairing session in Python, and a system design interview.'],
  ])('leave nothing from %s', (_, boilerplate) => {
    expect(labelsOf(`${ASKED}\n${boilerplate}`)).toEqual(['Elixir']);
    expect(labelsOf(`${boilerplate}\n\n${ASKED}`)).toEqual(['Elixir']);
  });

  it('are recognised by their words in a posting with no headings at all', () => {
    const posting = [
      'Lanternfish Freight is a logistics marketplace founded in 2016, with 350 employees and offices in Rotterdam. Our platform runs on Kubernetes.',
      "We're hiring a Senior Data Engineer. You'll build pipelines in Apache Spark and Kafka, and you have 5+ years of experience with Python or Scala.",
      'We offer a base salary of €90,000, a pension, 30 days of paid time off and a Terraform certification budget.',
      'Lanternfish Freight is an equal opportunity employer. We do not discriminate on the basis of race, religion, gender identity, disability or veteran status, and we publish our policy in Confluence.',
      'To apply, send your resume and a link to a Rust or Go project to careers@lanternfish.test.',
    ].join('\n\n');
    expect(partsOf(posting)).toEqual(['company', 'role', 'benefits', 'legal-notice', 'application']);
    expect(labelsOf(posting).sort()).toEqual(['Apache Spark', 'Kafka', 'Python or Scala']);
  });

  it("read a team's paragraph as the role's when it states the hire", () => {
    const posting = 'The Atlas team (four engineers, led by Noor Haddad) builds our search. We are hiring an engineer to join them on Elasticsearch and Go.';
    expect(partsOf(posting)).toEqual(['role']);
    expect(labelsOf(posting)).toEqual(['Elasticsearch', 'Go']);
  });

  it('keep a perk that stands among the requirements out, and the requirements in', () => {
    const posting = 'Requirements\n- Kotlin and Jetpack Compose\n- Health, dental and vision insurance, and a Pixel phone\n- Experience with Firebase';
    expect(partsOf(posting)).toEqual(['requirements', 'benefits', 'requirements']);
  });

  it('do not take a project budget in a requirement for a salary', () => {
    expect(partsOf('Requirements\n- Managed a $2M cloud budget across AWS accounts')).toEqual(['requirements']);
  });

  it('return to the role under the next heading', () => {
    const posting = 'Who we are\nWe are a team of 12 building payroll software.\n\nWhat you will do\n- Build payroll services on PostgreSQL\n\nPerks\n- Remote work';
    expect(partsOf(posting)).toEqual(['company', 'role', 'benefits']);
    expect(labelsOf(posting)).toEqual(['PostgreSQL']);
  });
});
