/*
 * How well a pasted job description's skills are read, on the posting corpus in tests/fixtures/postings:
 * recall and precision of the taxonomy skills extractJobKeywords finds against each posting's key, with the
 * misses and extras of every posting. Phrases the taxonomy does not know are not counted either way.
 */
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { POSTINGS } from '../tests/fixtures/postings/postings.ts';
import { addReading, describeTally, emptyTally } from '../tests/fixtures/skillTally.ts';
import { taxonomy } from '../tests/scorer/taxonomyFixture.ts';

const tally = emptyTally();
for (const posting of POSTINGS) {
  const found = extractJobKeywords(posting.text, taxonomy)
    .flatMap((spec) => spec.terms)
    .filter((term) => Object.hasOwn(taxonomy, term));
  const { misses, extras } = addReading(tally, found, posting.skills);
  if (extras.length + misses.length > 0) console.log(`${posting.id.padEnd(36)} missed [${misses.join(', ')}]  extra [${extras.join(', ')}]`);
}
console.log(`\n${POSTINGS.length} postings: ${describeTally(tally)}`);
