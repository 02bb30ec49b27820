import type { DocumentProducer, HiddenText, HiddenTextKind, LayoutFacts } from '../document/types.ts';
import { countWords } from '../text/countWords.ts';
import { MAX_PAGES } from './scoringRules.ts';
import type { DocumentWarning, ResumeStructure } from './types.ts';

/** What the warnings read besides the layout: the text, the engine's reading of it, and the guide's page limit. */
export interface WarningFacts {
  text: string;
  structure: ResumeStructure;
  /** Most pages the guide accepts; MAX_PAGES when it names none. */
  maxPages?: number | undefined;
}

const HIDDEN_TEXT_NAMES: Record<HiddenTextKind, (chars: number) => string> = {
  'invisible-characters': (chars) => `${chars} invisible character${chars === 1 ? '' : 's'} (zero-width spaces or text-direction controls)`,
  'hidden-formatting': (chars) => `${chars} characters formatted as hidden`,
  'white-text': (chars) => `${chars} characters of white text on a white page`,
  'tiny-text': (chars) => `${chars} characters in a size too small to read`,
};

function describeHiddenText(hidden: HiddenText): string {
  const sample = hidden.sample.trim();
  return `${HIDDEN_TEXT_NAMES[hidden.kind](hidden.chars)}${sample === '' ? '' : ` ("${sample}")`}`;
}

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const PHONE = /\+?\d[\d ().-]{7,}\d/g;
/** The fewest digits that make a phone number: a shorter run is a date or a count. */
const PHONE_DIGITS = 7;

const digitsOf = (phone: string) => phone.replace(/\D/g, '');

/** One phone number written two ways ("+1 415 555 0100", "(415) 555-0100"): one ends with the other's digits. */
function samePhone(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PHONE_DIGITS && long.endsWith(short);
}

/**
 * Email addresses and phone numbers printed in a page header or footer and nowhere in the body: an ATS that
 * drops headers and footers loses them. One also in the body is still read, so it is not reported.
 */
export function contactOnlyInMargins(headerFooterText: readonly string[], bodyText: string): string[] {
  const body = bodyText.toLowerCase();
  const bodyPhones = (body.match(PHONE) ?? []).map(digitsOf);
  const missing = new Set<string>();
  for (const line of headerFooterText) {
    for (const email of line.match(EMAIL) ?? []) if (!body.includes(email.toLowerCase())) missing.add(email);
    for (const phone of line.match(PHONE) ?? []) {
      const digits = digitsOf(phone);
      if (digits.length >= PHONE_DIGITS && !bodyPhones.some((other) => samePhone(digits, other))) missing.add(phone.trim());
    }
  }
  return [...missing];
}

const PLAIN_GLYPHS = 'Replace icons and symbol fonts with plain words ("Email:", "Phone:") and export with standard fonts.';

/** Fixes for characters a PDF maps to no text, by the editor that made it: LaTeX can write the missing map. */
export const GLYPH_FIX: Record<DocumentProducer | 'unknown', string> = {
  tex: 'Add \\input{glyphtounicode} and \\pdfgentounicode=1 to the preamble (pdfLaTeX), replace icon fonts such as fontawesome with words, and compile again.',
  word: 'Replace icons and symbol fonts with plain words ("Email:", "Phone:"), use a standard font such as Calibri or Arial, and save as PDF again.',
  libreoffice: 'Replace icons and symbol fonts with plain words ("Email:", "Phone:"), use a standard font, and export as PDF again.',
  'google-docs': 'Replace icons and special characters with plain words ("Email:", "Phone:") and download the PDF again.',
  chromium: 'Replace icon fonts in the page with plain words ("Email:", "Phone:") and print to PDF again.',
  other: PLAIN_GLYPHS,
  unknown: PLAIN_GLYPHS,
};

/** Which fix to give: 'unknown' when the file does not name its editor. */
export const producerKey = (layout: LayoutFacts): DocumentProducer | 'unknown' => layout.producer ?? 'unknown';

function pageWarning({ pages, pagesEstimated, words }: ResumeStructure, maxPages: number): DocumentWarning[] {
  // An estimate from the word count is rough by a page either way, so it warns only when it is far over.
  if (pages <= (pagesEstimated ? maxPages + 1 : maxPages)) return [];
  const length = pagesEstimated ? `about ${pages} pages (estimated from ${words} words)` : `${pages} pages`;
  return [
    {
      id: 'too-many-pages',
      message: `This resume runs ${length}; recruiters expect at most ${maxPages} page${maxPages === 1 ? '' : 's'}. Cut it to ${maxPages}: drop old roles, merge bullets that say the same thing, and keep the results.`,
    },
  ];
}

/*
 * Not a resume: a small score on text features for each thing a resume gets confused with, fired only when
 * the text shows next to nothing of a resume (dated roles, standard sections, bullets), so that a resume with
 * a first-person summary or a "Requirements" bullet is never taken for a letter or a posting.
 */

const SALUTATION = /^(?:dear\b|to whom it may concern\b|(?:hello|hi)\b.{0,40},$)/im;
const CLOSING = /^(?:(?:yours )?sincerely|yours (?:faithfully|truly)|(?:(?:kind|best|warm|warmest) )?regards|respectfully|with gratitude|thank you for your (?:time|consideration)\b.{0,40})[,.!]?$/im;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|me)\b/g;
const SECOND_PERSON = /\b(?:you|your|yours)\b/gi;
const POSTING_HEADING =
  /^(?:(?:key |your |main )?responsibilities|(?:job )?requirements|(?:minimum |basic |preferred |required )?qualifications|what you(?:'|’)ll (?:do|need|bring|work on)|what we(?:'|’)re looking for|who you are|about (?:the|this) (?:role|job|position|team)|about us|nice to have|(?:our )?benefits|perks|what we offer|why join us|how to apply)\b.{0,20}$/gim;
const POSTING_PHRASES = [
  /\byou will\b|\byou(?:'|’)ll\b/i,
  /\bwe(?: are|(?:'|’)re) (?:looking for|hiring|seeking)\b/i,
  /\bequal (?:employment )?opportunity\b|\bwithout regard to (?:race|sex|gender|age)\b/i,
  /\bthe (?:ideal|successful) candidate\b/i,
  /\b(?:competitive salary|health insurance|paid time off|401\(?k\)?)\b/i,
];
/** A block of this many words or more, in two sentences or more, is a paragraph of prose. */
const PROSE_WORDS = 30;

/** Blocks of running sentences: what a letter or an essay is made of and a resume has little of. */
function proseParagraphs(text: string): number {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => !block.startsWith('•') && countWords(block) >= PROSE_WORDS && (block.match(/[.!?](?:\s|$)/g)?.length ?? 0) >= 2).length;
}

/** How much of a resume the text shows: standard sections, dated roles, bullets. */
function resumeEvidence({ sections, dateRanges, bullets }: ResumeStructure): number {
  return (sections.includes('Experience') ? 2 : 0) + (sections.includes('Education') ? 1 : 0) + (sections.includes('Skills') ? 1 : 0) + Math.min(dateRanges, 2) + (bullets.length >= 5 ? 1 : 0);
}

/** What the text looks like instead of a resume, or null when it may well be one. */
function lookalike(text: string, structure: ResumeStructure): string | null {
  const words = Math.max(1, structure.words);
  const evidence = resumeEvidence(structure);
  const prose = proseParagraphs(text);
  const letter =
    (SALUTATION.test(text) ? 2 : 0) + (CLOSING.test(text) ? 2 : 0) + ((text.match(FIRST_PERSON)?.length ?? 0) / words >= 0.03 ? 1 : 0) + (prose >= 2 ? 1 : 0);
  if (letter >= 4 && evidence <= 1) return 'a cover letter (a greeting, a sign-off and paragraphs about yourself)';
  const headings = new Set((text.match(POSTING_HEADING) ?? []).map((heading) => heading.trim().toLowerCase())).size;
  const posting =
    Math.min(headings, 3) + POSTING_PHRASES.filter((phrase) => phrase.test(text)).length + ((text.match(SECOND_PERSON)?.length ?? 0) / words >= 0.02 ? 1 : 0);
  if (posting >= 4 && evidence <= 2) return 'a job description (requirements and duties written to "you")';
  const contact = structure.contact.email !== null || structure.contact.phone !== null;
  if (prose >= 3 && !contact && structure.bullets.length < 3 && evidence === 0) return 'an essay or article (paragraphs of prose, no contact details, no roles)';
  return null;
}

function notAResumeWarning(text: string, structure: ResumeStructure): DocumentWarning[] {
  const looksLike = lookalike(text, structure);
  return looksLike === null
    ? []
    : [
        {
          id: 'not-a-resume',
          message: `This looks like ${looksLike}, not a resume: the score below means little. Upload your resume, with your roles and their dates under headings such as "Experience", "Education" and "Skills".`,
        },
      ];
}

function layoutWarnings(layout: LayoutFacts, text: string): DocumentWarning[] {
  const warnings: DocumentWarning[] = [];
  if (layout.hiddenText.length > 0) {
    warnings.push({
      id: 'hidden-text',
      message: `This file holds text a reader cannot see: ${layout.hiddenText.map(describeHiddenText).join('; ')}. We left it out of the score. Remove it: a recruiter or ATS that finds hidden keywords treats the resume as keyword stuffing.`,
    });
  }
  if (layout.columns > 1) {
    warnings.push({
      id: 'columns',
      message: `The text is laid out in ${layout.columns} columns. Many ATS read straight across the page and mix lines from different columns. Use a single column, or check under "What the ATS reads" that each column stays together.`,
    });
  }
  if (layout.undecodableChars > 0) {
    warnings.push({
      id: 'unreadable-glyphs',
      message: `${layout.undecodableChars} character${layout.undecodableChars === 1 ? '' : 's'} in this file decode to nothing an ATS can read (icon fonts, or a font without a text map). ${GLYPH_FIX[producerKey(layout)]}`,
    });
  }
  const marginContact = contactOnlyInMargins(layout.headerFooterText, text);
  if (marginContact.length > 0) {
    warnings.push({
      id: 'contact-in-header',
      message: `${marginContact.join(', ')} ${marginContact.length === 1 ? 'stands' : 'stand'} only in the page header or footer, which many ATS drop. Put your email and phone in the body, at the top of the first page.`,
    });
  }
  const hiddenLinks = layout.links.filter((link) => !link.visible);
  if (hiddenLinks.length > 0) {
    warnings.push({
      id: 'link-only-in-annotation',
      message: `${hiddenLinks.map((link) => link.url).join(', ')} ${hiddenLinks.length === 1 ? 'is' : 'are'} only a link behind an icon or a word: many ATS read only visible text. Write the address out, e.g. "linkedin.com/in/your-name".`,
    });
  }
  return warnings;
}

/**
 * What is wrong with the document itself rather than its content, each under a stable id and none costing
 * points: the parseability findings already score columns, unreadable characters and header contact, and
 * these say the same problem once, as an alert with what to do. Hidden text was taken out of the text by
 * extraction, so it never adds a keyword; its warning says what was found because a recruiter who finds
 * hidden keywords rejects the resume outright. Pasted text has no layout: only its length and what it is
 * are judged.
 */
export function documentWarnings(layout: LayoutFacts | undefined, { text, structure, maxPages = MAX_PAGES }: WarningFacts): DocumentWarning[] {
  return [...notAResumeWarning(text, structure), ...(layout ? layoutWarnings(layout, text) : []), ...pageWarning(structure, maxPages)];
}
