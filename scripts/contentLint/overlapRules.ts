import type { ContentProblem } from './contentProblem.ts';
import { comparableWords, isContentWord, sentences, shingles, type ProseUnit } from './guideText.ts';
import { jaccard, MIN_COMPARED_WORDS, SAME_SENTENCE_OVERLAP } from './substanceRules.ts';

/** Word n-grams compared between guides. */
export const SHINGLE_WORDS = 5;
/** Most of a guide's word 5-grams that may also be found in other guides. */
export const MAX_SHARED_SHINGLES = 0.06;
/**
 * Template frames: a long phrase found in a few guides, or a short one made only of content words found in
 * a large share of them ("candidates commonly report", "reviewers cannot tell"), is a sentence pattern, not a
 * fact. The short kind scales with the library, since a bigger library repeats domain terms ("requests per
 * second") more often by chance: at least `share` of the guides, and never fewer than `guides`.
 */
export const FRAME_RULES = [
  { words: 6, guides: 3, share: 0, contentWords: 2 },
  { words: 3, guides: 5, share: 0.3, contentWords: 3 },
] as const;
/** Mistake titles: a pair of content words in this many guides' titles is a templated mistake. */
export const TITLE_FRAME_GUIDES = 4;

export interface GuideProse {
  id: string;
  file: string;
  units: ProseUnit[];
  /** Names every guide for its company and role must repeat (they become placeholders). */
  names: readonly string[];
}

export interface OverlapFigure {
  id: string;
  /** Share of the guide's word 5-grams found in another guide. */
  shared: number;
}

const gramsOf = (guide: GuideProse, n: number, fields: (field: string) => boolean = () => true) =>
  new Set(guide.units.filter((unit) => fields(unit.field)).flatMap((unit) => shingles(comparableWords(unit.text, guide.names), n)));

/** By n-gram, the guides that use it. */
function guidesByGram(grams: Map<string, Set<string>>): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const [id, set] of grams) for (const gram of set) users.set(gram, [...(users.get(gram) ?? []), id]);
  return users;
}

/** Each guide's share of word 5-grams that another guide also has: the library's overlap figure. */
export function overlapFigures(guides: GuideProse[]): OverlapFigure[] {
  const grams = new Map(guides.map((guide) => [guide.id, gramsOf(guide, SHINGLE_WORDS)]));
  const users = guidesByGram(grams);
  return guides.map((guide) => {
    const own = grams.get(guide.id)!;
    const shared = [...own].filter((gram) => users.get(gram)!.length > 1).length;
    return { id: guide.id, shared: shared / (own.size || 1) };
  });
}

/**
 * A sentence another guide already says, in the same words or nearly (the rule a guide applies to its own
 * sentences): reported on the later guide, naming the earlier.
 */
function copiedSentenceProblems(guides: GuideProse[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byGram = new Map<string, { id: string; field: string; sentence: string; grams: Set<string> }[]>();
  for (const guide of guides) {
    const own: typeof problems = [];
    const entries: { id: string; field: string; sentence: string; grams: Set<string> }[] = [];
    for (const unit of guide.units) {
      for (const sentence of sentences(unit.text)) {
        const words = comparableWords(sentence, guide.names);
        if (words.length < MIN_COMPARED_WORDS) continue;
        const grams = new Set(shingles(words, 4));
        const candidates = new Set([...grams].flatMap((gram) => byGram.get(gram) ?? []));
        const twin = [...candidates].find((other) => jaccard(grams, other.grams) >= SAME_SENTENCE_OVERLAP);
        if (twin) own.push({ file: guide.file, field: unit.field, message: `"${sentence.slice(0, 80)}" is a sentence of ${twin.id} (${twin.field}): say it in this guide's own words` });
        entries.push({ id: guide.id, field: unit.field, sentence, grams });
      }
    }
    for (const entry of entries) for (const gram of entry.grams) byGram.set(gram, [...(byGram.get(gram) ?? []), entry]);
    problems.push(...own);
  }
  return problems;
}

export function overlapProblems(guides: GuideProse[]): ContentProblem[] {
  const problems: ContentProblem[] = [...copiedSentenceProblems(guides)];
  for (const figure of overlapFigures(guides)) {
    if (figure.shared > MAX_SHARED_SHINGLES) {
      const guide = guides.find((candidate) => candidate.id === figure.id)!;
      problems.push({ file: guide.file, field: 'prose', message: `${(figure.shared * 100).toFixed(1)}% of its 5-word phrases are in other guides (at most ${MAX_SHARED_SHINGLES * 100}%): write it in its own words` });
    }
  }
  const frames = FRAME_RULES.map((rule) => ({ rule, users: guidesByGram(new Map(guides.map((guide) => [guide.id, gramsOf(guide, rule.words)]))) }));
  const titleFrames = guidesByGram(
    new Map(
      guides.map((guide) => [
        guide.id,
        new Set(guide.units.filter((unit) => /^mistakes\.\d+\.title$/.test(unit.field)).flatMap((unit) => shingles(comparableWords(unit.text, guide.names).filter(isContentWord), 2))),
      ]),
    ),
  );
  for (const guide of guides) {
    const byFile = (ids: string[]) => ids.filter((id) => id !== guide.id).join(', ');
    for (const { rule, users: byGram } of frames) {
      for (const gram of gramsOf(guide, rule.words)) {
        const users = byGram.get(gram)!;
        if (users.length >= Math.max(rule.guides, Math.ceil(rule.share * guides.length)) && new Set(gram.split(' ').filter(isContentWord)).size >= rule.contentWords) {
          problems.push({ file: guide.file, field: 'prose', message: `"${gram}" is a template frame: ${users.length} guides use it (${byFile(users)})` });
        }
      }
    }
    for (const unit of guide.units.filter((candidate) => /^mistakes\.\d+\.title$/.test(candidate.field))) {
      for (const gram of shingles(comparableWords(unit.text, guide.names).filter(isContentWord), 2)) {
        const users = titleFrames.get(gram)!;
        if (users.length >= TITLE_FRAME_GUIDES) {
          problems.push({ file: guide.file, field: unit.field, message: `"…${gram}…" is in the mistake titles of ${users.length} guides: name the mistake this company's reviewers see` });
        }
      }
    }
  }
  return problems;
}
