import { eng as englishStopwords } from 'stopword';
import { stripCitations } from '../../src/library/citations.ts';
import type { Guide } from '../../src/schemas/guide.ts';

/** A `##` section of a guide's body, its paragraphs as written (citations included). */
export interface BodySection {
  heading: string;
  paragraphs: string[];
}

/** A piece of prose a reader sees, and the field that holds it. */
export interface ProseUnit {
  field: string;
  text: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---/;

/** Markdown as read: link text without its URL, no emphasis marks, no headings. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function bodySections(source: string): BodySection[] {
  const body = source.replace(FRONTMATTER, '');
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [heading = '', ...rest] = chunk.split('\n');
      const paragraphs = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map(plainMarkdown)
        .filter((paragraph) => paragraph.length > 0);
      return { heading: heading.trim(), paragraphs };
    });
}

/** Every sentence-bearing field of a guide: its body paragraphs and the prose in its frontmatter. */
export function proseUnits(guide: Guide, sections: BodySection[]): ProseUnit[] {
  return [
    { field: 'description', text: guide.description },
    ...sections.flatMap((section) => section.paragraphs.map((text) => ({ field: `body: ${section.heading}`, text }))),
    ...guide.keywords.map((keyword, index) => ({ field: `keywords.${index}.advice`, text: keyword.advice })),
    ...guide.mistakes.flatMap((mistake, index) => [
      { field: `mistakes.${index}.title`, text: mistake.title },
      { field: `mistakes.${index}.detail`, text: mistake.detail },
    ]),
    ...guide.faq.map((item, index) => ({ field: `faq.${index}.answer`, text: item.answer })),
  ];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentences(text: string): string[] {
  return [...segmenter.segment(stripCitations(text))].map((segment) => segment.segment.trim()).filter((sentence) => /\p{L}/u.test(sentence));
}

const STOPWORDS = new Set(englishStopwords);

/**
 * The words of a text as the overlap rules compare them: lower case, the company's and role's names (which
 * every guide for them repeats by necessity) and numbers as placeholders, citations dropped.
 */
export function comparableWords(text: string, names: readonly string[]): string[] {
  let plain = stripCitations(text).toLowerCase();
  for (const name of [...names].sort((a, b) => b.length - a.length)) plain = plain.split(name.toLowerCase()).join(' ‹name› ');
  return (plain.match(/[\p{L}\p{N}‹›'’+#.-]+/gu) ?? [])
    .map((word) => word.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter((word) => word.length > 0)
    .map((word) => (/^\d[\d.,]*$/.test(word) ? '‹n›' : word));
}

export const isContentWord = (word: string) => !STOPWORDS.has(word) && word !== '‹name›' && word !== '‹n›';

/** The word n-grams of a text, as strings. */
export function shingles(words: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}
