import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { readPostingFacts } from '../../src/scorer/readPostingFacts.ts';
import { POSTINGS } from '../fixtures/postings/postings.ts';
import { addReading, emptyTally, precisionOf, recallOf } from '../fixtures/skillTally.ts';
import { taxonomy } from './taxonomyFixture.ts';

const skillsOf = (text: string) => new Set(extractJobKeywords(text, taxonomy).flatMap((spec) => spec.terms.filter((term) => Object.hasOwn(taxonomy, term))));

describe('the skills a posting asks for', () => {
  it('are read with recall and precision of at least 97% over the posting corpus', () => {
    const tally = emptyTally();
    for (const posting of POSTINGS) addReading(tally, skillsOf(posting.text), posting.skills);
    expect(recallOf(tally)).toBeGreaterThanOrEqual(0.97);
    expect(precisionOf(tally)).toBeGreaterThanOrEqual(0.97);
  });

  it('are read as one keyword where the posting offers a choice, with recall and precision of at least 90% over the corpus', () => {
    const tally = emptyTally();
    const name = (terms: readonly string[]) => [...terms].sort().join(' | ');
    for (const posting of POSTINGS) {
      const groups = extractJobKeywords(posting.text, taxonomy)
        .map((spec) => spec.terms.filter((term) => Object.hasOwn(taxonomy, term)))
        .filter((terms) => terms.length > 1);
      addReading(tally, groups.map(name), posting.groups.map(name));
    }
    expect(recallOf(tally)).toBeGreaterThanOrEqual(0.9);
    expect(precisionOf(tally)).toBeGreaterThanOrEqual(0.9);
  });

  it("come with the posting's title, years and degree as the key reads them, in at least 95% of the corpus", () => {
    const agreeing = { title: 0, years: 0, education: 0 };
    for (const posting of POSTINGS) {
      const { title, years, education } = readPostingFacts(posting.text, taxonomy);
      const key = posting.facts;
      if ((title?.text.toLowerCase() ?? null) === (key.title?.toLowerCase() ?? null)) agreeing.title++;
      if (years?.min === key.years?.min && (years?.max ?? undefined) === key.years?.max) agreeing.years++;
      if (education?.level === key.education?.level && education?.equivalentExperience === key.education?.equivalentExperience && education?.preferred === key.education?.preferred) {
        agreeing.education++;
      }
    }
    for (const count of Object.values(agreeing)) expect(count / POSTINGS.length).toBeGreaterThanOrEqual(0.95);
  });

  it("take a requirement's languages and tools at their word, even those that are everyday words", () => {
    const posting = 'Requirements\n- Experience with Python or Go\n- Familiarity with Terraform\n- Swift for the iOS app\n\nBenefits\n- Rest and recharge with 30 days off';
    expect([...skillsOf(posting)].sort()).toEqual(['Go', 'Python', 'Swift', 'Terraform', 'iOS']);
  });

  it("read nothing in the company's boilerplate and people", () => {
    const posting = 'About us\nWe are go-getters who spark joy in our customers, reporting to Maria Rust, our COO, from an office with parquet floors.\n\nPerks\n- A canary-yellow bike for every hire';
    expect([...skillsOf(posting)]).toEqual([]);
  });
});
