import { matchCase, pastOf } from '../text/verbTense.ts';
import { expectedTense, FILLER, judgeBullet, openingVerb, PASSIVE, type BulletFacts } from './bulletRules.ts';
import { DUTY_OPENER, FIGURE, isActionVerb, plainVerbOf } from './resumeVocabulary.ts';
import type { BulletIssueId, BulletNote, BulletRewrite, Placeholder } from './types.ts';

/*
 * The coach's rewrite of a bullet: the writer's own words, rearranged so the verb comes first, in the right
 * tense, without the duty phrase, the passive or the pronoun; and a bracketed gap wherever only the writer
 * knows the fact (the figure, the verb for what they did). It never writes a figure or a skill of its own:
 * the gaps' prompts name neither, and their stand-ins exist only for the what-if rescore.
 */

const gap = (prompt: string, standIn: string): Placeholder => ({ prompt, standIn });
const shown = (placeholder: Placeholder) => `[${placeholder.prompt}]`;

const WHAT_YOU_DID = gap('what you did: built, ran, fixed…', 'Built');
const WITH_WHOM = gap('which team or people', 'the team');

/** Verbs whose object already says what changed: the gap asks only by how much. */
const CHANGE_VERBS = new Set(['reduce', 'cut', 'increase', 'improve', 'lower', 'raise', 'boost', 'grow', 'speed', 'accelerate', 'decrease', 'double', 'halve', 'shrink', 'trim', 'slash', 'minimize', 'minimise', 'maximize', 'expand']);
/** Verbs for reworking something: the gap asks what the rework cut, and by how much. */
const REWORK_VERBS = new Set(['optimize', 'optimise', 'streamline', 'automate', 'migrate', 'refactor', 'rewrite', 'upgrade', 'fix', 'tune', 'replace', 'redesign', 'consolidate', 'modernize', 'modernise', 'stabilize', 'stabilise', 'harden', 'simplify', 'debug', 'resolve', 'profile', 'rebuild', 'port', 'parallelize', 'triage', 'troubleshoot', 'eliminate', 'remove', 'retire', 'restructure', 'revamp', 'standardize', 'standardise', 'unify', 'secure']);
/**
 * Verbs only people are the object of: the gap asks how many. (Not "train", "lead" or "manage": models are
 * trained, and projects led and managed, as often as people.)
 */
const PEOPLE_VERBS = new Set(['mentor', 'coach', 'hire', 'supervise', 'teach', 'recruit', 'onboard']);
/** Verbs for making something: the gap asks who uses it, and how much. */
const MAKING_VERBS = new Set(['build', 'design', 'develop', 'launch', 'create', 'implement', 'ship', 'write', 'introduce', 'prototype', 'architect', 'deliver', 'deploy', 'establish', 'integrate', 'instrument', 'document', 'publish', 'engineer', 'invent', 'own', 'maintain', 'run']);

/** The gap that asks for the result, by what kind of work the opening verb names. */
function resultGap(plain: string | null): { text: (placeholder: Placeholder) => string; placeholder: Placeholder } {
  if (plain && CHANGE_VERBS.has(plain)) return { placeholder: gap('by how much: from what to what', 'by 9%'), text: (p) => ` ${shown(p)}` };
  if (plain && REWORK_VERBS.has(plain)) return { placeholder: gap('cutting what by how much', 'cutting cost by 9%'), text: (p) => `, ${shown(p)}` };
  if (plain && PEOPLE_VERBS.has(plain)) return { placeholder: gap('for how many people', 'for 9 people'), text: (p) => `, ${shown(p)}` };
  if (plain && MAKING_VERBS.has(plain)) return { placeholder: gap('used by how many people or teams, how often', 'used by 9 teams'), text: (p) => `, ${shown(p)}` };
  return { placeholder: gap('the result: what changed, by how much', 'saving 9 hours a week'), text: (p) => `, ${shown(p)}` };
}

/** Irregular past participles that differ from the past tense. */
const PARTICIPLE_PAST: Readonly<Record<string, string>> = {
  written: 'wrote', driven: 'drove', grown: 'grew', shown: 'showed', given: 'gave', taken: 'took', chosen: 'chose', begun: 'began',
  done: 'did', run: 'ran', rewritten: 'rewrote', undertaken: 'undertook', overseen: 'oversaw', spoken: 'spoke',
};

/** The verb a past participle is the passive of, in the past tense ("redesigned", "written" → "wrote"). */
const pastOfParticiple = (participle: string) => PARTICIPLE_PAST[participle.toLowerCase()] ?? participle.toLowerCase();

/**
 * The subject of a passive, written after the verb: an article or the writer's own determiner, and a common
 * word capitalised only because it opened the sentence ("Dashboards"), go to lower case; a name stays as
 * written (a skill the bullet names, an acronym, a product).
 */
function asObject(subject: string, skills: readonly string[]): string {
  const first = /^[A-Za-z]+/.exec(subject)?.[0] ?? '';
  const named = skills.some((skill) => skill.toLowerCase().startsWith(first.toLowerCase()));
  return /^(?:the|a|an|our|my)$/i.test(first) || (/^[A-Z][a-z]+$/.test(first) && !named) ? `${first.toLowerCase()}${subject.slice(first.length)}` : subject;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Draft {
  text: string;
  placeholders: Placeholder[];
}

/** The pronoun dropped, and "my" made "the", except inside quotation marks: a quote keeps its words. */
function dropFirstPerson(draft: Draft): void {
  draft.text = draft.text
    .replace(/^I\s+(?:have\s+|'ve\s+|’ve\s+)?/, '')
    .replace(/"[^"]*"|“[^”]*”|\b[Mm]y\b/g, (found) => (found === 'my' ? 'the' : found === 'My' ? 'The' : found));
}

/** The tense a verb the coach writes at the opening should take, by the role (past when it is not known). */
function targetTense(facts: BulletFacts, text: string): 'past' | 'present' {
  return facts.current === true && !FIGURE.test(text) ? 'present' : 'past';
}

const inTense = (plain: string, tense: 'past' | 'present') => (tense === 'past' ? pastOf(plain) : plain);

function replaceDutyOpener(draft: Draft, facts: BulletFacts): void {
  const phrase = DUTY_OPENER.exec(draft.text)?.[0];
  if (!phrase) return;
  const rest = draft.text.slice(phrase.length).trimStart();
  const next = /^[A-Za-z]+/.exec(rest)?.[0];
  const plain = next ? plainVerbOf(next) : null;
  const shared = /helped|assisted|participated|involved|worked with/i.test(phrase);
  // "Responsible for maintaining…", "Helped migrate…": the verb is there, in the wrong form.
  if (next && plain && (next.toLowerCase().endsWith('ing') || /helped|assisted/i.test(phrase))) {
    const verb = capitalise(inTense(plain, targetTense(facts, rest)));
    draft.text = `${verb}${rest.slice(next.length)}`;
    if (shared) {
      draft.text = `${draft.text.replace(/[.;]\s*$/, '')} with ${shown(WITH_WHOM)}`;
      draft.placeholders.push(WITH_WHOM);
    }
  } else if (/responsible for|in charge of|tasked with|duties included/i.test(phrase)) {
    draft.text = `${capitalise(inTense('own', targetTense(facts, rest)))} ${rest}`;
  } else {
    // "Worked with the database team on…": who it was done with stays, after the verb the writer gives.
    draft.text = `${shown(WHAT_YOU_DID)} ${/with$/i.test(phrase) ? 'with ' : ''}${rest}`;
    draft.placeholders.push(WHAT_YOU_DID);
  }
}

/** "The ledger API was redesigned by me to…" → "Redesigned the ledger API to…": only a passive that opens the bullet. */
function activate(draft: Draft, facts: BulletFacts): void {
  const match = new RegExp(`^(.{1,80}?)\\s+${PASSIVE.source}(?:\\s+(?:me|us|myself|the team|our team|my team)\\b)?`, 'i').exec(draft.text);
  if (!match || /^[A-Za-z]+/.exec(match[1]!)?.[0] === undefined || isActionVerb(/^[A-Za-z]+/.exec(match[1]!)![0])) return;
  const subject = asObject(match[1]!, facts.skills);
  // The agent is the writer, wherever it stands ("was done monthly by me"): the active verb says so.
  const rest = draft.text.slice(match[0].length).replace(/\s+by (?:me|myself|us)\b/i, '');
  draft.text = `${capitalise(pastOfParticiple(match[2]!))} ${subject}${rest}`;
}

function fixTense(draft: Draft, facts: BulletFacts): void {
  const tense = expectedTense({ ...facts, text: draft.text });
  const opener = openingVerb(draft.text);
  if (!tense || !opener) return;
  draft.text = `${matchCase(inTense(opener.plain, tense), opener.word)}${draft.text.slice(opener.word.length)}`;
}

/** A bullet opening with no verb at all gets a gap for one ("Kafka consumers for 40 teams"); a weak verb ("Used") is the writer's to change. */
function openWithVerb(draft: Draft): void {
  if (draft.text.startsWith('[') || openingVerb(draft.text)) return;
  draft.text = `${shown(WHAT_YOU_DID)} ${draft.text}`;
  draft.placeholders.push(WHAT_YOU_DID);
}

function cutFiller(draft: Draft): void {
  for (const { pattern, replacement } of FILLER) if (replacement !== null) draft.text = draft.text.replace(pattern, replacement).trimStart();
}

function askForResult(draft: Draft): void {
  if (FIGURE.test(draft.text)) return;
  const opener = openingVerb(draft.text);
  const { placeholder, text } = resultGap(opener ? opener.plain : null);
  const ending = /[.;]\s*$/.exec(draft.text)?.[0] ?? '';
  draft.text = `${draft.text.slice(0, draft.text.length - ending.length)}${text(placeholder)}${ending}`;
  draft.placeholders.push(placeholder);
}

/** What each step answers, run in this order: later steps read the opener earlier steps wrote. */
const STEPS: readonly { answers: readonly BulletIssueId[]; run: (draft: Draft, facts: BulletFacts) => void }[] = [
  { answers: ['first-person'], run: dropFirstPerson },
  { answers: ['duty-opener'], run: replaceDutyOpener },
  { answers: ['passive-voice'], run: activate },
  { answers: ['tense'], run: fixTense },
  { answers: ['filler'], run: cutFiller },
  { answers: ['no-action-verb'], run: openWithVerb },
  { answers: ['no-result', 'tool-without-outcome'], run: askForResult },
];

/**
 * The rewrite answering a bullet's issues, or null when none of them is one a rewrite can answer (a bullet
 * too long is split by its writer, not by the coach).
 */
export function rewriteBullet(facts: BulletFacts, issues: readonly BulletNote<BulletIssueId>[]): BulletRewrite | null {
  const raised = new Set(issues.map((issue) => issue.rule));
  const draft: Draft = { text: facts.text.trim(), placeholders: [] };
  for (const step of STEPS) if (step.answers.some((id) => raised.has(id))) step.run(draft, facts);
  draft.text = capitalise(draft.text.replace(/\s{2,}/g, ' ').trim());
  if (draft.text === facts.text.trim()) return null;
  // What it answers is what the same rules no longer find once its gaps are filled.
  const left = new Set(judgeBullet({ ...facts, text: filledRewrite({ text: draft.text, placeholders: draft.placeholders, answers: [] }) }).issues.map((issue) => issue.rule));
  const answers = [...raised].filter((id) => !left.has(id));
  return answers.length === 0 ? null : { text: draft.text, placeholders: draft.placeholders, answers };
}

/** The rewrite with each gap filled by its stand-in: what the what-if rescore reads. */
export function filledRewrite(rewrite: BulletRewrite): string {
  return rewrite.placeholders.reduce((text, placeholder) => text.replace(shown(placeholder), placeholder.standIn), rewrite.text);
}
