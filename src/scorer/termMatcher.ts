import pluralize from 'pluralize';
import type { SkillCategory } from '../schemas/skill.ts';
import type { SkillNode } from '../taxonomy/taxonomy.ts';
import { verbForms } from '../text/verbForms.ts';

/** One place a term stands in a text. */
export interface TermMatch {
  /** The canonical skill name, or the literal phrase, that matched. */
  term: string;
  start: number;
  end: number;
  /** Where the words describing it begin, for work described rather than named (the verb of "tuned the slowest queries"). */
  from?: number;
}

export interface TermMatcher {
  term: string;
  find(text: string): TermMatch[];
  /**
   * The first run of letters and digits of every form of every name, in lower case ("node" for Node.js, "c" for
   * C++, "microservices" and "microservice"): every match starts with one of these as a whole token of the text.
   */
  leads: readonly string[];
}

/** Concept nouns take plurals ("circuit breakers"); proper names do not ("Redis" is not a plural of "Redi"). */
const PLURAL_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['architecture', 'practice', 'domain', 'communication', 'data', 'frontend', 'machine-learning', 'product']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SEPARATOR = '(?:\\s*-\\s*|\\s+)';
const wordPattern = (word: string) => escape(word).replace(/\//g, '\\s*/\\s*');

/** A name's words may be joined by spaces, a hyphen or a line break; "/" may carry spaces ("CI / CD"). */
function namePattern(name: string, plural: boolean): string {
  const words = name.trim().split(/[\s-]+/);
  const patterns = words.map(wordPattern);
  const last = words.at(-1) ?? '';
  if (plural && /^[A-Za-z]+$/.test(last)) {
    const forms = new Set([last, pluralize.singular(last), pluralize.plural(last)]);
    patterns[patterns.length - 1] = `(?:${[...forms].map(escape).join('|')})`;
  }
  return patterns.join(SEPARATOR);
}

/**
 * Between the words of a described piece of work: spaces, a hyphen, or a line break where the line goes on in
 * lower case (a wrapped bullet); never into the next line's heading or job title.
 */
const WORK_SEPARATOR = '(?:[ \\t]*-[ \\t]*|[ \\t]+|[ \\t]*\\n[ \\t]*(?=[a-z0-9]))';
/** Words that end the verb's phrase: "serving cost 35% with model" does not serve a model. */
const PREPOSITIONS = 'with|for|to|from|by|in|on|at|of|into|onto|across|over|under|via|through|per|than|as|after|before|behind|about';
/**
 * Up to four words between a verb and its object ("mitigated a 40-minute card authorisation outage"), never a
 * preposition and never across a comma or a full stop.
 */
const OBJECT_GAP = `(?:${WORK_SEPARATOR}(?!(?:${PREPOSITIONS})\\b)[A-Za-z0-9][\\w'’%+/-]*){0,4}?`;

/**
 * A way of writing the work a skill is ("tune queries", "partner with managers"): the verb in any tense, the
 * words after it as written, then up to four words before the object, in the singular or the plural. The
 * object is captured: the mention is the object, so that a tool named on the way ("tuned the PostgreSQL
 * queries") stays a mention of its own.
 */
function workPattern(phrase: string): string {
  const [verb = '', ...rest] = phrase.trim().split(/\s+/);
  const object = rest.pop() ?? '';
  const objects = new Set([object, pluralize.singular(object), pluralize.plural(object)]);
  const after = rest.map((word) => `${WORK_SEPARATOR}${anyInitial(word)}`).join('');
  const [plain, third, ...inflected] = verbForms(verb);
  // "Model the data" is work; "the recommendations model the data team trains" is a noun: the plain and
  // third-person forms count only where a clause starts.
  const clause = `(?<=(?:^|[\\n•*·;:,(]|\\b(?:to|and|or))[ \\t]*)(?:${[plain, third].map((form) => anyInitial(form!)).join('|')})`;
  return `(?:${clause}|${inflected.map(anyInitial).join('|')})${after}${OBJECT_GAP}${WORK_SEPARATOR}(${[...objects].map(anyInitial).join('|')})`;
}

/**
 * A lower-case word, its first letter in either case ("Tuned" opens a bullet). The rest stays as written, as
 * the pattern is case-sensitive: only a line that goes on in lower case is a wrapped bullet.
 */
function anyInitial(word: string): string {
  const first = word[0] ?? '';
  return first.toUpperCase() === first ? escape(word) : `[${first.toUpperCase()}${first}]${escape(word.slice(1))}`;
}

// Not inside a longer word, nor after "x." ("Node.js" holds no "JS") or "x-" ("Objective-C" holds no "C"),
// nor before "+", "#" or ".x" ("C" in "C++").
const BEFORE = '(?<![A-Za-z0-9]|[A-Za-z0-9][.-])';
const AFTER = '(?![A-Za-z0-9+#]|\\.[A-Za-z0-9])';

function neighbourTest(words: string[], side: 'after' | 'before'): ((text: string, at: number) => boolean) | undefined {
  if (words.length === 0) return undefined;
  const alternatives = words.join('|');
  // A word veto must end at a word's end ("live", not "lively"); a symbol ("&" of "R&D") ends where it is.
  const after = words.every((word) => /^[A-Za-z0-9\\]/.test(word)) ? '(?![A-Za-z0-9])' : '';
  const pattern =
    side === 'after' ? new RegExp(`^[\\s-]*(?:${alternatives})${after}`, 'i') : new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})[\\s-]*$`, 'i');
  // Only a short window is read, so a veto never looks past the neighbouring words.
  return side === 'after'
    ? (text, at) => pattern.test(text.slice(at, at + 40))
    : (text, at) => pattern.test(text.slice(Math.max(0, at - 40), at));
}

const LIST_SEPARATORS_BEFORE = new Set([',', '/', '|', '(', ':', ';', '•', '·']);
const LIST_SEPARATORS_AFTER = new Set([',', '/', '|', ')', ';', '·']);
const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * A term stands in a list when the nearest thing before it on its line is a list separator, "and", "or" or
 * the line's start, or the nearest thing after it is a separator, "and", "or" or the line's end. Only the blank run
 * next to the term is skipped, so each check reads a few characters, however long the line.
 */
function inList(text: string, start: number, end: number): boolean {
  let before = start;
  while (isSpace(text[before - 1])) before -= 1;
  const previous = text[before - 1];
  if (previous === undefined || previous === '\n' || LIST_SEPARATORS_BEFORE.has(previous)) return true;
  if (/\b(?:and|or)$/.test(text.slice(Math.max(0, before - 4), before))) return true;
  let after = end;
  while (isSpace(text[after])) after += 1;
  const next = text[after];
  if (next === undefined || next === '\n' || LIST_SEPARATORS_AFTER.has(next)) return true;
  return /^(?:and|or)\b/.test(text.slice(after, after + 4));
}

/** "written in C", "with R", "C programming", "R code": the words that name a language as one. */
const LANGUAGE_BEFORE = /\b(?:in|with|using)\s+$/;
const LANGUAGE_AFTER = /^\s+(?:programming|code|language|scripts?|packages?)\b/;

function namedAsLanguage(text: string, start: number, end: number): boolean {
  return LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || LANGUAGE_AFTER.test(text.slice(end, end + 14));
}

function compile(term: string, names: string[], options: { caseSensitive: boolean; plural: boolean; skill?: SkillNode; work?: readonly string[] }): TermMatcher {
  const pattern = (some: string[]) =>
    some
      .map((name) => namePattern(name, options.plural))
      .sort((a, b) => b.length - a.length)
      .join('|');
  // Case tells a skill from a word only for names that are words: "golang" and "nodejs" are no one's verb.
  const exact = options.caseSensitive ? names.filter((name) => !caseFree(name, options.skill)) : [];
  const anyCase = names.filter((name) => !exact.includes(name));
  const work = options.work ?? [];
  const regexes = [
    ...(exact.length > 0 ? [new RegExp(`${BEFORE}(?:${pattern(exact)})${AFTER}`, 'g')] : []),
    ...(anyCase.length > 0 ? [new RegExp(`${BEFORE}(?:${pattern(anyCase)})${AFTER}`, 'gi')] : []),
  ];
  const described = work.length > 0 ? new RegExp(`${BEFORE}(?:${work.map(workPattern).join('|')})${AFTER}`, 'gd') : undefined;
  const leads = new Set<string>();
  for (const name of names) {
    const words = name.trim().split(/[\s-]+/);
    const first = words[0] ?? '';
    const forms = options.plural && words.length === 1 && /^[A-Za-z]+$/.test(first) ? [first, pluralize.singular(first), pluralize.plural(first)] : [first];
    for (const form of forms) leads.add(/[a-z0-9]+/.exec(form.toLowerCase())?.[0] ?? '');
  }
  for (const phrase of work) for (const form of verbForms(phrase.trim().split(/\s+/)[0] ?? '')) leads.add(form);
  const ambiguity = options.skill?.ambiguity;
  const vetoAfter = neighbourTest(ambiguity?.notFollowedBy ?? [], 'after');
  const vetoBefore = neighbourTest(ambiguity?.notPrecededBy ?? [], 'before');
  const listOnly = ambiguity?.listOnly ?? false;
  return {
    term,
    leads: [...leads],
    find(text) {
      const matches: TermMatch[] = [];
      for (const regex of regexes) {
        for (const match of text.matchAll(regex)) {
          const start = match.index;
          const end = start + match[0].length;
          if (vetoAfter?.(text, end) || vetoBefore?.(text, start)) continue;
          if (listOnly && !inList(text, start, end) && !namedAsLanguage(text, start, end)) continue;
          matches.push({ term, start, end });
        }
      }
      if (described) {
        for (const match of text.matchAll(described)) {
          const object = match.indices?.slice(1).find((span) => span !== undefined);
          if (object) matches.push({ term, start: object[0], end: object[1], from: match.index });
        }
      }
      if (regexes.length + (described ? 1 : 0) === 1) return matches;
      // As one regex would: leftmost first, the longer of two that start together, none inside another.
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: TermMatch[] = [];
      for (const match of matches) if (match.start >= (kept.at(-1)?.end ?? 0)) kept.push(match);
      return kept;
    },
  };
}

/** A name of five letters or more that is no English word (Golang, NodeJS, PySpark): no case makes it one. */
function caseFree(name: string, skill: SkillNode | undefined): boolean {
  return skill !== undefined && name.length >= 5 && !skill.wordlike.includes(name.toLowerCase());
}

/** Matches a taxonomy skill by its canonical name, every alias and every way of writing its work, under the skill's ambiguity rules. */
export function skillMatcher(name: string, skill: SkillNode): TermMatcher {
  return compile(name, [name, ...skill.aliases], {
    caseSensitive: skill.caseSensitive,
    plural: !skill.caseSensitive && PLURAL_CATEGORIES.has(skill.category),
    skill,
    work: skill.work,
  });
}

/** Matches a phrase the taxonomy does not know (from a job description or --keywords), ignoring case and plurals. */
export function phraseMatcher(phrase: string): TermMatcher {
  return compile(phrase, [phrase], { caseSensitive: false, plural: /[a-z]$/i.test(phrase) });
}
