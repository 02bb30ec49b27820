import { eng as englishStopwords } from 'stopword';
import type { Importance } from '../schemas/keyword.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { postingAdvice } from './postingAdvice.ts';
import { NOT_ASKED, postingReader, readPosting, type PostingContext, type PostingLine, type PostingReader } from './postingSections.ts';
import { findRequirementGroups } from './requirementGroups.ts';
import { skillSense, type SenseDocument } from './skillSense.ts';
import type { TermMatch } from './termMatcher.ts';
import { findTerms, termMatchers } from './termMatchers.ts';
import type { KeywordSpec } from './types.ts';

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

function importanceOf(contexts: readonly PostingContext[]): Importance {
  if (contexts.includes('required')) return 'required';
  const neutral = contexts.filter((context) => context === 'neutral').length;
  return neutral >= NEUTRAL_MENTIONS_FOR_REQUIRED ? 'required' : 'preferred';
}

interface Span {
  start: number;
  end: number;
}

/** One place the posting names a keyword, and how strongly it asks for it there. */
interface Mentioned {
  mention: Span;
  context: PostingContext;
}

/** A keyword as read from the posting, before its importance: its label, its terms, each place it is named. */
interface Named {
  label: string;
  terms: string[];
  mentions: Mentioned[];
}

/** Where the posting asks for a keyword as strongly as its importance says: the first mention in that context. */
function strongestMention(mentions: readonly Mentioned[], importance: Importance): Mentioned {
  const wanted: PostingContext[] = importance === 'required' ? ['required', 'neutral'] : ['preferred', 'neutral'];
  for (const context of wanted) {
    const found = mentions.find((entry) => entry.context === context);
    if (found) return found;
  }
  return mentions[0]!;
}

/** Each keyword with its importance from every mention's context, and its advice from the strongest one. */
function keywordsOf(
  named: Iterable<Named>,
  posting: PostingReader,
  alternatives: boolean,
  importanceFrom: (mentions: readonly Mentioned[]) => Importance = (mentions) => importanceOf(mentions.map((entry) => entry.context)),
): KeywordSpec[] {
  return [...named].map(({ label, terms, mentions }) => {
    const importance = importanceFrom(mentions);
    const { mention, context } = strongestMention(mentions, importance);
    return { label, terms, importance, source: 'job-description', advice: postingAdvice(posting.lineAt(mention.start), mention, context, alternatives) };
  });
}

function recurringPhrases(text: string, lines: readonly PostingLine[], posting: PostingReader, covered: (at: number) => boolean): KeywordSpec[] {
  const counts = new Map<string, Named>();
  for (const line of lines) {
    if (line.isHeading || NOT_ASKED.has(line.part)) continue;
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
        const written = text.slice(from, to);
        const entry = counts.get(key) ?? { label: written.toLowerCase() === key ? key : written, terms: [key], mentions: [] };
        entry.mentions.push({ mention: { start: from, end: to }, context: posting.contextAt(from) });
        counts.set(key, entry);
      }
    }
  }
  const repeated = [...counts.entries()].filter(([, entry]) => entry.mentions.length >= MIN_PHRASE_REPEATS);
  // "distributed payment" inside "distributed payment systems", as often: keep the longer phrase only. A
  // three-word phrase holds two two-word phrases, its first and its last two words.
  const longestContaining = new Map<string, number>();
  for (const [key, entry] of repeated) {
    const words = key.split(' ');
    if (words.length !== 3) continue;
    for (const part of [words.slice(0, 2).join(' '), words.slice(1).join(' ')]) {
      longestContaining.set(part, Math.max(longestContaining.get(part) ?? 0, entry.mentions.length));
    }
  }
  const kept = repeated
    .filter(([key, entry]) => (longestContaining.get(key) ?? 0) < entry.mentions.length)
    .sort(([a, x], [b, y]) => y.mentions.length - x.mentions.length || b.length - a.length || a.localeCompare(b))
    .slice(0, MAX_PHRASES);
  return keywordsOf(kept.map(([, entry]) => entry), posting, false, (mentions) =>
    mentions.length >= PHRASE_REQUIRED_REPEATS ? 'required' : importanceOf(mentions.map((entry) => entry.context)),
  );
}

/** The posting's text with the parts that ask for nothing blanked out, every offset kept. */
function askingText(lines: readonly PostingLine[]): string {
  return lines.map((line) => (NOT_ASKED.has(line.part) ? ' '.repeat(line.text.length) : line.text)).join('\n');
}

/**
 * The skills a job description asks for: every taxonomy skill it names, alternatives it offers as one
 * requirement ("Go or Java"), and phrases it repeats that the taxonomy does not know, each with the posting's
 * line as advice. Nothing is read from what asks for nothing (the company, benefits, notices, how to apply).
 * Importance comes from where each stands (a requirements list, a "nice to have" line) and, in the rest of
 * the posting, from how often it is named.
 */
export function extractJobKeywords(jobDescription: string, taxonomy: Taxonomy): KeywordSpec[] {
  const lines = readPosting(jobDescription);
  const text = askingText(lines);
  const matchers = termMatchers(taxonomy);
  // A posting is read by the rules a resume is, its requirements as technical lines: a block under one heading
  // is an entry whose tools vouch for the rest of it, and the company's boilerplate ("rest and recharge",
  // "Maria Rust", "parquet floors") names nothing.
  const document: SenseDocument = {
    lines: lines.map((line) => ({
      text: NOT_ASKED.has(line.part) ? '' : line.text,
      start: line.start,
      end: line.end,
      section: 'Experience',
      isHeading: line.isHeading,
      isBullet: line.isBullet,
      technical: line.part === 'requirements' || line.part === 'preferred',
    })),
    contact: { name: null },
  };
  const matches = skillSense(text, document, taxonomy, matchers).meaningful(findTerms(matchers.allSkills(), text));
  const posting = postingReader(lines);
  const mentioned = (mention: TermMatch): Mentioned => ({ mention, context: posting.contextAt(mention.start) });

  const groups = findRequirementGroups(text, lines, matches, taxonomy, matchers.graph);
  const inGroups = new Set(groups.flatMap((group) => group.members));
  const byGroup = new Map<string, Named>();
  for (const group of groups) {
    const key = [...group.terms].sort().join('\u0000');
    const entry = byGroup.get(key) ?? { label: group.label, terms: group.terms, mentions: [] };
    entry.mentions.push(mentioned(group.members[0]!));
    byGroup.set(key, entry);
  }
  const bySkill = new Map<string, Named>();
  for (const match of matches) {
    if (inGroups.has(match)) continue;
    const entry = bySkill.get(match.term) ?? { label: match.term, terms: [match.term], mentions: [] };
    entry.mentions.push(mentioned(match));
    bySkill.set(match.term, entry);
  }
  const coverage = new Uint8Array(text.length);
  for (const match of matches) coverage.fill(1, match.start, match.end);
  return [...keywordsOf(bySkill.values(), posting, false), ...keywordsOf(byGroup.values(), posting, true), ...recurringPhrases(text, lines, posting, (at) => coverage[at] === 1)];
}
