import { countWords } from '../text/countWords.ts';
import { CLICHES, DUTY_OPENER, DUTY_PHRASES, FIGURE, FIRST_PERSON, isActionVerb, measuresSpeed, SCALE_FIGURE } from './resumeVocabulary.ts';
import { BULLET } from './readResume.ts';
import { BULLET_WORDS } from './scoringRules.ts';
import type { ResumeLine, ResumeStructure } from './types.ts';

/** What the impact and clarity rules, and the guides' rule checks, read from a resume's bullets. */
export interface BulletMeasures {
  /** Experience bullets: the lines a reviewer reads for achievements. */
  achievements: ResumeLine[];
  quantified: ResumeLine[];
  /** Bullets that give the scale of a system with a figure ("1.5M queries per second", "200 machines"). */
  scaled: ResumeLine[];
  /** Bullets that measure speed: a time, or a factor beside a word about speed ("LCP from 3.8 s to 2.1 s"). */
  timed: ResumeLine[];
  actionVerb: ResumeLine[];
  duty: ResumeLine[];
  rightLength: ResumeLine[];
  tooLong: ResumeLine[];
  firstPerson: ResumeLine[];
  cliches: string[];
}

const MIN_PROSE_WORDS = 6;

/** A bullet's words, its marker removed. */
export const bulletBody = (line: ResumeLine) => line.text.replace(BULLET, '');

function opensWithActionVerb(line: ResumeLine): boolean {
  const first = /^[A-Za-z]+/.exec(bulletBody(line))?.[0];
  return first !== undefined && isActionVerb(first);
}

export function measureBullets(text: string, structure: ResumeStructure): BulletMeasures {
  const bullets = structure.contextLines.filter((line) => line.isBullet);
  // A resume written as short paragraphs instead of bullets is still read line by line.
  const achievements = bullets.length > 0 ? bullets : structure.contextLines.filter((line) => countWords(line.text) >= MIN_PROSE_WORDS);
  const length = (line: ResumeLine) => countWords(bulletBody(line));
  return {
    achievements,
    quantified: achievements.filter((line) => FIGURE.test(bulletBody(line))),
    scaled: achievements.filter((line) => SCALE_FIGURE.test(bulletBody(line))),
    timed: achievements.filter((line) => measuresSpeed(bulletBody(line))),
    actionVerb: achievements.filter(opensWithActionVerb),
    // A duty phrase anywhere, or one opening the bullet ("Helped deploy…"), as the coaching reads it.
    duty: achievements.filter((line) => DUTY_PHRASES.test(line.text) || DUTY_OPENER.test(bulletBody(line))),
    rightLength: achievements.filter((line) => length(line) >= BULLET_WORDS.min && length(line) <= BULLET_WORDS.max),
    tooLong: achievements.filter((line) => length(line) > BULLET_WORDS.max),
    firstPerson: achievements.filter((line) => FIRST_PERSON.test(line.text)),
    cliches: CLICHES.filter(({ pattern }) => pattern.test(text)).map(({ phrase }) => phrase),
  };
}
