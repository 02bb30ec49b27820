import { skillGraph, type SkillGraph } from '../taxonomy/skillGraph.ts';
import { buildTermIndex, canonicalName, type Taxonomy } from '../taxonomy/taxonomy.ts';
import { phraseMatcher, skillMatcher, type TermMatch, type TermMatcher } from './termMatcher.ts';

/** Compiled matchers for one taxonomy, made on first use: a guide page needs a few dozen of its skills. */
export interface TermMatchers {
  /** A canonical skill name, or any other phrase (matched literally, ignoring case and plurals). */
  get(term: string): TermMatcher;
  /** Every skill of the taxonomy, for reading a job description. */
  allSkills(): TermMatcher[];
  /** The canonical name of a skill named by any alias, or the term itself when the taxonomy lacks it. */
  resolve(term: string): string;
  /** The taxonomy's concepts and the skills under them. */
  graph: SkillGraph;
}

const cache = new WeakMap<Taxonomy, TermMatchers>();

export function termMatchers(taxonomy: Taxonomy): TermMatchers {
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const compiled = new Map<string, TermMatcher>();
  const get = (term: string): TermMatcher => {
    let matcher = compiled.get(term);
    if (!matcher) {
      const skill = Object.hasOwn(taxonomy, term) ? taxonomy[term] : undefined;
      matcher = skill ? skillMatcher(term, skill) : phraseMatcher(term);
      compiled.set(term, matcher);
    }
    return matcher;
  };
  const index = buildTermIndex(taxonomy);
  const matchers: TermMatchers = {
    get,
    allSkills: () => Object.keys(taxonomy).map(get),
    resolve: (term) => canonicalName(index, term) ?? term,
    graph: skillGraph(taxonomy),
  };
  cache.set(taxonomy, matchers);
  return matchers;
}

/**
 * Matches of several terms with overlaps removed, longest first: "Ruby on Rails" is one mention,
 * not also a mention of "Ruby".
 */
export function findTerms(matchers: TermMatcher[], text: string): TermMatch[] {
  const present = textTokens(text);
  return removeOverlaps(matchers.flatMap((matcher) => (mayOccur(matcher, present) ? matcher.find(text) : [])));
}

/** The text's runs of letters and digits, in lower case: what a matcher's leads are looked up in. */
export function textTokens(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g));
}

/** Whether a matcher can match a text with these tokens: most of a taxonomy's skills are on no given page. */
export function mayOccur(matcher: TermMatcher, tokens: ReadonlySet<string>): boolean {
  return matcher.leads.some((lead) => tokens.has(lead));
}

/** Below this many matches, comparing each with those kept is cheaper than marking characters. */
const PAIRWISE_OVERLAP_LIMIT = 32;

/**
 * Keeps the longest of overlapping matches, in text order. With many matches, kept ones mark the characters
 * they cover, so each candidate is checked in time proportional to its own length rather than to how many
 * were kept before it.
 */
export function removeOverlaps(matches: readonly TermMatch[]): TermMatch[] {
  if (matches.length <= 1) return [...matches];
  const all = [...matches];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  if (all.length <= PAIRWISE_OVERLAP_LIMIT) {
    for (const match of all) {
      if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
    }
  } else {
    const from = all.reduce((start, match) => Math.min(start, match.start), Infinity);
    const taken = new Uint8Array(all.reduce((end, match) => Math.max(end, match.end), 0) - from);
    for (const match of all) {
      if (taken.subarray(match.start - from, match.end - from).includes(1)) continue;
      taken.fill(1, match.start - from, match.end - from);
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
