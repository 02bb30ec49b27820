import type { Guide } from '../../src/schemas/guide.ts';
import { countWords } from '../../src/text/countWords.ts';
import type { ContentProblem } from './contentProblem.ts';
import { comparableWords, isContentWord, sentences, shingles, type BodySection, type ProseUnit } from './guideText.ts';

export const REQUIRED_SECTIONS = ['Resume strategy', 'About the role', 'What hiring managers look for', 'The interview'] as const;
export const MIN_BODY_WORDS = 350;
/** A section that says fewer different things than this is a frame, not a section. */
export const MIN_SECTION_SENTENCES = 4;
/** Two sentences sharing this share of their word 4-grams say the same thing twice. */
export const SAME_SENTENCE_OVERLAP = 0.5;
/** Sentences shorter than this are compared only when identical ("Be specific." may recur). */
export const MIN_COMPARED_WORDS = 8;
/** An FAQ answer whose content words come this much from one section tells that section again. */
export const FAQ_RETELLING = 0.6;

export const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

function sectionProblems(file: string, sections: BodySection[], names: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const headings = sections.map((section) => section.heading);
  if (headings.join('|') !== REQUIRED_SECTIONS.join('|')) {
    const missing = REQUIRED_SECTIONS.filter((section) => !headings.includes(section));
    problems.push({
      file,
      field: 'body',
      message: missing.length > 0
        ? `no "## ${missing[0]}" section (a guide has, in order: ${REQUIRED_SECTIONS.join(', ')})`
        : `sections are ${headings.join(', ')}; a guide has exactly, in order: ${REQUIRED_SECTIONS.join(', ')} (the interview rounds print under the last)`,
    });
  }
  for (const section of sections) {
    const distinct = new Set(section.paragraphs.flatMap(sentences).map((sentence) => comparableWords(sentence, names).join(' ')));
    if (distinct.size < MIN_SECTION_SENTENCES) {
      problems.push({ file, field: `body: ${section.heading}`, message: `${distinct.size} distinct sentences; a section says at least ${MIN_SECTION_SENTENCES} different things` });
    }
  }
  const words = countWords(sections.flatMap((section) => section.paragraphs).join(' '));
  if (words < MIN_BODY_WORDS) problems.push({ file, field: 'body', message: `${words} words of prose; write at least ${MIN_BODY_WORDS} of your own` });
  return problems;
}

/** Sentences a guide says twice, in the same words or nearly, anywhere in its prose. */
function repeatedSentenceProblems(file: string, units: ProseUnit[], names: readonly string[]): ContentProblem[] {
  const seen: { field: string; sentence: string; words: string[]; grams: Set<string> }[] = [];
  const problems: ContentProblem[] = [];
  for (const unit of units) {
    for (const sentence of sentences(unit.text)) {
      const words = comparableWords(sentence, names);
      const grams = new Set(shingles(words, 4));
      const twin = seen.find(
        (other) => other.words.join(' ') === words.join(' ') || (words.length >= MIN_COMPARED_WORDS && other.words.length >= MIN_COMPARED_WORDS && jaccard(grams, other.grams) >= SAME_SENTENCE_OVERLAP),
      );
      if (twin) problems.push({ file, field: unit.field, message: `"${sentence.slice(0, 80)}" repeats ${twin.field}: "${twin.sentence.slice(0, 60)}…"` });
      else seen.push({ field: unit.field, sentence, words, grams });
    }
  }
  return problems;
}

/** FAQ answers that tell what a section already tells: one telling of each thing. */
function retellingProblems(file: string, guide: Guide, sections: BodySection[], names: readonly string[]): ContentProblem[] {
  const contentWords = (text: string) => new Set(comparableWords(text, names).filter(isContentWord));
  const sectionWords = sections.map((section) => ({ heading: section.heading, words: contentWords(section.paragraphs.join(' ')) }));
  return guide.faq.flatMap((item, index) => {
    const answer = contentWords(item.answer);
    for (const section of sectionWords) {
      const told = [...answer].filter((word) => section.words.has(word)).length / (answer.size || 1);
      if (told >= FAQ_RETELLING) {
        return [{ file, field: `faq.${index}.answer`, message: `${Math.round(told * 100)}% of its words come from "## ${section.heading}": answer a question the sections do not, or say it there once` }];
      }
    }
    return [];
  });
}

export function substanceProblems(file: string, guide: Guide, sections: BodySection[], units: ProseUnit[], names: readonly string[]): ContentProblem[] {
  return [...sectionProblems(file, sections, names), ...repeatedSentenceProblems(file, units, names), ...retellingProblems(file, guide, sections, names)];
}
