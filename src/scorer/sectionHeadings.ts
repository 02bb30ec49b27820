import type { SectionName } from './types.ts';

type Section = Exclude<SectionName, 'Contact'>;

/**
 * The heading vocabulary, by section: the words a heading is read from once its numbering, decoration
 * and qualifiers are gone. Phrases the rule below derives ("Work Experience", "Selected Projects",
 * "Awards & Honors") are not listed. A resume that invents its own heading ("Where I've been") loses
 * its structure in most ATS parsers, so a line counts as a heading only when this vocabulary covers it.
 *
 * Variants of one section share its name:
 * - Work history, employment, career, internships, (academic) appointments and positions → Experience: the
 *   same list of roles.
 * - Honors, scholarships, fellowships, grants → Awards: recognition given to the candidate.
 * - Talks, presentations, patents, papers, writing → Publications: work made public under the
 *   candidate's name, listed alike (title, venue, date).
 * - Service, community, outreach → Volunteering: unpaid work for a community, whether a neighbourhood
 *   or a field (reviewing, committees).
 * - Training, coursework, professional development → Courses: learning outside a degree, which a
 *   recruiter weighs apart from Education.
 * - Research interests, thesis → Research: academic CVs keep research apart from employment.
 * - Positions of responsibility → Leadership; extracurriculars, involvement → Activities;
 *   tutoring, mentoring → Teaching; armed forces → Military; referees → References.
 */
const HEADINGS: Record<Section, string[]> = {
  Summary: [
    'summary',
    'profile',
    'about',
    'about me',
    'objective',
    'career objective',
    'career summary',
    'career profile',
    'career highlights',
    'highlights',
    'overview',
    'introduction',
    'personal statement',
    'summary of qualifications',
    'qualifications summary',
    'bio',
  ],
  Experience: ['experience', 'work', 'employment', 'career', 'background', 'internships', 'positions held', 'positions', 'appointments'],
  Education: ['education', 'academics', 'qualifications', 'educational background', 'schooling'],
  Skills: [
    'skills',
    'skill set',
    'skillset',
    'competencies',
    'technologies',
    'tech stack',
    'stack',
    'tools',
    'toolkit',
    'toolbox',
    'frameworks',
    'proficiencies',
    'expertise',
    'areas of expertise',
    'strengths',
    'programming languages',
  ],
  Projects: ['projects', 'open source', 'open source contributions', 'portfolio', 'hackathons'],
  Certifications: ['certifications', 'certificates', 'licenses', 'licences', 'credentials', 'accreditations'],
  Awards: [
    'awards',
    'honors',
    'honours',
    'achievements',
    'accomplishments',
    'recognition',
    'distinctions',
    'scholarships',
    'fellowships',
    'grants',
    'prizes',
  ],
  Publications: [
    'publications',
    'papers',
    'talks',
    'presentations',
    'speaking',
    'speaking engagements',
    'writing',
    'articles',
    'blog posts',
    'patents',
    'press',
  ],
  Volunteering: ['volunteering', 'volunteer', 'community', 'service', 'outreach', 'pro bono', 'civic engagement'],
  Languages: ['languages', 'language skills', 'language proficiency'],
  Interests: ['interests', 'hobbies', 'pastimes'],
  Research: ['research', 'research interests', 'thesis', 'dissertation'],
  Leadership: ['leadership', 'leadership roles', 'positions of responsibility', 'board memberships', 'board positions', 'board roles', 'boards', 'directorships'],
  Activities: ['activities', 'extracurriculars', 'involvement', 'athletics'],
  Teaching: ['teaching', 'tutoring', 'mentoring', 'mentorship'],
  Courses: ['courses', 'coursework', 'training', 'professional development', 'continuing education'],
  Military: ['military', 'armed forces'],
  References: ['references', 'referees'],
};

const SECTION_BY_PHRASE = new Map<string, Section>(
  Object.entries(HEADINGS).flatMap(([section, phrases]) => phrases.map((phrase) => [phrase, section as Section] as const)),
);

/** Words that open a heading without changing its section: "Selected Publications", "Relevant Coursework". */
const QUALIFIERS = new Set([
  'selected',
  'select',
  'relevant',
  'key',
  'professional',
  'additional',
  'other',
  'recent',
  'notable',
  'core',
  'further',
  'main',
]);

/**
 * Heads that take their section from a known modifier: "Volunteer Experience" is volunteering,
 * "Military Service" military, "Skills Summary" skills.
 */
const GENERIC_HEADS = new Set(['experience', 'history', 'background', 'activities', 'involvement', 'work', 'service', 'summary']);

/**
 * Heads that keep their own section under one word the vocabulary does not know: "Side Projects",
 * "Sales Experience", "Spoken Languages". The rest ("Customer Service", "Social Work") then name a
 * field, not a section.
 */
const OPEN_HEADS = new Set([
  'experience',
  'profile',
  'positions',
  'appointments',
  'summary',
  'skills',
  'competencies',
  'technologies',
  'tools',
  'expertise',
  'projects',
  'certifications',
  'certificates',
  'licenses',
  'awards',
  'honors',
  'honours',
  'achievements',
  'scholarships',
  'publications',
  'papers',
  'talks',
  'presentations',
  'patents',
  'languages',
  'interests',
  'hobbies',
  'activities',
  'involvement',
  'courses',
  'coursework',
  'qualifications',
  'thesis',
]);

/** Small capitals some designs type headings in; NFKC leaves them alone. */
const SMALL_CAPITALS = new Map(
  Array.from('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ', (small, index) => [small, 'ABCDEFGHIJKLMNOPRSTUVWYZ'[index]!]),
);
const SMALL_CAPITAL = new RegExp(`[${[...SMALL_CAPITALS.keys()].join('')}]`, 'gu');
/** A bullet glyph opening a line makes it a list item ("• Leadership") unless the glyph also closes it ("— Skills —"). */
const BULLET_ITEM = /^([•●▪■◦‣∙·○◆➢►✓✔*–—-])\s/;
/** "1.", "1.2", "01", "II.", "A)": the numbering of an outline, not part of the heading. */
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*[.):]?|[IVX]{1,4}[.):]|[ivx]{1,4}[.):]|[A-Za-z][.):])(?=[\s\p{P}\p{S}])/u;
const DECORATION_START = /^[^\p{L}\p{N}]+/u;
const DECORATION_END = /[^\p{L}\p{N}]+$/u;
const ASIDE = /\s*[([{][^)\]}]*[)\]}]/g;
/** What is left of a heading: letters and the joins between its parts; a digit, colon or full stop means something else. */
const HEADING_TEXT = /^\p{Lu}[\p{L}\s&+/,;|·•–—'-]*$/u;
/** "&", "and", "/", "+", commas and spaced dashes or bars join the parts of "Skills & Tools", "Licenses/Certifications". */
const JOIN = /\s*(?:[&+/,;|·•]|\s[–—-]\s|\band\b)\s*/i;
/** Headings name a section in a few words; more is a sentence whatever words it starts with. */
const MAX_HEADING_WORDS = 6;
const MAX_HEADING_LENGTH = 60;
const SENTENCE_END = /[.!?]$/;

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SMALL_CAPITAL, (small) => SMALL_CAPITALS.get(small)!)
    .replace(/[‘’ʼ`´]/g, "'")
    .trim();
}

/** A listed phrase, in the singular too: "Award", "Project Experience". */
function sectionOfPhrase(words: string[]): Section | undefined {
  const phrase = words.join(' ');
  return SECTION_BY_PHRASE.get(phrase) ?? SECTION_BY_PHRASE.get(`${phrase}s`);
}

function isHead(heads: ReadonlySet<string>, word: string): boolean {
  return heads.has(word) || heads.has(`${word}s`);
}

function sectionOfWords(words: string[]): Section | undefined {
  const listed = sectionOfPhrase(words);
  if (listed || words.length < 2) return listed;
  const head = words.at(-1)!;
  const modifiers = words.slice(0, -1);
  const modified = sectionOfPhrase(modifiers);
  if (modified && isHead(GENERIC_HEADS, head)) return modified;
  if ((modified || modifiers.length === 1) && isHead(OPEN_HEADS, head)) return sectionOfPhrase([head]);
  return undefined;
}

function withoutQualifiers(words: string[]): string[] {
  const first = words.findIndex((word) => !QUALIFIERS.has(word));
  return first === -1 ? [] : words.slice(first);
}

/** Spaced-out letters as one heading word, or as two ("W O R K  E X P E R I E N C E"). */
function sectionOfLetters(letters: string): Section | undefined {
  const whole = sectionOfWords([letters]);
  if (whole) return whole;
  for (let split = 2; split <= letters.length - 2; split += 1) {
    const section = sectionOfWords([letters.slice(0, split), letters.slice(split)]);
    if (section) return section;
  }
  return undefined;
}

function sectionOfPart(words: string[], capitals: boolean): Section | undefined {
  const section = sectionOfWords(words) ?? sectionOfWords(withoutQualifiers(words));
  if (section) return section;
  // Extraction collapses a letter-spaced heading into groups of one or two letters ("S U M M A RY").
  if (words.length >= 3 && words.every((word) => word.length <= 2)) return sectionOfLetters(words.join(''));
  // Kerning can also break a word in capitals ("SUMMA RY"); only a single word is read back, so that
  // a title in capitals ("HEAD OF PROJECTS") is not read as two heading words.
  if (capitals && words.some((word) => word.length <= 2)) return sectionOfWords([words.join('')]);
  // Letter-spacing can also close the gap between two words ("KEYSKILLS").
  if (capitals && words.length === 1) return sectionOfLetters(words[0]!);
  return undefined;
}

/** The text of a heading without its outline numbering, rules, symbols and asides ("(selected)"). */
function headingText(text: string): string {
  return text
    .replace(DECORATION_START, '')
    .replace(NUMBERING, '')
    .replace(DECORATION_START, '')
    .replace(ASIDE, '')
    .replace(DECORATION_END, '');
}

/**
 * The section a heading-shaped label names. Every part of the label ("Professional Experience &
 * Leadership") must be read as a section, and the first one names it; a word outside the vocabulary
 * beyond one modifier of a head means the line says something else (a job title, a sentence).
 */
function sectionOfLabel(label: string): Section | undefined {
  const folded = fold(label);
  const bullet = BULLET_ITEM.exec(folded);
  if (bullet && !folded.endsWith(bullet[1]!)) return undefined;
  const text = headingText(folded);
  if (!HEADING_TEXT.test(text)) return undefined;
  const capitals = text === text.toUpperCase();
  const parts = text
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/'s\b|'/g, '')
    .toLowerCase()
    .split(JOIN)
    .map((part) => part.split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0 && !words.every((word) => QUALIFIERS.has(word)));
  const wordCount = parts.flat().filter((word) => word.length > 2).length;
  if (parts.length === 0 || wordCount > MAX_HEADING_WORDS) return undefined;
  const sections = parts.map((part) => sectionOfPart(part, capitals));
  return sections.every((section) => section !== undefined) ? sections[0] : undefined;
}

/**
 * The section a whole line names, if the line is a heading: "EXPERIENCE", "2. Work History:",
 * "— Awards & Honors —", "S U M M A RY". A line ending like a sentence is never one.
 */
export function sectionOfHeading(line: string): SectionName | undefined {
  const text = line.trim();
  if (text.length > MAX_HEADING_LENGTH || SENTENCE_END.test(text)) return undefined;
  return sectionOfLabel(text);
}

/** "Skills: Python, Go" — a heading with its content on the same line. */
export function inlineSection(line: string): { section: SectionName; rest: string } | undefined {
  const match = /^([^:]{2,40}):\s*(\S.*)$/.exec(line);
  if (!match) return undefined;
  const section = sectionOfLabel(match[1]!);
  return section ? { section, rest: match[2]! } : undefined;
}

/** The heading vocabulary by section, before the rule's numbering, decoration, qualifiers and modifiers. */
export const RECOGNISED_HEADINGS: Readonly<Record<Section, readonly string[]>> = HEADINGS;
