import type { CategoryId } from './types.ts';

/**
 * Every rule the score is made of, with its points and the sentence that explains it. The engine reads its
 * numbers from here and the methodology page prints these texts, so the two cannot drift apart.
 */
export interface ScoringRule {
  id: string;
  category: CategoryId;
  /** Most points the rule can give (a penalty rule gives none and takes up to `max`). */
  max: number;
  title: string;
  explanation: string;
}

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  keywords: 'Keyword match',
  impact: 'Impact',
  clarity: 'Clarity',
  structure: 'Structure and parseability',
};

export const KEYWORD_WEIGHT = { required: 3, preferred: 1 } as const;
/** A keyword that names one of the skills defining the guide's role (its role's `core`) weighs this many times more. */
export const CORE_WEIGHT = 2;
/** Share of a keyword's weight earned when it only stands in a skills list or summary. */
export const LISTED_ONLY_CREDIT = 0.6;
/**
 * Share of a keyword's weight earned when the resume names only an alternative to the tool it asks for: the
 * skill transfers, but an ATS searching for the tool will not find it.
 */
export const SIBLING_CREDIT = 0.25;
/**
 * When a skill's mentions read as stuffing (src/scorer/findStuffing.ts). Each skill is judged on its own, never
 * a keyword's terms summed, and only from how its mentions are packed: a skill named once in each of many lines
 * is usage, however many lines there are.
 */
export const STUFFING = {
  /** Mentions of one skill in one line that read as packing it in ("Kafka" four times in a bullet)… */
  lineRepeats: 3,
  /** …when the line holds fewer than this many words per mention (a long paragraph may name its subject three times). */
  wordsPerRepeat: 12,
  /** Mentions a skill needs before its doubling or share can read as stuffing: a short resume is not a dense one. */
  minMentions: 6,
  /** Share of the resume's words one skill may take: one language in every bullet of a short resume stays under 7%. */
  share: 0.1,
  /** Keyword-only lines outside the experience that may name one skill (a headline or summary and the skills list count twice at most). */
  listings: 3,
  /** Share of a line's words (a label such as "Languages:" and the words "and"/"or" aside) that are skill names, for the line to be a keyword list. */
  listWordShare: 0.6,
  /** Skills a keyword list must repeat from an earlier one, and at least half of its own, to be a repeated block. */
  repeatedListSkills: 3,
} as const;
/** Consecutive words shared with the job description that make a line a copy of it. */
export const COPIED_RUN_WORDS = 8;
export const STUFFING_PENALTY = { perFinding: 2, max: 10 } as const;

export const QUANTIFIED_TARGET = 0.5;
export const ACTION_VERB_TARGET = 0.75;
export const BULLET_WORDS = { min: 6, max: 30 } as const;
export const BULLET_LENGTH_TARGET = 0.8;
export const RESUME_WORDS = { min: 300, max: 1000, floor: 150 } as const;
export const MAX_PAGES = 2;

export const SCORING_RULES = [
  {
    id: 'keyword-coverage',
    category: 'keywords',
    max: 50,
    title: 'Keywords, weighted by importance and by where they stand',
    explanation: `Each keyword weighs ${KEYWORD_WEIGHT.required} if required and ${KEYWORD_WEIGHT.preferred} if preferred, ${CORE_WEIGHT} times that if it is core to the role (one of the skills that tell the role from its neighbours, such as a backend developer's data stores or a frontend developer's CSS). A keyword named in an experience, project or volunteering line earns its full weight; one that only stands in a skills list or summary earns ${LISTED_ONLY_CREDIT * 100}%; a missing one earns nothing. Points = 50 × earned weight ÷ total weight. Any of a keyword's terms satisfies it, under any alias in the skills taxonomy; a keyword that names a concept is also satisfied in full by any skill under it (Kafka for message queues). A keyword that names a tool is not satisfied by another tool under the same concept (Selenium for Cypress: an ATS searching for Cypress will not find it): that earns ${SIBLING_CREDIT * 100}% and the keyword stays missing. A pasted job description adds the skills it asks for: alternatives it offers ("Ruby, Java, Go or Scala", "a relational database such as PostgreSQL or MySQL") are one keyword that any of them satisfies, and its paragraphs about the company or team, benefits and pay, equal-opportunity and privacy notices, and how to apply add none.`,
  },
  {
    id: 'keyword-stuffing',
    category: 'keywords',
    max: STUFFING_PENALTY.max,
    title: 'Keyword stuffing costs points',
    explanation: `Judged one skill at a time, for the skills the keywords found (each term on its own: a concept met by several tools is never summed), from how its mentions are packed rather than how many there are, so a skill named once in each of many bullets is usage, never stuffing. A skill is stuffed when one line names it ${STUFFING.lineRepeats} or more times with fewer than ${STUFFING.wordsPerRepeat} words per mention (versions of it in one line, as in "Java 8 to Java 17", count once); when ${STUFFING.listings} or more keyword-only lines outside the experience list it (lines whose words, a label aside, are at least ${STUFFING.listWordShare * 100}% skill names; the headline and summary count as one); or, once it has ${STUFFING.minMentions} mentions, when half or more of the lines that name it name it twice, or when it is more than ${STUFFING.share * 100}% of the resume's words. A keyword-only line outside the experience that repeats ${STUFFING.repeatedListSkills} or more skills of an earlier one, and at least half of its own, is a repeated block; a headline or summary may restate the skills list once, and a tools line under a job belongs to that job. Each stuffed skill, each repeated block, and every line that repeats ${COPIED_RUN_WORDS} or more consecutive words of the pasted job description takes ${STUFFING_PENALTY.perFinding} points (at most ${STUFFING_PENALTY.max}); copied lines never count as experience.`,
  },
  {
    id: 'quantified-bullets',
    category: 'impact',
    max: 10,
    title: 'Bullets backed by numbers',
    explanation: `Share of experience bullets with a figure (a percentage, an amount, a count, a duration; a year alone does not count). Full points when ${QUANTIFIED_TARGET * 100}% or more have one, proportionally fewer below.`,
  },
  {
    id: 'action-verbs',
    category: 'impact',
    max: 6,
    title: 'Bullets that start with what you did',
    explanation: `Share of experience bullets that open with a strong action verb ("Built", "Reduced", "Led"). Full points at ${ACTION_VERB_TARGET * 100}% or more.`,
  },
  {
    id: 'weak-phrases',
    category: 'impact',
    max: 4,
    title: 'No duty-speak',
    explanation: 'One point off for each bullet that describes a duty instead of a result ("responsible for", "helped with", "worked on", "involved in", "tasked with").',
  },
  {
    id: 'bullet-length',
    category: 'clarity',
    max: 7,
    title: 'Bullets of readable length',
    explanation: `Share of experience bullets between ${BULLET_WORDS.min} and ${BULLET_WORDS.max} words (about two printed lines). Full points at ${BULLET_LENGTH_TARGET * 100}% or more.`,
  },
  {
    id: 'cliches',
    category: 'clarity',
    max: 5,
    title: 'No clichés',
    explanation: 'One point off for each distinct cliché ("team player", "results-driven", "hard-working", "think outside the box"…): recruiters skip them and ATS ignore them.',
  },
  {
    id: 'first-person',
    category: 'clarity',
    max: 3,
    title: 'No first person in bullets',
    explanation: 'One point off for each bullet written with "I", "me" or "my": resume convention drops the pronoun.',
  },
  {
    id: 'standard-sections',
    category: 'structure',
    max: 6,
    title: 'Headings an ATS recognises',
    explanation: 'Two points each for an Experience, an Education and a Skills section under a heading ATS parsers know ("Work Experience", "Technical Skills"…). Invented headings lose their content.',
  },
  {
    id: 'contact-details',
    category: 'structure',
    max: 4,
    title: 'Contact details an ATS can read',
    explanation: 'Two points for an email address, one for a phone number (national or international format), one for a LinkedIn or GitHub profile URL.',
  },
  {
    id: 'length',
    category: 'structure',
    max: 2,
    title: 'Length',
    explanation: `Two points for ${RESUME_WORDS.min}–${RESUME_WORDS.max} words on at most ${MAX_PAGES} pages; one for ${RESUME_WORDS.floor} words or more on up to ${MAX_PAGES + 1} pages.`,
  },
  {
    id: 'dates',
    category: 'structure',
    max: 1,
    title: 'Dates on your roles',
    explanation: 'One point when roles carry date ranges ("Jan 2021 – Present", "2019–2021"): ATS compute your years of experience from them.',
  },
  {
    id: 'parseability',
    category: 'structure',
    max: 2,
    title: 'Nothing an ATS trips on',
    explanation: 'Two points, one off for each: text in several columns (many ATS read straight across the page), characters that decode to nothing, and contact details only in a page header or footer (often dropped). Ligatures we had to repair are reported, without a penalty.',
  },
] as const satisfies readonly ScoringRule[];

export type ScoringRuleId = (typeof SCORING_RULES)[number]['id'];

/** A check the report shows without giving it points. */
export interface ReportedRule {
  id: string;
  title: string;
  explanation: string;
}

/** Why a posting's title, years and degree are reported beside the score rather than counted in it. */
export const POSTING_FACTS_NOT_SCORED =
  "When you paste a job description, the report also checks the job title, the years of experience and the degree it asks for, each met, partly met, not met, or not something your resume says. They add no points and take none: the score measures what every applicant tracking system searches a resume for, while these are filters each employer sets and weighs its own way, and no rewording earns years or a degree. Read a miss as a reason to address it in your resume or cover letter, not as a lower match.";

export const POSTING_FACT_RULES = [
  {
    id: 'posting-title',
    title: 'The job title',
    explanation:
      `Read from a "Title:" or "Position:" label, the posting's opening lines, or a sentence such as "We're hiring a Senior Backend Engineer", without the team or stack after it. Met when your headline (the lines above your first section, and your summary) or one of your role lines names it. The same title at another seniority ("Backend Engineer" for "Senior Backend Engineer") or under another name for the same job ("Developer" for "Engineer") is partly met.`,
  },
  {
    id: 'posting-years',
    title: 'Years of experience',
    explanation:
      `The least years the posting asks for in general ("5+ years", "3–5 years", "at least five years"): a general figure wins over one skill's ("2+ years of Go"). Yours are the months your Experience section's dated roles cover, overlapping roles counted once, a role "to Present" up to today; a year without a month counts as its January, and dates in Education or elsewhere do not count. Without dated roles it cannot be told.`,
  },
  {
    id: 'posting-education',
    title: 'Degree',
    explanation:
      `The lowest degree the posting accepts (associate's, bachelor's, master's, doctorate; "BS/MS" is a bachelor's), against the highest degree named in your Education section. When the posting accepts equivalent experience, or only prefers the degree, a missing degree is partly met: a note, not a miss.`,
  },
] as const satisfies readonly ReportedRule[];

/** Most points a category can give: its rules' maxima, less the stuffing rule, which only takes points. */
export function categoryMax(category: CategoryId): number {
  return SCORING_RULES.filter((rule) => rule.category === category && rule.id !== 'keyword-stuffing').reduce((sum, rule) => sum + rule.max, 0);
}

export function ruleMax(id: ScoringRuleId): number {
  return SCORING_RULES.find((rule) => rule.id === id)?.max ?? 0;
}

/**
 * What a score means. A band needs both its score and a share of the keywords that matter found (the
 * required ones, or every keyword when none is required): a high score built on structure and writing cannot
 * say a resume passes a keyword screen it lacks the keywords for. The highest band whose two minima are met
 * applies. `meaning` is said when there was a keyword list; `withoutKeywords` when there was none, and then
 * the score measures structure and writing only.
 */
export const SCORE_BANDS = [
  {
    id: 'strong',
    min: 80,
    minKeywordShare: 0.8,
    label: 'Strong',
    meaning: 'An ATS would rank this resume near the top for these keywords: polish the details below.',
    withoutKeywords: 'Clear, well-structured and readable by an ATS. Keywords were not scored: pick a guide or paste the posting to see how it fares in a keyword screen.',
  },
  {
    id: 'good',
    min: 60,
    minKeywordShare: 0.6,
    label: 'Good',
    meaning: 'Likely to pass a keyword screen, with gaps a reviewer will notice: fix the missing required keywords first.',
    withoutKeywords: 'Readable by an ATS, with writing and structure to improve below. Keywords were not scored: pick a guide or paste the posting to see how it fares in a keyword screen.',
  },
  {
    id: 'weak',
    min: 40,
    minKeywordShare: 0.3,
    label: 'Weak',
    meaning: 'Likely to be filtered out: important keywords are missing or never shown in your experience.',
    withoutKeywords: 'Structure and writing an ATS and a recruiter will stumble on: start with the findings below. Keywords were not scored.',
  },
  {
    id: 'poor',
    min: 0,
    minKeywordShare: 0,
    label: 'Poor',
    meaning: 'An ATS would rank this resume low for this role: start with the missing keywords and the structure findings.',
    withoutKeywords: 'An ATS would struggle to read this resume: start with the structure findings below. Keywords were not scored.',
  },
] as const;

export type ScoreBand = (typeof SCORE_BANDS)[number];
export type ScoreBandId = ScoreBand['id'];

/** Keywords added per "closest win" on /match/: the smallest change that still moves a score. */
export const CLOSEST_WIN_KEYWORDS = 2;
/** Closest wins /match/ lists at most. */
export const CLOSEST_WINS_SHOWN = 3;
/**
 * How far below the resume's best score a guide may stand and still be one of its best fits: one band's width
 * (SCORE_BANDS sit 20 points apart), so a win is never offered for a guide the resume fits far worse than
 * its best.
 */
export const BEST_FIT_MARGIN = 20;

/** Which guides /match/ draws its closest wins from, as /methodology/ and /match/ say it. */
export const CLOSEST_WINS_RULE = `A closest win names the ${CLOSEST_WIN_KEYWORDS} missing keywords (required ones first, in the guide's order) that would raise a guide's score the most if your experience named them. Wins are drawn only from your best fits: the guides for the role your resume names as your title (its headline, else your latest job) whatever they score, and the guides for the role of your highest-scoring guide (where the skills that define a role weigh double) that score within ${BEST_FIT_MARGIN} points of your best. At most ${CLOSEST_WINS_SHOWN} are listed, your title's role first, then the largest gain. A guide for another kind of work is never offered as a win, however many points it would gain.`;
