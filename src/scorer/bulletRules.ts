import { countWords } from '../text/countWords.ts';
import { tenseOf, type Tense } from '../text/verbTense.ts';
import { CLICHES, DUTY_OPENER, FIGURE, FIRST_PERSON, isActionVerb, plainVerbOf } from './resumeVocabulary.ts';
import { BULLET_WORDS } from './scoringRules.ts';
import type { BulletIssueId, BulletNote, BulletStrengthId } from './types.ts';

/** What a rule needs to know of one bullet beyond its words. */
export interface BulletFacts {
  /** The bullet's words, marker removed. */
  text: string;
  /** Its role runs to the present (true), ended (false), or no dated role line stands above it (null). */
  current: boolean | null;
  /** Skills the bullet names, by canonical name. */
  skills: readonly string[];
  /** Those of them that are tools (a named technology), not practices or domains: what "names a technology" means. */
  tools: readonly string[];
}

/**
 * A form of "to be" before a past participle: the work is told without who did it ("The API was redesigned").
 * Adjectives that read as participles after "was" (based, involved, open) are not passive voice here;
 * duty phrases own "was responsible for" and "was involved in".
 */
export const PASSIVE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?((?!(?:based|involved|responsible|tasked|located|interested|needed|required|expected|open|often|even|green|keen|sudden|golden|wooden|seven|eleven|happen)\b)[a-z]{2,}(?:ed|en)|built|led|made|run|written|done|sent|held|kept|sold|taught|won|set|cut|put|bought|found|shown|grown|driven|chosen|begun|given|taken)\b(?:\s+by\b)?/i;

/**
 * Words that add length and no information. Each listed with what to write instead, or nothing to cut it:
 * "successfully" (a result says it), "in order to" ("to"), "utilized" ("used").
 */
export const FILLER: readonly { pattern: RegExp; replacement: string | null; phrase: string }[] = [
  { phrase: 'successfully', pattern: /\s*\bsuccessfully\b/i, replacement: '' },
  { phrase: 'effectively', pattern: /\s*\beffectively\b/i, replacement: '' },
  { phrase: 'very', pattern: /\s*\bvery\b/i, replacement: '' },
  { phrase: 'really', pattern: /\s*\breally\b/i, replacement: '' },
  { phrase: 'actively', pattern: /\s*\bactively\b/i, replacement: '' },
  { phrase: 'in order to', pattern: /\bin order to\b/i, replacement: 'to' },
  { phrase: 'utilized', pattern: /\butili[sz]ed\b/i, replacement: 'used' },
  { phrase: 'utilizing', pattern: /\butili[sz]ing\b/i, replacement: 'using' },
  { phrase: 'various', pattern: /\bvarious\b/i, replacement: null },
  { phrase: 'numerous', pattern: /\bnumerous\b/i, replacement: null },
  { phrase: 'etc.', pattern: /\betc\.?(?=\s|$)/i, replacement: null },
  ...CLICHES.map(({ phrase, pattern }) => ({ phrase, pattern, replacement: null })),
];

/**
 * Words that say what the work changed, without a figure: a bullet naming a tool with one of these says what
 * the tool did ("…with Kafka, so that orders are never lost").
 */
const OUTCOME = /\b(?:so that|so\s+\w+\s+(?:can|could)|resulting in|enabl\w*|allow\w*|reduc\w*|cut(?:ting)?|improv\w*|increas\w*|sav(?:e|ed|es|ing)|lower(?:ed|ing)?|rais(?:e|ed|ing)|boost\w*|speed(?:ing)?|sped|prevent\w*|eliminat\w*|halv\w*|doubl\w*|serv(?:e|es|ed|ing)|used by|adopted by|replac\w*|unblock\w*|fix(?:ed|ing)?|catch\w*|caught)\b/i;

/** The bullet's first word, and its plain form and tense when it is a verb a rewrite can read. */
export function openingVerb(text: string): { word: string; plain: string; tense: Tense } | null {
  const word = /^[A-Za-z]+/.exec(text)?.[0];
  if (!word) return null;
  const plain = plainVerbOf(word);
  return plain ? { word, plain, tense: tenseOf(word, plain) } : null;
}

/**
 * The tense the bullet should open in, when its opener is in another: a past role is told in the past tense.
 * In the current role both read right: ongoing work in the present ("Lead the on-call rotation"), finished
 * work in the past ("Led the move to Temporal"), and the words cannot tell which a piece of work is, so
 * neither is flagged there. A gerund opener ("Leading…") reads as a fragment in either. Null when the tense
 * is right or the role is not known.
 */
export function expectedTense(facts: BulletFacts): 'past' | 'present' | null {
  const opener = openingVerb(facts.text);
  if (!opener || facts.current === null || (!isActionVerb(opener.word) && opener.tense !== 'gerund')) return null;
  if (!facts.current) return opener.tense === 'past' ? null : 'past';
  return opener.tense === 'gerund' ? 'present' : null;
}

interface BulletRule<Id extends string> {
  id: Id;
  /** What the rule looks for, as /methodology/ prints it. */
  explanation: string;
  /** The note when the rule applies, or null. */
  note(facts: BulletFacts): string | null;
}

const words = (facts: BulletFacts) => countWords(facts.text);

/** What a bullet does well: each shown beside the bullet, never scored on its own. */
export const BULLET_STRENGTHS: readonly BulletRule<BulletStrengthId>[] = [
  {
    id: 'result',
    explanation: 'The bullet carries a figure: a percentage, money, a count, a time or a number in words.',
    note: (facts) => (FIGURE.test(facts.text) ? 'Gives a figure for the result.' : null),
  },
  {
    id: 'action-verb',
    explanation: 'The bullet opens with a verb that says what the writer did.',
    note: (facts) => {
      const first = /^[A-Za-z]+/.exec(facts.text)?.[0];
      return first && isActionVerb(first) ? `Opens with what you did ("${first}").` : null;
    },
  },
  {
    id: 'skill-in-use',
    explanation: 'The bullet names a skill where it shows work, which counts in full for that keyword.',
    note: (facts) => (facts.skills.length > 0 ? `Shows ${facts.skills.slice(0, 3).join(', ')} in use.` : null),
  },
  {
    id: 'right-length',
    explanation: `The bullet is ${BULLET_WORDS.min}–${BULLET_WORDS.max} words long.`,
    note: (facts) => (words(facts) >= BULLET_WORDS.min && words(facts) <= BULLET_WORDS.max ? 'A readable length.' : null),
  },
];

/** What a bullet lacks, each with the reason a reader cares. Every issue of a bullet is listed, in this order. */
export const BULLET_ISSUES: readonly BulletRule<BulletIssueId>[] = [
  {
    id: 'duty-opener',
    explanation: 'The bullet opens with a duty phrase ("responsible for", "worked on", "helped", "assisted with"): it says where you were, not what you did.',
    note: (facts) => {
      const phrase = DUTY_OPENER.exec(facts.text)?.[0];
      return phrase ? `"${phrase}" says what you were there for, not what you did: open with the verb.` : null;
    },
  },
  {
    id: 'no-action-verb',
    explanation: 'The bullet opens with something other than an action verb (a noun, a pronoun, an adjective).',
    note: (facts) => {
      if (DUTY_OPENER.test(facts.text)) return null;
      const first = /^[A-Za-z]+/.exec(facts.text)?.[0];
      if (first && (isActionVerb(first) || openingVerb(facts.text)?.tense === 'gerund')) return null;
      return `Opens with "${first ?? facts.text.slice(0, 12)}": start with what you did ("Built", "Cut", "Led").`;
    },
  },
  {
    id: 'passive-voice',
    explanation: 'The bullet opens with a passive ("The API was redesigned", "Dashboards were built by me"): the work is told without who did it. After an opening action verb, a passive tells a result ("…; 3 were promoted") and is not flagged.',
    note: (facts) => {
      const first = /^[A-Za-z]+/.exec(facts.text)?.[0];
      if (DUTY_OPENER.test(facts.text) || (first && isActionVerb(first))) return null;
      const found = PASSIVE.exec(facts.text)?.[0];
      return found ? `"${found}" hides who did it: say it actively, with you as the one who did it.` : null;
    },
  },
  {
    id: 'first-person',
    explanation: 'The bullet says "I", "me", "my" or "myself": resumes leave the pronoun out.',
    note: (facts) => (FIRST_PERSON.test(facts.text) ? 'Drop "I", "me" and "my": the resume is yours, the verb says you did it.' : null),
  },
  {
    id: 'tense',
    explanation: 'A role that has ended is told in the past tense. In the current role, ongoing work reads in the present and finished work in the past; the words cannot tell which is which, so only a gerund opener ("Leading…"), a fragment in any role, is flagged there.',
    note: (facts) => {
      const tense = expectedTense(facts);
      if (!tense) return null;
      return tense === 'past' ? 'This role has ended: tell it in the past tense.' : 'Open with the verb itself ("Lead", or "Led" for finished work), not "-ing".';
    },
  },
  {
    id: 'no-result',
    explanation: 'The bullet carries no figure: no percentage, money, count, time or number in words.',
    note: (facts) => (FIGURE.test(facts.text) ? null : 'No result in figures: how much, how many, how fast?'),
  },
  {
    id: 'tool-without-outcome',
    explanation: 'The bullet names a technology (a tool of the skill graph, not a practice) but neither a figure nor a word for what the work changed ("reduced", "so that", "enabling").',
    note: (facts) =>
      facts.tools.length > 0 && !FIGURE.test(facts.text) && !OUTCOME.test(facts.text)
        ? `Names ${facts.tools.slice(0, 2).join(' and ')} but not what ${facts.tools.length === 1 ? 'it' : 'they'} did: say what the work made possible or better.`
        : null,
  },
  {
    id: 'too-long',
    explanation: `The bullet runs over ${BULLET_WORDS.max} words (more than two printed lines).`,
    note: (facts) => (words(facts) > BULLET_WORDS.max ? `${words(facts)} words: split it into two achievements, or cut to the result.` : null),
  },
  {
    id: 'too-short',
    explanation: `The bullet has fewer than ${BULLET_WORDS.min} words: too short to say what, with what, and what changed.`,
    note: (facts) => (words(facts) < BULLET_WORDS.min ? `${words(facts)} words: say what you used and what changed.` : null),
  },
  {
    id: 'filler',
    explanation: 'Words that add length and no information ("successfully", "various", "in order to", "utilized") and clichés.',
    note: (facts) => {
      const found = FILLER.filter(({ pattern }) => pattern.test(facts.text)).map(({ phrase }) => `"${phrase}"`);
      return found.length > 0 ? `Filler: ${found.join(', ')}. Cut it, or say which and how many.` : null;
    },
  },
];

/** Every strength and issue of one bullet, by the rules above. */
export function judgeBullet(facts: BulletFacts): { strengths: BulletNote<BulletStrengthId>[]; issues: BulletNote<BulletIssueId>[] } {
  const notes = <Id extends string>(rules: readonly BulletRule<Id>[]) =>
    rules.flatMap((rule) => {
      const message = rule.note(facts);
      return message === null ? [] : [{ rule: rule.id, message }];
    });
  return { strengths: notes(BULLET_STRENGTHS), issues: notes(BULLET_ISSUES) };
}
