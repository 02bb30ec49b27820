/*
 * How well /match/ puts a resume's own role first, on the role corpus in tests/fixtures/ranking: for each
 * resume, where the first guide of its own role family stands among the specialist guides, with the resume's
 * job titles as evidence (what /match/ does) and by skills alone; then where its closest wins come from. Prints
 * figures; the ranking test holds the corpus to its floor.
 */
import { bestFits, closestWins } from '../src/scorer/closestWins.ts';
import { BEST_FIT_MARGIN } from '../src/scorer/scoringRules.ts';
import { GENERALIST_ROLES, rankSiteGuides } from '../tests/fixtures/ranking/corpusGuides.ts';
import { placeOfFamily } from '../tests/fixtures/ranking/placeOfFamily.ts';
import { ROLE_RESUMES } from '../tests/fixtures/ranking/roleResumes.ts';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

for (const titles of [true, false]) {
  const places = ROLE_RESUMES.map((resume) => ({ resume, place: placeOfFamily(resume.text, resume.family, { titles }) }));
  const share = (within: number) => percent(places.filter(({ place }) => place >= 1 && place <= within).length, places.length);
  console.log(`\n${titles ? 'With job titles as evidence (what /match/ does)' : 'By skills alone (titles ignored)'}: ${places.length} resumes`);
  console.log(`own role family first among specialist guides: ${share(1)}, in the top 3: ${share(3)}`);
  for (const { resume, place } of places.filter(({ place }) => place !== 1)) console.log(`  ${resume.id.padEnd(44)} first ${resume.family} guide at ${place}`);
}

const wins = ROLE_RESUMES.map((resume) => {
  const ranking = rankSiteGuides(resume.text, { titles: true });
  const fits = bestFits(ranking);
  const own = (role: string) => role === resume.family || GENERALIST_ROLES.has(role);
  return { resume, fits, wins: closestWins(ranking, fits), own };
});
const all = wins.flatMap(({ wins, own, fits }) => wins.map((win) => ({ own: own(win.role), far: win.score < fits.best - BEST_FIT_MARGIN })));
console.log(`\nClosest wins: ${all.length} over ${wins.length} resumes`);
console.log(`for a guide of the resume's own role family or a generalist role: ${percent(all.filter((win) => win.own).length, all.length)}`);
console.log(`the first win so: ${percent(wins.filter(({ wins, own }) => wins[0] !== undefined && own(wins[0].role)).length, wins.length)}`);
console.log(`more than ${BEST_FIT_MARGIN} points below the resume's best score: ${all.filter((win) => win.far).length}`);
for (const { resume, wins: listed, own } of wins) {
  const other = listed.filter((win) => !own(win.role));
  if (other.length > 0) console.log(`  ${resume.id.padEnd(44)} also ${other.map((win) => win.id).join(', ')}`);
}
