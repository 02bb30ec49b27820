/*
 * How well a pasted job description's skills are read, on the posting corpus in tests/fixtures/postings:
 * recall and precision of the taxonomy skills extractJobKeywords finds against each posting's key, with the
 * misses and extras of every posting. Phrases the taxonomy does not know are not counted either way.
 */
import { extractJobKeywords } from '../src/scorer/extractJobKeywords.ts';
import { POSTINGS } from '../tests/fixtures/postings/postings.ts';
import { taxonomy } from '../tests/scorer/taxonomyFixture.ts';

let right = 0;
let extra = 0;
let missed = 0;
for (const posting of POSTINGS) {
  const found = new Set(
    extractJobKeywords(posting.text, taxonomy)
      .flatMap((spec) => spec.terms)
      .filter((term) => Object.hasOwn(taxonomy, term)),
  );
  const wanted = new Set(posting.skills);
  const extras = [...found].filter((skill) => !wanted.has(skill));
  const misses = [...wanted].filter((skill) => !found.has(skill));
  right += found.size - extras.length;
  extra += extras.length;
  missed += misses.length;
  if (extras.length + misses.length > 0) console.log(`${posting.id.padEnd(36)} missed [${misses.join(', ')}]  extra [${extras.join(', ')}]`);
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`\n${POSTINGS.length} postings: skill recall ${percent(right, right + missed)}, precision ${percent(right, right + extra)} (${right} right, ${extra} extra, ${missed} missed)`);
