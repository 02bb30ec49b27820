import { documentWarnings } from './documentWarnings.ts';
import { findCopiedLines } from './findCopiedLines.ts';
import { stuffingReader, type StuffingReader } from './findStuffing.ts';
import { measureBullets, type BulletMeasures } from './measureBullets.ts';
import { readResume } from './readResume.ts';
import { scoreClarity } from './scoreClarity.ts';
import { scoreImpact, type RuleScore } from './scoreImpact.ts';
import { scoreStructure } from './scoreStructure.ts';
import { skillSense } from './skillSense.ts';
import { mayOccur, removeOverlaps, termMatchers, textTokens, type TermMatchers } from './termMatchers.ts';
import type { TermMatch } from './termMatcher.ts';
import type { AnalysisInput, DocumentWarning, ResumeLine, ResumeStructure } from './types.ts';

/**
 * Everything about a resume that does not depend on the keyword list: read once, then scored against
 * one guide's keywords (`scoreResume`) or against every guide's (`rankGuides`).
 */
export interface ResumeAnalysis {
  text: string;
  structure: ResumeStructure;
  matchers: TermMatchers;
  /** Lines that demonstrate a skill: experience bullets, less any copied from the job description. */
  demonstrating: ResumeLine[];
  copied: ResumeLine[];
  measures: BulletMeasures;
  impact: RuleScore;
  clarity: RuleScore;
  structureScore: RuleScore;
  warnings: DocumentWarning[];
  /** Where any of these terms stand, overlaps removed; each term is looked for once per resume. */
  mentionsOf(terms: readonly string[]): TermMatch[];
  /** Which of a keyword list's skills read as stuffed: each skill is judged once per resume. */
  stuffing: StuffingReader;
}

export function analyzeResume(input: AnalysisInput): ResumeAnalysis {
  const { text } = input;
  const structure = readResume(text, {
    pages: input.pages ?? null,
    region: input.region ?? 'US',
    lines: input.lines ?? [],
    marginLines: input.layout?.headerFooterText ?? [],
    linkUrls: input.layout?.links.map((link) => link.url) ?? [],
  });
  const matchers = termMatchers(input.taxonomy);
  const sense = skillSense(text, structure, input.taxonomy, matchers);
  const mentionsFound = new Map<string, TermMatch[]>();
  const copied = findCopiedLines(structure.lines, input.jobDescription);
  const demonstrating = structure.contextLines.filter((line) => !copied.includes(line));
  const measures = measureBullets(text, { ...structure, contextLines: demonstrating });
  const found = new Map<string, TermMatch[]>();
  // A concept's keyword asks for every tool under it; most are not on the page, and a token lookup says so
  // without running their patterns over the whole resume.
  let tokens: ReadonlySet<string> | undefined;
  const matchesOf = (term: string) => {
    let matches = found.get(term);
    if (!matches) {
      const matcher = matchers.get(term);
      tokens ??= textTokens(text);
      matches = mayOccur(matcher, tokens) ? matcher.find(text) : [];
      found.set(term, matches);
    }
    return matches;
  };
  const mentionsOf = (terms: readonly string[]) => {
    // Ranking asks for the same few term lists across a thousand guides.
    const key = terms.join('\u0000');
    let mentions = mentionsFound.get(key);
    if (!mentions) {
      mentions = sense.meaningful(removeOverlaps(terms.flatMap(matchesOf)));
      mentionsFound.set(key, mentions);
    }
    return mentions;
  };
  return {
    text,
    structure,
    matchers,
    demonstrating,
    copied,
    measures,
    impact: scoreImpact(measures),
    clarity: scoreClarity(measures),
    structureScore: scoreStructure(structure, input.layout),
    warnings: documentWarnings(input.layout, { text, structure, maxPages: input.maxPages }),
    mentionsOf,
    stuffing: stuffingReader({ text, lines: structure.lines, words: structure.words, demonstrating, mentionsOf, allSkills: Object.keys(input.taxonomy) }),
  };
}
