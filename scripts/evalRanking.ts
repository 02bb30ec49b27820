/*
 * How well /match/ puts a resume's own role first, on the role corpus in tests/fixtures/ranking: for each
 * resume, where the first guide of its own role family stands among the specialist guides, with the resume's
 * job titles as evidence (what /match/ does) and by skills alone. Prints figures; the ranking test holds
 * the corpus to its floor.
 */
import { placeOfFamily } from '../tests/fixtures/ranking/placeOfFamily.ts';
import { ROLE_RESUMES } from '../tests/fixtures/ranking/roleResumes.ts';

for (const titles of [true, false]) {
  const places = ROLE_RESUMES.map((resume) => ({ resume, place: placeOfFamily(resume.text, resume.family, { titles }) }));
  const share = (within: number) => `${((100 * places.filter(({ place }) => place >= 1 && place <= within).length) / places.length).toFixed(1)}%`;
  console.log(`\n${titles ? 'With job titles as evidence (what /match/ does)' : 'By skills alone (titles ignored)'}: ${places.length} resumes`);
  console.log(`own role family first among specialist guides: ${share(1)}, in the top 3: ${share(3)}`);
  for (const { resume, place } of places.filter(({ place }) => place !== 1)) console.log(`  ${resume.id.padEnd(44)} first ${resume.family} guide at ${place}`);
}
