import { verbForms } from '../text/verbForms.ts';
import { IRREGULAR_VERBS, plainOf } from '../text/verbTense.ts';

/** Verbs that open a bullet with what the writer did, in the past and present tense resumes use. */
const VERB_STEMS = [
  'accelerate', 'achieve', 'adopt', 'analyze', 'analyse', 'architect', 'audit', 'automate', 'boost', 'build', 'built', 'championed',
  'coach', 'collaborate', 'compile', 'configure', 'consolidate', 'contribute', 'convert', 'coordinate', 'create', 'cut', 'debug',
  'decrease', 'define', 'deliver', 'deploy', 'design', 'develop', 'diagnose', 'direct', 'document', 'double', 'drive', 'drove',
  'eliminate', 'enable', 'forecast', 'engineer', 'enhance', 'establish', 'evaluate', 'expand', 'extend', 'founded', 'grow', 'grew', 'guide',
  'halve', 'harden', 'headed', 'hire', 'hold', 'identify', 'implement', 'improve', 'increase', 'instrument', 'integrate', 'introduce',
  'invent', 'launch', 'lead', 'led', 'lower', 'maintain', 'manage', 'mentor', 'migrate', 'minimize', 'minimise', 'model',
  'modernize', 'modernise', 'monitor', 'negotiate', 'optimize', 'optimise', 'orchestrate', 'organize', 'organise', 'own',
  'parallelize', 'partner', 'pioneer', 'plan', 'port', 'present', 'prevent', 'prioritize', 'prioritise', 'produce', 'profile',
  'propose', 'prototype', 'publish', 'raise', 'rebuild', 'rebuilt', 'recruit', 'redesign', 'reduce', 'refactor', 'remove',
  'replace', 'resolve', 'restructure', 'retire', 'revamp', 'rewrite', 'rewrote', 'run', 'ran', 'save', 'scale', 'secure',
  'ship', 'shipped', 'simplify', 'slash', 'solve', 'spearhead', 'speed', 'sped', 'split', 'stabilize', 'stabilise', 'standardize',
  'standardise', 'streamline', 'strengthen', 'supervise', 'taught', 'teach', 'test', 'train', 'transform', 'triage', 'triple',
  'troubleshoot', 'trim', 'tune', 'unify', 'upgrade', 'validate', 'wrote', 'write',
];

export const ACTION_VERBS: ReadonlySet<string> = new Set(VERB_STEMS.flatMap(verbForms));

/**
 * Verbs a bullet's rewrite may turn to another tense: the action verbs' plain forms, the irregular verbs, and
 * the everyday verbs duty phrases wrap ("responsible for handling", "helped review").
 */
const PLAIN_VERBS: ReadonlySet<string> = new Set([
  ...VERB_STEMS.filter((verb) => !verb.endsWith('ed') && !Object.values(IRREGULAR_VERBS).includes(verb)),
  ...Object.keys(IRREGULAR_VERBS),
  'champion', 'found', 'head', 'ship', 'act', 'add', 'answer', 'assist', 'conduct', 'ensure', 'fix', 'handle', 'help', 'move', 'oversee', 'participate', 'perform', 'prepare',
  'process', 'provide', 'respond', 'review', 'serve', 'support', 'track', 'update', 'use', 'utilize', 'leverage', 'work', 'operate',
  'administer', 'investigate', 'onboard', 'research', 'schedule', 'report', 'draft', 'edit', 'host',
]);

/** The plain form of a verb a rewrite can change the tense of ("maintaining" → "maintain"), or null. */
export const plainVerbOf = (word: string): string | null => plainOf(word, (plain) => PLAIN_VERBS.has(plain));

/** Irregular past forms that open resume bullets (the regular past tense is the "-ed" inflections). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.values(IRREGULAR_VERBS));

/** Any regular past tense ("Added", "Cataloged", "Unified"), not a noun ending in "-eed" ("Speed", "Seed"). */
const REGULAR_PAST = /^(?:[a-z]{2,}[^e]ed|[a-z]{3,}ied)$/;

/** Past-tense openings that say the writer was there, not what they did: the duty phrases' verbs. */
const WEAK_PAST = new Set(['helped', 'assisted', 'worked', 'participated', 'tasked', 'involved', 'attended', 'based', 'was', 'were']);

/**
 * Whether a bullet's first word is an action verb: one of the stems above in any form, an irregular past,
 * or any regular past tense ("Added", "Moved", "Cataloged"), since no list holds every verb a resume uses
 * and a bullet opening with a past tense says what was done. Not a weak one ("Helped", "Worked"), and not a
 * noun ending in "-eed" ("Speed", "Seed").
 */
export function isActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (WEAK_PAST.has(lower)) return false;
  return ACTION_VERBS.has(lower) || IRREGULAR_PAST.has(lower) || REGULAR_PAST.test(lower);
}

/**
 * An action verb in the past tense. A capitalised one opening a printed line opens a new item, since a
 * sentence wrapped mid-way does not go on with a capitalised verb (a name or a product it might go on with).
 */
export function isPastActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return isActionVerb(lower) && (IRREGULAR_PAST.has(lower) || REGULAR_PAST.test(lower));
}

/** Phrases that describe a duty instead of a result. */
export const DUTY_PHRASES = /\b(?:responsible for|helped (?:with|to|in)|worked on|assisted (?:with|in)|duties included|involved in|participated in|tasked with)\b/i;

/**
 * A duty phrase opening the bullet (after an optional "I", "Was" or "Am"): the writer was there, but what did they
 * do? "Helped" and "Assisted" open one with or without a preposition ("Helped migrate…").
 */
export const DUTY_OPENER =
  /^(?:i\s+)?(?:(?:was|am|were)\s+)?(?:responsible for|in charge of|worked on|worked with|helped(?:\s+(?:with|to|in))?|assisted(?:\s+(?:with|in))?|duties included|involved in|participated in|tasked with)\b/i;

/** Clichés recruiters skip, each with the form it is reported under. */
export const CLICHES: readonly { phrase: string; pattern: RegExp }[] = [
  'team player',
  'hard[- ]working',
  'results[- ]driven',
  'results[- ]oriented',
  'detail[- ]oriented',
  'self[- ]starter',
  'go[- ]getter',
  'think outside the box',
  'synergy',
  'proven track record',
  'dynamic',
  'passionate',
  'excellent communication skills',
  'fast[- ]paced environment',
  'best[- ]of[- ]breed',
  'rockstar',
  'ninja',
].map((source) => ({ phrase: source.replace('[- ]', '-'), pattern: new RegExp(`\\b${source}\\b`, 'i') }));

export const FIRST_PERSON = /\b(?:I|me|my|myself)\b/;

/**
 * A figure that shows impact: a percentage, money, a multiplier, a count with a unit, any number that is
 * not a year, or a number in words ("three teams", "a dozen services", "halved", "doubled"). "In 2021" says
 * when, not how much; "one" is left out, as "one of" counts nothing.
 */
export const FIGURE =
  /(?:[$€£]\s?\d|\d(?:[\d,.]*)\s?(?:%|x\b|×|[kKmMbB]\b|ms\b|s\b|hours?|days?|weeks?|users|customers|requests|rps|qps|tps))|\b(?!(?:19|20)\d{2}\b)\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|halved|doubled|tripled|quadrupled|tenfold|twice|thrice)\b/i;

/** A quantity: digits that are not a year, with "k", "M" or "million" after them, or a large number in words. */
const QUANTITY = String.raw`(?:\b(?!(?:19|20)\d{2}\b)\d[\d,.]*\s?(?:[kKmMbBtT]\b|thousand|million|billion|trillion)?|\b(?:hundreds|thousands|millions|billions|trillions|dozens)\b)`;
/**
 * What the size of a system is counted in: traffic and the units of work it carries (trips, bookings, jobs),
 * data (rows, tables, terabytes), people and organisations served, machines run.
 */
const SCALE_UNITS = String.raw`(?:requests?|queries|calls|events|messages|transactions|payments|orders|trips|rides|deliveries|bookings|reservations|listings|shops|products|items|sessions|visits|page ?views|pageviews|listeners|streams|jobs|tasks|pipelines|workflows|writes|reads|records|rows|tables|partitions|shards|topics|datasets|documents|files|metrics|monitors|data ?points|time series|logs|spans|traces|(?:kilo|mega|giga|tera|peta|exa)bytes|users|customers|clients|members|subscribers|merchants|sellers|drivers|riders|earners|guests|partners|developers|organi[sz]ations|orgs|companies|businesses|accounts|devices|tenants|machines|servers|hosts|nodes|instances|clusters|containers|pods|GPUs|CPUs|cores|regions|data ?cent(?:er|re)s|datacent(?:er|re)s|PoPs|points of presence|locations|zones|services|microservices|stores|sites|repositories|repos|[KMGTPE]B|QPS|RPS|TPS)`;

/**
 * A bullet that gives the scale of a system: a quantity counted in traffic, data, people served or machines
 * ("1.5M queries per second", "40,000 internal clients", "3 PB of logs", "200 machines"), with at most three
 * words between the number and what it counts. "Large-scale" and "highly scalable" are claims, not scale.
 */
export const SCALE_FIGURE = new RegExp(String.raw`${QUANTITY}(?:\s+[\w'’-]+){0,3}?\s*${SCALE_UNITS}\b`, 'i');

/** A time: how long something takes, in milliseconds to days ("2.1 s", "800 ms", "40 minutes", "6h", "2 days"). */
const DURATION = /\b\d[\d,.]*(?:\s|-)?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b/i;
/** A change by a factor or a share ("35%", "2x", "halved"), which measures speed beside a word about it. */
const CHANGE = /\d[\d,.]*\s?(?:%|x\b|×)|\b(?:halved|doubled|tripled|twice as fast|\d+ times faster)\b|\b\d[\d,.]*\s?[KM]B\b/i;
/** Words that say a figure is about speed: load and render times, their metrics, latency, payload size. */
const SPEED_WORDS =
  /\b(?:fast|faster|speed|speeds|latency|latencies|load|loads|loading|render|rendering|paint|interactive|response time|runtime|run time|build time|MTTR|MTTD|recovery time|time to recover|time to detect|p50|p90|p95|p99|LCP|FCP|FID|INP|CLS|TTI|TTFB|TBT|Core Web Vitals|Lighthouse|bundle|bundles|payload|page weight|startup|cold start)\b/i;

/** Whether a bullet measures speed: a time, or a factor or share beside a word about speed. */
export function measuresSpeed(text: string): boolean {
  return DURATION.test(text) || (CHANGE.test(text) && SPEED_WORDS.test(text));
}
