import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/scorer/analyzeResume.ts';
import { ORDINARY_SENTENCES } from '../fixtures/skillSenses/ordinarySentences.ts';
import { KNOWN_MISREADS } from '../fixtures/skillSenses/knownMisreads.ts';
import { TECHNICAL_SENTENCES } from '../fixtures/skillSenses/technicalSentences.ts';
import { taxonomy } from './taxonomyFixture.ts';

const SKILLS = Object.keys(taxonomy);

/** The canonical skills the real engine finds in a one-bullet resume holding the sentence, sorted. */
function skillsIn(sentence: string): string[] {
  const analysis = analyzeResume({ text: `Experience\n• ${sentence}`, taxonomy });
  return [...new Set(analysis.mentionsOf(SKILLS).map((mention) => mention.term))].sort();
}

describe('the fixtures', () => {
  it('expect only skills the taxonomy defines', () => {
    const unknown = TECHNICAL_SENTENCES.flatMap(({ skills }) => skills.filter((skill) => !Object.hasOwn(taxonomy, skill)));
    expect(unknown).toEqual([]);
  });

  it('hold each sentence once', () => {
    const texts = [...ORDINARY_SENTENCES, ...TECHNICAL_SENTENCES.map(({ text }) => text)];
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});

const readRight = (sentence: string) => !KNOWN_MISREADS.has(sentence);
const ordinary = (sentence: string) => expect(skillsIn(sentence)).toEqual([]);
const technical = ({ text, skills }: { text: string; skills: readonly string[] }) => expect(skillsIn(text)).toEqual([...skills].sort());

describe('a word used in its ordinary sense is not a skill', () => {
  it.each(ORDINARY_SENTENCES.filter(readRight))('%s', ordinary);
  it.fails.each(ORDINARY_SENTENCES.filter((sentence) => !readRight(sentence)))('still misread: %s', ordinary);
});

describe('a technical sentence names exactly its skills', () => {
  it.each(TECHNICAL_SENTENCES.filter(({ text }) => readRight(text)))('$text', technical);
  it.fails.each(TECHNICAL_SENTENCES.filter(({ text }) => !readRight(text)))('still misread: $text', technical);
});
