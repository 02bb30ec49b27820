/*
 * What each line of a job posting is: part of the role (what the job does), its requirements, its "nice to
 * haves", or one of the parts that ask for nothing — the company or team introducing itself, benefits and pay,
 * equal-opportunity, accommodation and privacy notices, and how to apply or how the interviews run. A heading
 * names its part ("About us", "Perks", "EEO statement", "How to apply", in any case, with or without a colon or
 * Markdown marks); a label opening a paragraph ("Compensation: $210k", "Privacy notice: we…", "Our stack: Go")
 * names that paragraph's. A posting with no headings is read by what its paragraphs say: a paragraph with the
 * words of an equal-opportunity statement, a benefits list or an application note, or one that introduces the
 * company or team (its name and what it does or how big it is) and does not state the hire, asks for nothing.
 */

export type PostingPart = 'role' | 'requirements' | 'preferred' | 'company' | 'benefits' | 'legal-notice' | 'application';

/** Parts that ask the candidate for nothing: no keyword, phrase or fact is read from them. */
export const NOT_ASKED: ReadonlySet<PostingPart> = new Set(['company', 'benefits', 'legal-notice', 'application']);

/** How strongly a stretch of the posting asks for what it names. */
export type PostingContext = 'required' | 'preferred' | 'neutral';

export interface PostingLine {
  text: string;
  start: number;
  end: number;
  part: PostingPart;
  /** The heading the line stands under, as written (Markdown marks and a closing colon removed); null above the first. */
  heading: string | null;
  isHeading: boolean;
  isBullet: boolean;
}

const HEADING_MAX_LENGTH = 60;
const BULLET = /^\s*(?:[-•*·→▪◦➢►]|\d{1,2}[.)])\s/;

/** Marks that turn a line or clause into a "nice to have" wherever it stands. */
const PREFERRED_MARK =
  /\b(?:preferred|nice[- ]to[- ]haves?|bonus|pluses|a plus|good to have|desired|desirable|extra credit|ideally|not required|we(?:'|’)?d love)\b/i;
const REQUIRED_MARK = /\b(?:required|must|minimum|mandatory)\b/i;

/** Heading vocabularies, tried in this order against a heading in lower case with straight apostrophes. */
const HEADING_PARTS: readonly [PostingPart, RegExp][] = [
  ['legal-notice', /\b(?:equal (?:employment )?opportunit|eeo\b|diversity|inclusion|accommodations?\b|privacy|our commitment\b|affirmative action)/],
  ['application', /\b(?:how to apply|to apply|apply now|application process|how we hire|hiring process|interview(?:ing)? process|recruitment process|what happens next|next steps|the process|about the process)\b/],
  [
    'benefits',
    /^(?:(?:perks|benefits|compensation|salary|pay|total rewards|what we offer|we offer|what's in it for you|our offer)\b|why (?!(?:this|the) (?:role|job|position)\b)|.*\b(?:perks|benefits)$)/,
  ],
  ['preferred', PREFERRED_MARK],
  [
    'requirements',
    /^(?:(?:basic|minimum|required|key|core)\s+)?(?:qualifications|requirements|skills)\b|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|you (?:have|bring|should have)|must[- ]haves?|who you are|about you\b|your (?:background|experience|profile|skills)/,
  ],
  [
    'company',
    /^(?:about (?!(?:the |this )?(?:role|job|position|opportunity|you|work)\b)|who we are|our (?:mission|story|company|team|values|culture|promise|offices?)\b|(?:the|meet the) team$|company (?:overview|description)|how we work|life at\b|where you(?:'ll| will) (?:work|be)|location\b)/,
  ],
  [
    'role',
    /^(?:responsibilities|key responsibilities|what you(?:'ll| will) (?:do|work on|be doing|own)|(?:about )?(?:the|this|your) (?:role|job|position|opportunity)|about the job|your (?:mission|impact)|in this role|day[- ]to[- ]day|a typical (?:day|week)|the work|what the team (?:owns|does|builds)|(?:our |the |tech )?stack|tools we use|technologies|why this role exists|job (?:description|summary)|overview|summary)\b/,
  ],
];

/** A heading's words, without Markdown marks, a closing colon or curly apostrophes. */
export function headingWords(text: string): string {
  return text
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(?:\*\*|__)(.*?)(?:\*\*|__)\s*:?$/, '$1')
    .replace(/[*_]+/g, '')
    .replace(/\s*:\s*$/, '')
    .replace(/’/g, "'")
    .trim();
}

/** The part a heading names, if it names one of the known parts. */
function partOfHeading(heading: string): PostingPart | undefined {
  const words = headingWords(heading).toLowerCase();
  return HEADING_PARTS.find(([, pattern]) => pattern.test(words))?.[0];
}

/** "Compensation: $210k…", "**Privacy notice:** we…": a short label before a colon, and the rest of the paragraph. */
const INLINE_LABEL = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z&'’ -]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S/;

function labelPart(text: string): PostingPart | undefined {
  const label = INLINE_LABEL.exec(text)?.[1];
  return label === undefined || label.split(/\s+/).length > 5 ? undefined : partOfHeading(label);
}

/*
 * Words of the parts that ask for nothing, for postings that give them no heading. A notice needs one of its
 * strong words or two of its others; benefits and an application note need two different words of theirs, one
 * of them strong: "budget" and "$2M" together are a project's, not a salary's, and "apply" alone is any verb.
 */
const NOTICE_STRONG = /\b(?:equal (?:employment )?opportunit\w*|eeo|e-verify|affirmative action|reasonable accommodations?|without regard to|do(?:es)? not discriminate|privacy (?:notice|policy)|personal data)\b/gi;
const NOTICE_WORDS =
  /\b(?:race|religion|colou?r|national origin|sexual orientation|gender identity|gender expression|veteran|disabilit(?:y|ies)|divers(?:e|ity)|inclusi(?:ve|on)|accommodations?|(?:all|every) backgrounds?|underrepresented|marital status|pregnancy|genetic information|age)\b/gi;
const BENEFIT_STRONG =
  /\b(?:salary|salaries|compensation|base pay|pay range|pension|paid time off|pto|parental leave|dental|equity|stock options|share options|holidays?|vacation|annual leave|sabbatical|stipend|perks?|benefits|health insurance|life insurance)\b|\b40[13]\s?\([kb]\)/gi;
const BENEFIT_WORDS = /(?:[$£€]\s?\d|\b\d+k\b|\b(?:health|vision|medical|wellness|gym|remote|hybrid|budget|allowance|bonus|retreat|offsite|days off|relocation|home[- ]office)\b)/gi;
const APPLICATION_STRONG = /\b(?:apply|applying|application|applications|cover letter|interview(?:s|ing)? process|send (?:us )?your (?:resume|cv)|recruiter (?:call|screen))\b/gi;
const APPLICATION_WORDS = /\b(?:resume|cv|interview|interviews|recruiter|take-home|stages?|call with|reply|hear back)\b/gi;

const distinct = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((match) => match[0].toLowerCase())).size;

/** The part that asks for nothing which a paragraph's words say it is, if any. */
function partByWords(text: string): PostingPart | undefined {
  const notice = distinct(text, NOTICE_STRONG);
  if (notice > 0 || distinct(text, NOTICE_WORDS) >= 2) return 'legal-notice';
  const benefits = distinct(text, BENEFIT_STRONG);
  if (benefits >= 2 || (benefits === 1 && distinct(text, BENEFIT_WORDS) >= 1)) return 'benefits';
  const application = distinct(text, APPLICATION_STRONG);
  if (application >= 2 || (application === 1 && distinct(text, APPLICATION_WORDS) >= 1)) return 'application';
  return undefined;
}

/*
 * A paragraph that introduces the company or a team opens on it ("Larkspur Mutual is…", "We are a team of 45",
 * "The SRE team is six people", "Founded in 2018") and either says what it is (a company, a team) or gives its
 * size (people, customers, millions, offices, funding); and it does not state the hire ("we're hiring", "you'll
 * join", "this role"): that paragraph is the role's, whatever else it says.
 */
const NUMBER_WORD = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)';
const COMPANY_OPENING = new RegExp(
  [
    "^(?:We(?:'|’)?re|We are)\\s+(?:a|an|the|" + NUMBER_WORD + ')\\b',
    '^(?:Founded|Since \\d{4}|Based in|Headquartered)\\b',
    '^(?:Our|The)\\s+(?:[\\w&.-]+\\s+){0,4}(?:team|group|squad|company|mission|story)\\b',
    "^(?!(?:You|Your|We|Our|They|It|This|That|These|I)\\b)\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\p{N}.'’-]*)){0,3}\\s+(?:is|are|was|has|have|builds|makes|runs|sells|provides|offers|operates|powers|helps|moves|connects|delivers|serves|publishes|tracks|develops|creates)\\b",
  ].join('|'),
  'u',
);
const NAMES_ITSELF = /^(?:(?:We(?:'|’)?re|We are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:team|company|startup|business|studio|group|insurer|bank|agency)|(?:Our|The)\s+(?:[\w&.-]+\s+){0,4}(?:team|group|squad)|Founded|Since \d{4}|Based in|Headquartered)\b/;
const COMPANY_FACT = new RegExp(
  `\\b(?:${NUMBER_WORD}\\s+(?:[\\w-]+\\s+){0,2}[a-z]{2,}s\\b|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s*(?:million|billion)|founded|since \\d{4}|headquartered|offices? in|series [a-f]|backed by|investors|profitable|our mission|(?:team|group) of ${NUMBER_WORD})\\b`,
  'i',
);
const STATES_THE_HIRE =
  /\b(?:(?:hiring|looking for|seeking|recruiting) (?:an?|our|the)|(?:we(?:'|’)?re|we are) (?:hiring|looking|seeking)|join (?:us|our|the)|you(?:'|’)ll (?:join|work|be|own|lead|build)|you will (?:join|work|be|own|lead|build|spend)|role|position|(?:ideal|successful|right) candidates?)\b/i;

function introducesCompany(text: string): boolean {
  const opening = text.trimStart();
  return COMPANY_OPENING.test(opening) && (NAMES_ITSELF.test(opening) || COMPANY_FACT.test(text)) && !STATES_THE_HIRE.test(text);
}

interface RawLine {
  text: string;
  start: number;
  trimmed: string;
}

/** A short line that does not end a sentence, is no list item, and has nothing after a colon ("Salary: $90k" is a labelled line). */
function isHeadingLike(line: RawLine): boolean {
  const words = headingWords(line.trimmed);
  return words.length > 0 && words.length <= HEADING_MAX_LENGTH && !/[.;!?]$/.test(words) && !BULLET.test(line.trimmed) && !/:\s+\S/.test(words);
}

/**
 * A heading whose words name no known part still opens a new stretch of the role when it is set apart: it ends
 * with a colon, or stands alone after a blank line with content below it, in a few words and no list.
 */
function opensUnknownSection(lines: readonly RawLine[], index: number): boolean {
  const line = lines[index]!;
  if (/:\s*(?:\*\*|__)?$/.test(line.trimmed)) return true;
  const before = index === 0 ? '' : lines[index - 1]!.trimmed;
  const after = lines[index + 1]?.trimmed ?? '';
  return before === '' && after !== '' && !line.trimmed.includes(',') && headingWords(line.trimmed).split(/\s+/).length <= 6;
}

/** Every line of a posting with the part it belongs to and the heading it stands under. */
export function readPosting(text: string): PostingLine[] {
  const raws: RawLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    raws.push({ text: line, start, trimmed: line.trim() });
    start += line.length + 1;
  }
  const lines: PostingLine[] = [];
  let section: PostingPart = 'role';
  let heading: string | null = null;
  let index = 0;
  while (index < raws.length) {
    const raw = raws[index]!;
    if (raw.trimmed === '') {
      lines.push({ text: raw.text, start: raw.start, end: raw.start + raw.text.length, part: section, heading, isHeading: false, isBullet: false });
      index++;
      continue;
    }
    const named = isHeadingLike(raw) ? partOfHeading(raw.trimmed) : undefined;
    if (named !== undefined || (isHeadingLike(raw) && opensUnknownSection(raws, index))) {
      section = named ?? 'role';
      heading = headingWords(raw.trimmed);
      lines.push({ text: raw.text, start: raw.start, end: raw.start + raw.text.length, part: section, heading, isHeading: true, isBullet: false });
      index++;
      continue;
    }
    // A paragraph: the lines up to the next blank line or heading.
    let last = index;
    while (last + 1 < raws.length && raws[last + 1]!.trimmed !== '' && !(isHeadingLike(raws[last + 1]!) && partOfHeading(raws[last + 1]!.trimmed) !== undefined)) last++;
    const block = raws.slice(index, last + 1);
    const bullets = block.every((line) => BULLET.test(line.trimmed));
    const labelled = labelPart(raw.trimmed);
    const blockPart = (words: string): PostingPart => {
      if (labelled !== undefined) return labelled;
      if (NOT_ASKED.has(section)) return section;
      const byWords = partByWords(words);
      if (byWords !== undefined) return byWords;
      return section === 'role' && !bullets && introducesCompany(words) ? 'company' : section;
    };
    // A list is read item by item (one perk among requirements is still a perk); prose as one paragraph.
    const wholePart = bullets ? undefined : blockPart(block.map((line) => line.trimmed).join(' '));
    for (const line of block) {
      const part = wholePart ?? blockPart(line.trimmed);
      lines.push({ text: line.text, start: line.start, end: line.start + line.text.length, part, heading, isHeading: false, isBullet: BULLET.test(line.trimmed) });
    }
    index = last + 1;
  }
  return lines;
}

/** The stretches of a line that each ask on their own terms: its clauses, split at semicolons and sentence ends. */
const CLAUSE_END = /;\s+|(?<!\b(?:e\.g|i\.e|etc|vs|Sr|Jr))[.!?]\s+(?=[A-Z])/g;

function clauseContexts(line: PostingLine): { end: number; context: PostingContext }[] {
  const ofSection: PostingContext = line.part === 'requirements' ? 'required' : line.part === 'preferred' ? 'preferred' : 'neutral';
  const clauses: { end: number; context: PostingContext }[] = [];
  let from = 0;
  for (const match of [...line.text.matchAll(CLAUSE_END), { index: line.text.length, 0: '' }]) {
    const clause = line.text.slice(from, match.index);
    const context: PostingContext = PREFERRED_MARK.test(clause) ? 'preferred' : REQUIRED_MARK.test(clause) ? 'required' : ofSection;
    clauses.push({ end: line.start + match.index + match[0].length, context });
    from = match.index + match[0].length;
  }
  return clauses;
}

/** The first index whose item's `key` exceeds `at` (items sorted by key). */
function firstAfter<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]!) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface PostingReader {
  /** The line holding a character offset. */
  lineAt(at: number): PostingLine;
  /**
   * How strongly the posting asks for what stands at `at`: a "nice to have" or "required" mark in its clause
   * decides, else the part its line stands in. Neutral parts (the role) ask by how often they name a thing.
   */
  contextAt(at: number): PostingContext;
}

export function postingReader(lines: readonly PostingLine[]): PostingReader {
  const clauses = new Map<PostingLine, { end: number; context: PostingContext }[]>();
  const lineAt = (at: number) => lines[Math.max(0, firstAfter(lines, at, (line) => line.start) - 1)]!;
  return {
    lineAt,
    contextAt(at) {
      const line = lineAt(at);
      let ofLine = clauses.get(line);
      if (!ofLine) {
        ofLine = clauseContexts(line);
        clauses.set(line, ofLine);
      }
      return ofLine[Math.min(ofLine.length - 1, firstAfter(ofLine, at, (clause) => clause.end - 1))]!.context;
    },
  };
}
