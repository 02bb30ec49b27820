import { lineIndexAt } from './lineIndexAt.ts';
import { STUFFING } from './scoringRules.ts';
import type { TermMatch } from './termMatcher.ts';
import type { ResumeLine, SectionName } from './types.ts';

/*
 * Stuffing is read from where a skill's mentions stand, one skill at a time: never from a keyword's mentions
 * summed over the several terms that satisfy it. Honest heavy use spreads one mention over each of many lines
 * about different work (a core language in most bullets of a long career). Stuffing packs mentions together:
 * the same skill again and again in one line, twice in every line that names it, a share of the resume's words
 * no real resume reaches, or a keyword list repeated outside the experience (a skills list pasted a second
 * time, in white text or not).
 */

/** How one skill's mentions read as stuffing. */
export type StuffingSign = 'crowded-line' | 'share' | 'doubled' | 'listed';

export interface StuffedSkill {
  kind: 'skill';
  term: string;
  sign: StuffingSign;
  mentions: number;
  /** Distinct lines the mentions stand in. */
  lines: number;
  /** Of those, the lines that name it twice or more. */
  doubled: number;
  /** The most mentions in one line, and that line. */
  most: { count: number; line: ResumeLine };
  /** Words of the resume. */
  words: number;
  /** Keyword-only lines outside the experience that name it, the headline and summary counting as one. */
  listings: number;
}

/** A keyword-only line outside the experience that repeats skills an earlier one already lists. */
export interface RepeatedList {
  kind: 'repeated-list';
  line: ResumeLine;
  /** The skills it lists again, in its own order. */
  repeated: string[];
}

export type Stuffing = StuffedSkill | RepeatedList;

export interface StuffingReader {
  /** What reads as stuffing among these skills (a keyword list's matched terms): each once, repeated blocks first. */
  among(terms: readonly string[]): Stuffing[];
}

export interface StuffingInput {
  text: string;
  lines: readonly ResumeLine[];
  words: number;
  /** Lines that show work (experience bullets): a tools line under a job is part of that job, not a list. */
  demonstrating: readonly ResumeLine[];
  mentionsOf(terms: readonly string[]): TermMatch[];
  /** Every skill the resume names, for telling a keyword-only line from a sentence. */
  allSkills: readonly string[];
}

/** A word of a line: letters or digits, with the dots, pluses and hyphens inside a name (Node.js, C++, e-commerce). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.\-/][\p{L}\p{N}+#]+)*/gu;
/** Words that join list items rather than say anything ("Python and Go", "AWS & GCP"). */
const JOINERS = new Set(['and', 'or', '&']);
/** A label before a list ("Languages:", "Keywords:"). */
const LABEL = /^[^:]{1,30}:\s*/;
/** Where a resume states who the candidate is: a restated skills list there is convention, not padding. */
const HEADLINE_SECTIONS: ReadonlySet<SectionName> = new Set(['Contact', 'Summary']);


const countWords = (text: string) => (text.match(WORD) ?? []).filter((word) => !JOINERS.has(word.toLowerCase())).length;

/** A version after a name ("Java 17", "Python 3.12"): "from Java 8 to Java 17" names one skill's upgrade, once. */
const VERSION_AFTER = /^\s+v?\d+(?:\.\d+)*\b/;

export function stuffingReader(input: StuffingInput): StuffingReader {
  const { lines } = input;
  const lineAt = lineIndexAt(lines);
  /** Whether a line stands under the headline or summary (by its heading: a "Core skills:" line there is still the summary). */
  const underHeadline = (index: number): boolean => {
    for (let at = index; at >= 0; at--) if (lines[at]!.isHeading) return HEADLINE_SECTIONS.has(lines[at]!.section);
    return true;
  };

  let everySkill: TermMatch[] | undefined;
  const skillMentions = () => (everySkill ??= input.mentionsOf(input.allSkills));
  const known = new Set(input.allSkills);
  /** A skill's mentions where no longer skill covers them ("Ruby" inside "Ruby on Rails" is Rails); a phrase's own. */
  const mentionsOf = (term: string) => (known.has(term) ? skillMentions().filter((mention) => mention.term === term) : input.mentionsOf([term]));

  let lists: { index: number; skills: string[]; headline: boolean }[] | undefined;
  /** Keyword-only lines outside the experience, in order, with the skills each names. */
  const listLines = () => {
    if (lists) return lists;
    const working = new Set(input.demonstrating);
    const byLine = new Map<number, TermMatch[]>();
    for (const mention of skillMentions()) {
      const index = lineAt(mention.start);
      if (index < 0 || working.has(lines[index]!)) continue;
      const found = byLine.get(index);
      if (found) found.push(mention);
      else byLine.set(index, [mention]);
    }
    lists = [];
    for (const [index, mentions] of [...byLine].sort(([a], [b]) => a - b)) {
      const line = lines[index]!;
      const label = LABEL.exec(line.text)?.[0].length ?? 0;
      const words = countWords(line.text.slice(label));
      const skillWords = mentions.reduce((sum, mention) => sum + countWords(line.text.slice(Math.max(label, mention.start - line.start), mention.end - line.start)), 0);
      if (words > 0 && skillWords / words >= STUFFING.listWordShare) {
        lists.push({ index, skills: [...new Set(mentions.map((mention) => mention.term))], headline: underHeadline(index) });
      }
    }
    return lists;
  };

  let repeatedLists: RepeatedList[] | undefined;
  /**
   * List lines that repeat an earlier list; a headline or summary may restate the skills list once. A line is
   * compared with the lists before it that are not repeats themselves, found through the skills they share, so a
   * thousand copies of one line cost a thousand comparisons, not a million.
   */
  const repeats = () => {
    if (repeatedLists) return repeatedLists;
    const found: RepeatedList[] = [];
    const originals = new Map<string, number[]>();
    listLines().forEach(({ index, skills, headline }, at) => {
      const shared = new Map<number, number>();
      for (const skill of skills) for (const earlier of originals.get(`${headline}\u0000${skill}`) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      const most = Math.max(0, ...shared.values());
      if (most >= STUFFING.repeatedListSkills && most * 2 >= skills.length) {
        const [earlier] = [...shared].find(([, count]) => count === most)!;
        const listed = new Set(listLines()[earlier]!.skills);
        found.push({ kind: 'repeated-list', line: lines[index]!, repeated: skills.filter((skill) => listed.has(skill)) });
        return;
      }
      for (const skill of skills) {
        const key = `${headline}\u0000${skill}`;
        const known = originals.get(key);
        if (known) known.push(at);
        else originals.set(key, [at]);
      }
    });
    repeatedLists = found;
    return found;
  };

  const judged = new Map<string, StuffedSkill | null>();
  const judge = (term: string): StuffedSkill | null => {
    if (judged.has(term)) return judged.get(term)!;
    const mentions = mentionsOf(term);
    // Per line, per way of writing it: three different names of one concept in a line ("incident commander",
    // "on-call", "postmortems") describe it; one name three times packs it.
    const perLine = new Map<number, Map<string, { plain: number; versioned: boolean }>>();
    for (const mention of mentions) {
      const index = lineAt(mention.start);
      if (index < 0) continue;
      const forms = perLine.get(index) ?? new Map<string, { plain: number; versioned: boolean }>();
      const form = input.text.slice(mention.start, mention.end).toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
      const count = forms.get(form) ?? { plain: 0, versioned: false };
      if (VERSION_AFTER.test(input.text.slice(mention.end, mention.end + 12))) count.versioned = true;
      else count.plain += 1;
      forms.set(form, count);
      perLine.set(index, forms);
    }
    let most: StuffedSkill['most'] | undefined;
    let crowded = false;
    let twice = 0;
    for (const [index, forms] of perLine) {
      const count = Math.max(...[...forms.values()].map(({ plain, versioned }) => plain + (versioned ? 1 : 0)));
      if (count >= 2) twice += 1;
      if (!most || count > most.count) most = { count, line: lines[index]! };
      if (count >= STUFFING.lineRepeats && countWords(lines[index]!.text) < count * STUFFING.wordsPerRepeat) crowded = true;
    }
    const total = mentions.length;
    const naming = listLines().filter((list) => list.skills.includes(term));
    const listings = naming.filter((list) => !list.headline).length + (naming.some((list) => list.headline) ? 1 : 0);
    const enough = total >= STUFFING.minMentions;
    const sign: StuffingSign | null = crowded
      ? 'crowded-line'
      : listings >= STUFFING.listings
        ? 'listed'
        : enough && twice * 2 >= perLine.size
          ? 'doubled'
          : enough && total > STUFFING.share * input.words
            ? 'share'
            : null;
    const found = sign === null || !most ? null : { kind: 'skill' as const, term, sign, mentions: total, lines: perLine.size, doubled: twice, most, words: input.words, listings };
    judged.set(term, found);
    return found;
  };

  return {
    among(terms) {
      const asked = [...new Set(terms)];
      const blocks = repeats().filter((block) => block.repeated.some((skill) => asked.includes(skill)));
      const inBlocks = new Set(blocks.flatMap((block) => block.repeated));
      const skills = asked.filter((term) => !inBlocks.has(term)).map(judge).filter((found) => found !== null);
      return [...blocks, ...skills];
    },
  };
}
