/*
 * How well a pasted job description is read, on the posting corpus in tests/fixtures/postings: recall and
 * precision of the taxonomy skills extractJobKeywords finds against each posting's key, of the requirement
 * groups it forms ("Go or Java" as one keyword), with the misses and extras of every posting, and how many of
 * the posting facts readPostingFacts reads (title, years, degree) agree with the key. Phrases the taxonomy does
 * not know are not counted either way.
 */
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { readPostingFacts } from '../src/scorer/readPostingFacts.ts';
import type { PostingFacts } from '../src/scorer/types.ts';
import type { PostingFactsKey } from '../tests/fixtures/postings/postings.ts';
import { POSTINGS } from '../tests/fixtures/postings/postings.ts';
import { addReading, describeTally, emptyTally } from '../tests/fixtures/skillTally.ts';
import { taxonomy } from '../tests/scorer/taxonomyFixture.ts';

/** A group as one comparable name: its skills in a fixed order. */
const groupName = (terms: readonly string[]) => `{${[...terms].sort().join(' | ')}}`;

/** Each fact as the key writes it, for an exact comparison. */
function asKey(facts: PostingFacts): Record<keyof PostingFactsKey, string> {
  const { title, years, education } = facts;
  return {
    title: JSON.stringify(title?.text.toLowerCase() ?? null),
    years: JSON.stringify(years === null ? null : { min: years.min, ...(years.max === null ? {} : { max: years.max }) }),
    education: JSON.stringify(education === null ? null : { level: education.level, equivalentExperience: education.equivalentExperience, preferred: education.preferred }),
  };
}
const keyOf = (key: PostingFactsKey): Record<keyof PostingFactsKey, string> => ({
  title: JSON.stringify(key.title?.toLowerCase() ?? null),
  years: JSON.stringify(key.years),
  education: JSON.stringify(key.education),
});

const skills = emptyTally();
const groups = emptyTally();
const factsRight = { title: 0, years: 0, education: 0 };
for (const posting of POSTINGS) {
  const specs = extractJobKeywords(posting.text, taxonomy).map((spec) => spec.terms.filter((term) => Object.hasOwn(taxonomy, term)));
  const skillReading = addReading(skills, specs.flat(), posting.skills);
  const groupReading = addReading(groups, specs.filter((terms) => terms.length > 1).map(groupName), posting.groups.map(groupName));
  const report = [
    skillReading.misses.length + skillReading.extras.length > 0 ? `skills missed [${skillReading.misses.join(', ')}] extra [${skillReading.extras.join(', ')}]` : '',
    groupReading.misses.length + groupReading.extras.length > 0 ? `groups missed [${groupReading.misses.join(' ')}] extra [${groupReading.extras.join(' ')}]` : '',
  ].filter(Boolean);
  const read = asKey(readPostingFacts(posting.text, taxonomy));
  const wanted = keyOf(posting.facts);
  for (const fact of ['title', 'years', 'education'] as const) {
    if (read[fact] === wanted[fact]) factsRight[fact]++;
    else report.push(`${fact} read ${read[fact]}, key ${wanted[fact]}`);
  }
  if (report.length > 0) console.log(`${posting.id}\n  ${report.join('\n  ')}`);
}
console.log(`\n${POSTINGS.length} postings: ${describeTally(skills)}`);
console.log(`requirement groups: ${describeTally(groups).replace('skill ', '')}`);
const share = (right: number) => `${right}/${POSTINGS.length}`;
console.log(`facts agreeing with the key: title ${share(factsRight.title)}, years ${share(factsRight.years)}, education ${share(factsRight.education)}`);
