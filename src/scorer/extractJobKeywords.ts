import { eng as englishStopwords } from 'stopword';
import type { Importance } from '../schemas/keyword.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { skillSense, type SenseDocument } from './skillSense.ts';
import { findTerms, termMatchers } from './termMatchers.ts';
import type { KeywordSpec } from './types.ts';

type Context = 'required' | 'preferred' | 'neutral';

const REQUIRED_HEADING =
  /^(?:(?:basic|minimum|required|key|core)\s+)?(?:qualifications|requirements|skills)\b|what you(?:'|’)?ll (?:need|bring)|what we(?:'|’)?re looking for|you (?:have|bring|should have)|must[- ]haves?|who you are|about you|your (?:background|experience|profile)/i;
const PREFERRED_MARK = /\b(?:preferred|nice[- ]to[- ]haves?|bonus|pluses|a plus|good to have|desired|desirable|extra credit|ideally|not required|we(?:'|’)?d love)\b/i;
const REQUIRED_MARK = /\b(?:required|must|minimum|mandatory)\b/i;
const HEADING_MAX_LENGTH = 60;
/** Mentions in a neutral part of the posting (the role, the team) that make a skill required. */
const NEUTRAL_MENTIONS_FOR_REQUIRED = 2;
const MIN_PHRASE_REPEATS = 2;
const PHRASE_REQUIRED_REPEATS = 3;
const MAX_PHRASES = 8;

/** Words that start or end no skill phrase: English stopwords and the boilerplate of job postings. */
const NOT_A_PHRASE_EDGE = new Set([
  ...englishStopwords,
  ...'ability able across including etc plus within strong excellent solid proven deep good great new work working team teams role roles company candidate candidates years year experienced knowledge understanding skills skill using use help join looking opportunity equal employer benefits salary us our you your we will can must should may like well related relevant least preferred required bonus nice including eg ie e g i.e e.g'.split(' '),
]);

interface JobLine {
  text: string;
  start: number;
  context: Context;
  isHeading: boolean;
  isBullet: boolean;
}

function readLines(jobDescription: string): JobLine[] {
  const lines: JobLine[] = [];
  let section: Context = 'neutral';
  let start = 0;
  for (const text of jobDescription.split('\n')) {
    const trimmed = text.trim();
    const isHeading = trimmed.length > 0 && trimmed.length <= HEADING_MAX_LENGTH && !/[.;]$/.test(trimmed) && !/^[-•*·]/.test(trimmed);
    if (isHeading && PREFERRED_MARK.test(trimmed)) section = 'preferred';
    else if (isHeading && REQUIRED_HEADING.test(trimmed)) section = 'required';
    else if (isHeading && trimmed.endsWith(':')) section = 'neutral';
    const context: Context = PREFERRED_MARK.test(trimmed) ? 'preferred' : REQUIRED_MARK.test(trimmed) ? 'required' : section;
    lines.push({ text, start, context, isHeading, isBullet: /^\s*(?:[-•*·→▪◦]|\d{1,2}[.)])\s/.test(text) });
    start += text.length + 1;
  }
  return lines;
}

/** The line holding a character offset, by binary search over the lines' starts. */
function lineIndexAt(lines: readonly JobLine[], at: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle]?.start ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

function importanceOf(contexts: Context[]): Importance {
  if (contexts.includes('required')) return 'required';
  const neutral = contexts.filter((context) => context === 'neutral').length;
  return neutral >= NEUTRAL_MENTIONS_FOR_REQUIRED ? 'required' : 'preferred';
}

function recurringPhrases(lines: JobLine[], covered: (at: number) => boolean): KeywordSpec[] {
  const counts = new Map<string, { label: string; count: number; contexts: Context[] }>();
  for (const line of lines) {
    const tokens = [...line.text.matchAll(/[A-Za-z][A-Za-z+#-]*/g)];
    for (let size = 2; size <= 3; size++) {
      for (let i = 0; i + size <= tokens.length; i++) {
        const gram = tokens.slice(i, i + size);
        const first = gram[0]!;
        const last = gram.at(-1)!;
        if (NOT_A_PHRASE_EDGE.has(first[0].toLowerCase()) || NOT_A_PHRASE_EDGE.has(last[0].toLowerCase())) continue;
        const from = line.start + first.index;
        const to = line.start + last.index + last[0].length;
        // A phrase runs over words only: "design, build" is two thoughts, not one phrase.
        if (/[^A-Za-z+#\s-]/.test(line.text.slice(first.index, last.index))) continue;
        if (covered(from) || covered(to - 1)) continue;
        const key = gram.map((token) => token[0].toLowerCase()).join(' ');
        const entry = counts.get(key) ?? { label: line.text.slice(first.index, last.index + last[0].length), count: 0, contexts: [] };
        entry.count++;
        entry.contexts.push(line.context);
        counts.set(key, entry);
      }
    }
  }
  const repeated = [...counts.entries()].filter(([, entry]) => entry.count >= MIN_PHRASE_REPEATS);
  // "distributed payment" inside "distributed payment systems", as often: keep the longer phrase only. A
  // three-word phrase holds two two-word phrases, its first and its last two words.
  const longestContaining = new Map<string, number>();
  for (const [key, entry] of repeated) {
    const words = key.split(' ');
    if (words.length !== 3) continue;
    for (const part of [words.slice(0, 2).join(' '), words.slice(1).join(' ')]) {
      longestContaining.set(part, Math.max(longestContaining.get(part) ?? 0, entry.count));
    }
  }
  const kept = repeated.filter(([key, entry]) => (longestContaining.get(key) ?? 0) < entry.count);
  return kept
    .sort(([a, x], [b, y]) => y.count - x.count || b.length - a.length || a.localeCompare(b))
    .slice(0, MAX_PHRASES)
    .map(([key, entry]) => ({
      label: entry.label.toLowerCase() === key ? key : entry.label,
      terms: [key],
      importance: entry.count >= PHRASE_REQUIRED_REPEATS ? 'required' : importanceOf(entry.contexts),
      source: 'job-description',
    }));
}

/**
 * The skills a job description asks for: every taxonomy skill it names, and phrases it repeats that the
 * taxonomy does not know. Importance comes from where each stands (a requirements list, a "nice to have"
 * line) and, in the rest of the posting, from how often it is named.
 */
export function extractJobKeywords(jobDescription: string, taxonomy: Taxonomy): KeywordSpec[] {
  const lines = readLines(jobDescription);
  const matchers = termMatchers(taxonomy);
  // A posting is read by the rules a resume is, its requirements as technical lines: a block under one heading
  // is an entry whose tools vouch for the rest of it, and the company's boilerplate ("rest and recharge",
  // "Maria Rust", "parquet floors") names nothing.
  const document: SenseDocument = {
    lines: lines.map((line) => ({
      text: line.text,
      start: line.start,
      end: line.start + line.text.length,
      section: 'Experience',
      isHeading: line.isHeading,
      isBullet: line.isBullet,
      technical: line.context !== 'neutral',
    })),
    contact: { name: null },
  };
  const matches = skillSense(jobDescription, document, taxonomy, matchers).meaningful(findTerms(matchers.allSkills(), jobDescription));
  const contextAt = (at: number) => lines[lineIndexAt(lines, at)]?.context ?? 'neutral';

  const bySkill = new Map<string, Context[]>();
  for (const match of matches) {
    const contexts = bySkill.get(match.term) ?? [];
    contexts.push(contextAt(match.start));
    bySkill.set(match.term, contexts);
  }
  const skills: KeywordSpec[] = [...bySkill.entries()].map(([term, contexts]) => ({
    label: term,
    terms: [term],
    importance: importanceOf(contexts),
    source: 'job-description',
  }));
  const coverage = new Uint8Array(jobDescription.length);
  for (const match of matches) coverage.fill(1, match.start, match.end);
  return [...skills, ...recurringPhrases(lines, (at) => coverage[at] === 1)];
}
