/*
 * How well the engine tells skills from ordinary words, on the sentence corpus in tests/fixtures/skillSenses:
 * ordinary sentences read with a false skill, and technical sentences' recall and precision. With
 * --write-known it rewrites knownMisreads.ts from this run: only with a change to the sense rules, whose
 * commit gives these figures before and after.
 */
import { writeFileSync } from 'node:fs';
import { analyzeResume } from '../src/scorer/analyzeResume.ts';
import { ORDINARY_SENTENCES } from '../tests/fixtures/skillSenses/ordinarySentences.ts';
import { TECHNICAL_SENTENCES } from '../tests/fixtures/skillSenses/technicalSentences.ts';
import { taxonomy } from '../tests/scorer/taxonomyFixture.ts';

const SKILLS = Object.keys(taxonomy);
const skillsIn = (sentence: string) =>
  [
    ...new Set(
      analyzeResume({ text: `Experience\n• ${sentence}`, taxonomy })
        .mentionsOf(SKILLS)
        .map((mention) => mention.term),
    ),
  ].sort();

const misread: string[] = [];
let falseMatches = 0;
for (const sentence of ORDINARY_SENTENCES) {
  const found = skillsIn(sentence);
  falseMatches += found.length;
  if (found.length > 0) misread.push(sentence);
}
const ordinaryMisread = misread.length;
let right = 0;
let extra = 0;
let missed = 0;
for (const { text, skills } of TECHNICAL_SENTENCES) {
  const found = new Set(skillsIn(text));
  const wanted = new Set(skills);
  const rightHere = [...found].filter((skill) => wanted.has(skill)).length;
  right += rightHere;
  extra += found.size - rightHere;
  missed += wanted.size - rightHere;
  if (rightHere !== found.size || rightHere !== wanted.size) misread.push(text);
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
console.log(`ordinary sentences read with a false skill: ${ordinaryMisread} of ${ORDINARY_SENTENCES.length} (${falseMatches} false matches)`);
console.log(
  `technical sentences read wrong: ${misread.length - ordinaryMisread} of ${TECHNICAL_SENTENCES.length}; skill recall ${percent(right, right + missed)}, precision ${percent(right, right + extra)} (${right} right, ${extra} extra, ${missed} missed)`,
);

if (process.argv.includes('--write-known')) {
  const file = new URL('../tests/fixtures/skillSenses/knownMisreads.ts', import.meta.url);
  writeFileSync(
    file,
    `/*
 * Sentences of the skill-sense corpus the engine still misreads (a skill read into an ordinary word, or a
 * technical sentence read wrong). The test expects each of these to fail and every other sentence to read
 * exactly: a new misread fails the suite, and so does a fixed one until it leaves this list. Written by
 * \`npm run eval:skills -- --write-known\`, only with a change to the sense rules whose commit gives the
 * figures before and after; never to let one sentence through.
 */
export const KNOWN_MISREADS: ReadonlySet<string> = new Set([
${misread.map((sentence) => `  ${JSON.stringify(sentence)},`).join('\n')}
]);
`,
  );
  console.log(`wrote ${misread.length} sentences to tests/fixtures/skillSenses/knownMisreads.ts`);
}
