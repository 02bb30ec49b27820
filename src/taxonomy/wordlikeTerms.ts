import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import type { Skill } from '../schemas/skill.ts';
import type { Taxonomy } from './taxonomy.ts';

let englishWords: ReadonlySet<string> | undefined;

/**
 * The taxonomy with each skill's wordlike terms: names and aliases made only of English words ("canary",
 * "load balancing", "Docker", "Spark"). Ordinary text writes those in their everyday sense, so a mention of
 * one counts only where its line talks technology (src/scorer/skillSense.ts). Found in a dictionary rather
 * than listed by hand, so that a skill added tomorrow is judged the same way as the ones here today; names
 * of people and places that no dictionary holds ("Kafka", "Java") say so in the skill's `ambiguity`.
 * Reads the word list from disk: build time and the CLI only; the browser gets the result.
 */
export function withWordlikeTerms(skills: Readonly<Record<string, Skill>>): Taxonomy {
  englishWords ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const words = englishWords;
  const wordlike = (term: string) =>
    term
      .toLowerCase()
      .split(/[\s-]+/)
      .every((word) => words.has(word));
  return Object.fromEntries(
    Object.entries(skills).map(([name, skill]) => [name, { ...skill, wordlike: [name, ...skill.aliases].filter(wordlike).map((term) => term.toLowerCase()) }]),
  );
}
