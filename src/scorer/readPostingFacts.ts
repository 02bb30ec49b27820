import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { degreeRank, findDegrees } from './degrees.ts';
import { readsAsJobTitle, titleCore } from './jobTitles.ts';
import { headingWords, NOT_ASKED, postingReader, readPosting, type PostingContext, type PostingLine, type PostingReader } from './postingSections.ts';
import { findTerms, termMatchers } from './termMatchers.ts';
import type { PostingFacts } from './types.ts';

/*
 * What a posting states beyond skills: the job title, the years of experience and the degree it asks for.
 * Read only where the posting asks for something: a "founded 20 years ago" or "a sabbatical after five years"
 * in the company's or the benefits' text says nothing about the candidate.
 */

// ─── Title ───

/** "Title: Staff Software Engineer", "**Position:** …", "Role - …" */
const TITLE_LABEL = /^[#*_\s]*(?:job\s+)?(?:title|position|role)[*_\s]*[:–-][*_\s]*(.+)$/i;
/** What separates a title from the company or place on its line: "Tallyrow — Senior Backend Engineer". */
const TITLE_PARTS = /\s+[-–—|·@]\s+|\s+at\s+(?=[A-Z])/;
/** The lines a posting opens with, where its title stands when it has no label. */
const OPENING_LINES = 3;
/**
 * "We're hiring a Senior Data Engineer", "looking for an iOS Developer", "As a Head of Data": the capitalised
 * words after the cue (with "of", "and", "&" between them), up to the first punctuation.
 */
const HIRING_SENTENCE = /(?:\b(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our(?: next| first)?|the)\s+|(?:^|[.!?]\s+)As an?\s+)((?:(?:\S*[A-Z]\S*|of|and|&)\s+){0,6}\S*[A-Z]\S*)/;

function titleIn(text: string): string | null {
  for (const part of headingWords(text).split(TITLE_PARTS)) {
    const core = titleCore(part);
    if (readsAsJobTitle(core)) return core;
  }
  return null;
}

function readTitle(lines: readonly PostingLine[]): PostingFacts['title'] {
  const written = lines.filter((line) => line.text.trim() !== '');
  for (const line of written) {
    const labelled = TITLE_LABEL.exec(line.text)?.[1];
    const title = labelled === undefined ? null : titleIn(labelled);
    if (title) return { text: title, line: line.text.trim() };
  }
  for (const line of written.slice(0, OPENING_LINES)) {
    const title = titleIn(line.text);
    if (title) return { text: title, line: line.text.trim() };
  }
  for (const line of written) {
    if (NOT_ASKED.has(line.part)) continue;
    const named = HIRING_SENTENCE.exec(line.text)?.[1]?.split(/[,.;:!?](?:\s|$)/)[0]?.replace(/\s+(?:of|and|&)$/, '');
    if (named !== undefined && readsAsJobTitle(named)) return { text: named, line: line.text.trim() };
  }
  return null;
}

// ─── Years ───

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const NUMBER = `(\\d{1,2}|${NUMBER_WORDS.join('|')})`;
const YEARS = new RegExp(
  `(?:\\b(?:at least|minimum(?: of)?|min\\.?|over|more than)\\s+)?\\b${NUMBER}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUMBER}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs?)\\b`,
  'gi',
);
const HAS_YEARS = new RegExp(YEARS.source, 'i');
/** What follows a number of years of experience: the work, not a time ("in three years", "after five years"). */
const OF_EXPERIENCE = /^\s*(?:of|in|as|with|on|building|working|writing|developing|designing|doing|managing|leading|operating|running|shipping|delivering|professional|relevant|hands-on|industry|commercial|practical|experience)\b/i;
const NOT_EXPERIENCE_BEFORE = /\b(?:in|within|after|for the (?:next|past|last)|over the (?:next|past|last)|every)\s*$/i;
/** A years figure inside another's sentence is a part of that experience: "5+ years, including 2+ with Spark". */
const NESTED = /\b(?:including|of which|of them|with at least|at least \S+ of (?:them|which))\b/i;
const CONTEXT_RANK: Record<PostingContext, number> = { required: 0, neutral: 1, preferred: 2 };

const numberOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : NUMBER_WORDS.indexOf(text.toLowerCase()));

interface YearsMention {
  min: number;
  max: number | null;
  line: string;
  context: PostingContext;
  /** General experience, not the years of one skill ("2+ years of Go"). */
  general: boolean;
  at: number;
}

function readYears(lines: readonly PostingLine[], posting: PostingReader, isTool: (text: string) => boolean): PostingFacts['years'] {
  const mentions: YearsMention[] = [];
  for (const line of lines) {
    if (line.isHeading || NOT_ASKED.has(line.part)) continue;
    for (const match of line.text.matchAll(YEARS)) {
      const after = line.text.slice(match.index + match[0].length);
      const before = line.text.slice(0, match.index);
      if (!OF_EXPERIENCE.test(after) || NOT_EXPERIENCE_BEFORE.test(before)) continue;
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
      const clause = /^[^,;.(]*/.exec(after)?.[0] ?? '';
      const nested = NESTED.test(before.slice(sentenceStart)) && HAS_YEARS.test(before.slice(sentenceStart));
      const min = numberOf(match[1]!);
      const max = match[2] === undefined ? null : numberOf(match[2]);
      mentions.push({ min, max, line: line.text.trim(), context: posting.contextAt(line.start + match.index), general: !nested && !isTool(clause), at: line.start + match.index });
    }
  }
  // A general figure wins over a skill's; then the strongest context; among a skill's, the largest.
  const best = mentions.sort(
    (a, b) => Number(b.general) - Number(a.general) || CONTEXT_RANK[a.context] - CONTEXT_RANK[b.context] || (a.general ? a.at - b.at : b.min - a.min),
  )[0];
  return best === undefined ? null : { min: best.min, max: best.max, line: best.line };
}

// ─── Education ───

const EQUIVALENT = /\b(?:or|and\/or)\s+(?:an?\s+|the\s+)?(?:equivalent|comparable)\b|\bequivalent\s+(?:practical\s+|professional\s+|work\s+|industry\s+|relevant\s+)?experience\b|\bin lieu of\b|\bor (?:relevant|related) (?:work |professional )?experience\b/i;
const FIELD = /^(?:\s*(?:\/|or|and|,)\s*\S+)*?(?:\s+degree)?(?:\s+or higher)?\s+(?:in|of)\s+([^;.(]+)/i;
/** Where a field's name stops: at the experience that may replace the degree, at "required", at another alternative ("…, or CompTIA Network+"). */
const FIELD_ENDS =
  /,?\s+(?:or|and\/or)\s+(?:an?\s+|the\s+)?(?:equivalent|comparable|relevant)\b.*$|,?\s+(?:is\s+)?(?:required|preferred|a plus|desired|strongly)\b.*$|,\s+or\s+(?!(?:an?\s+|any\s+)?(?:related|similar|other|another)\b).*$/i;
const CLAUSE = /[^;]+/g;

function readEducation(lines: readonly PostingLine[], posting: PostingReader): PostingFacts['education'] {
  const asking = lines.filter((line) => !line.isHeading && !NOT_ASKED.has(line.part));
  // Without requirement headings, a degree counts where the posting words it as one asked for.
  const listed = asking.some((line) => line.part === 'requirements' || line.part === 'preferred');
  let best: NonNullable<PostingFacts['education']> | null = null;
  for (const line of asking) {
    if (listed && line.part === 'role') continue;
    for (const clause of line.text.matchAll(CLAUSE)) {
      const degrees = findDegrees(clause[0], 'beside-a-degree');
      if (degrees.length === 0) continue;
      if (!listed && !/\bdegree\b|\b(?:in|of)\s+[A-Za-z]/i.test(clause[0])) continue;
      const lowest = degrees.reduce((low, degree) => (degreeRank(degree.level) < degreeRank(low.level) ? degree : low));
      const last = degrees.at(-1)!;
      const field = FIELD.exec(clause[0].slice(last.end))?.[1]?.replace(FIELD_ENDS, '').replace(/^(?:an?|the)\s+/i, '').trim() || null;
      const fact = {
        level: lowest.level,
        field,
        equivalentExperience: EQUIVALENT.test(line.text),
        preferred: posting.contextAt(line.start + clause.index + lowest.start) === 'preferred',
        line: line.text.trim(),
      };
      // A degree asked for outright wins over a preferred one; between two alike, the lower bar is the posting's.
      if (best === null || (best.preferred && !fact.preferred) || (best.preferred === fact.preferred && degreeRank(fact.level) < degreeRank(best.level))) best = fact;
    }
  }
  return best;
}

/** The job title, years of experience and degree a posting asks for, each with the line it was read from. */
export function readPostingFacts(jobDescription: string, taxonomy: Taxonomy): PostingFacts {
  const lines = readPosting(jobDescription);
  const posting = postingReader(lines);
  const matchers = termMatchers(taxonomy);
  // "of Go", "with React and TypeScript": a named tool makes a years figure that skill's, not the career's.
  const isTool = (text: string) => findTerms(matchers.allSkills(), text).some((match) => taxonomy[match.term]?.kind === 'tool');
  return { title: readTitle(lines), years: readYears(lines, posting, isTool), education: readEducation(lines, posting) };
}
