/*
 * How well a pasted job description is read, on the posting corpus in tests/fixtures/postings: recall and
 * precision of the taxonomy skills extractJobKeywords finds against each posting's key, of the requirement
 * groups it forms ("Go or Java" as one keyword), with the misses and extras of every posting. Phrases the
 * taxonomy does not know are not counted either way.
 */
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { POSTINGS } from '../tests/fixtures/postings/postings.ts';
import { addReading, describeTally, emptyTally } from '../tests/fixtures/skillTally.ts';
import { taxonomy } from '../tests/scorer/taxonomyFixture.ts';

/** A group as one comparable name: its skills in a fixed order. */
const groupName = (terms: readonly string[]) => `{${[...terms].sort().join(' | ')}}`;

const skills = emptyTally();
const groups = emptyTally();
for (const posting of POSTINGS) {
  const specs = extractJobKeywords(posting.text, taxonomy).map((spec) => spec.terms.filter((term) => Object.hasOwn(taxonomy, term)));
  const skillReading = addReading(skills, specs.flat(), posting.skills);
  const groupReading = addReading(groups, specs.filter((terms) => terms.length > 1).map(groupName), posting.groups.map(groupName));
  const report = [
    skillReading.misses.length + skillReading.extras.length > 0 ? `skills missed [${skillReading.misses.join(', ')}] extra [${skillReading.extras.join(', ')}]` : '',
    groupReading.misses.length + groupReading.extras.length > 0 ? `groups missed [${groupReading.misses.join(' ')}] extra [${groupReading.extras.join(' ')}]` : '',
  ].filter(Boolean);
  if (report.length > 0) console.log(`${posting.id}\n  ${report.join('\n  ')}`);
}
console.log(`\n${POSTINGS.length} postings: ${describeTally(skills)}`);
console.log(`requirement groups: ${describeTally(groups).replace('skill ', '')}`);
