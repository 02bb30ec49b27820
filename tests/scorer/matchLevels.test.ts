import { describe, expect, it } from 'vitest';
import { describeMatch } from '../../src/scorer/describeMatch.ts';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { customKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { SIBLING_CREDIT } from '../../src/scorer/scoringRules.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import type { KeywordSpec } from '../../src/scorer/types.ts';
import { taxonomy } from './taxonomyFixture.ts';

const matchers = termMatchers(taxonomy);
const keyword = (label: string, terms: string[]): KeywordSpec => ({ label, terms, importance: 'required', source: 'guide' });
const resume = (bullet: string) => `Ines Duarte\nines@duarte.pt\n\nExperience\nSoftware Engineer, Lisbon Labs, 2020 – 2024\n• ${bullet}`;
const resultOf = (spec: KeywordSpec, bullet: string) => scoreResume({ text: resume(bullet), taxonomy, keywords: [spec] }).keywords[0]!;

describe('match levels', () => {
  it.each([
    ['Message queues', ['Message Queues'], 'Moved billing events onto Kafka for 30 services', 'Kafka'],
    ['End-to-end testing', ['End-to-End Testing'], 'Wrote Playwright suites for the checkout flow', 'Playwright'],
    ['SQL databases', ['Relational Databases'], 'Tuned MariaDB replicas for the reporting service', 'MariaDB'],
    ['Mobile development', ['Mobile Development'], 'Shipped the iOS app to 200,000 riders', 'iOS'],
  ])('gives a concept (%s) full credit for a skill under it', (label, terms, bullet, found) => {
    const result = resultOf(keyword(label, terms), bullet);
    expect(result).toMatchObject({ status: 'matched', level: 'narrower', matchedTerms: [found], credit: 1, inContext: true });
    expect(describeMatch(result)).toBe(`${found} counts as ${label}.`);
  });

  it.each([
    ['Cypress', 'Wrote Selenium suites for the checkout flow', 'Selenium'],
    ['Nginx', 'Ran Envoy as the edge proxy for 40 services', 'Envoy'],
    ['Figma', 'Prototyped flows with wireframes', undefined],
    ['iOS', 'Shipped the Android app to 200,000 riders', 'Android'],
  ])('keeps a tool (%s) missing when the resume names only another tool under its concept', (tool, bullet, sibling) => {
    const result = resultOf(keyword(tool, [tool]), bullet);
    if (sibling === undefined) {
      expect(result).toMatchObject({ status: 'missing', level: 'missing', credit: 0 });
      return;
    }
    expect(result).toMatchObject({ status: 'missing', level: 'sibling', relatedTerms: [sibling], credit: SIBLING_CREDIT, matchedTerms: [] });
    expect(describeMatch(result)).toBe(`${sibling} is related, but an ATS searching for ${tool} will not find it: name ${tool} if you have used it.`);
  });

  it.each([
    ['Reporting and BI', ['Amazon QuickSight', 'Product Analytics'], 'Designed Tableau dashboards used weekly by three directors', 'Tableau', 'Amazon QuickSight'],
    ['Browser testing', ['Cypress'], 'Wrote Selenium suites for the checkout flow', 'Selenium', 'Cypress'],
    ['Edge proxy', ['Nginx'], 'Ran Envoy as the edge proxy for 40 services', 'Envoy', 'Nginx'],
  ])("names what an ATS searches for (%s): the keyword's own term with the alternative, not its label", (label, terms, bullet, sibling, searched) => {
    const result = resultOf(keyword(label, terms), bullet);
    expect(result).toMatchObject({ level: 'sibling', relatedTerms: [sibling], alternativeTo: [searched] });
    expect(describeMatch(result)).toBe(`${sibling} is related, but an ATS searching for ${searched} will not find it: name ${searched} if you have used it.`);
  });

  it('takes as alternatives only tools of one kind, not services of one platform', () => {
    expect(resultOf(keyword('Amazon Redshift', ['Redshift']), 'Loaded 2 TB a day into Snowflake')).toMatchObject({ level: 'sibling', relatedTerms: ['Snowflake'] });
    expect(resultOf(keyword('Amazon Redshift', ['Redshift']), 'Stored 2 TB a day of events in Amazon S3')).toMatchObject({ level: 'missing', relatedTerms: [] });
  });

  it('finds a tool by its own name first, whatever else the resume names', () => {
    expect(resultOf(keyword('Cypress', ['Cypress']), 'Wrote Cypress and Selenium suites')).toMatchObject({ level: 'exact', matchedTerms: ['Cypress'], relatedTerms: [] });
  });

  it('reports an ad-hoc tool under its own name, not its concept', () => {
    expect(customKeywordSpecs(['cypress', 'nginx', 'k8s'], matchers).map((spec) => spec.label)).toEqual(['Cypress', 'Nginx', 'Kubernetes']);
  });

  it('reads the tools a posting names as those tools', () => {
    const specs = extractJobKeywords('Requirements\n- Cypress or Playwright for end-to-end tests\n- Storybook\n- Figma\n- Nginx\n- Sidekiq', taxonomy);
    expect(specs.map((spec) => spec.terms)).toEqual(expect.arrayContaining([['Cypress', 'Playwright'], ['Storybook'], ['Figma'], ['Nginx'], ['Sidekiq']]));
  });
});
