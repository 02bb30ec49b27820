import type { DocumentLine, LayoutFacts } from '../document/types.ts';
import type { Importance } from '../schemas/keyword.ts';
import type { Mistake } from '../schemas/mistake.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { Verdict } from './verdict.ts';

/** Bumped whenever a rule or a weight changes, so two reports can be compared honestly. */
export const SCORING_VERSION = '1.2.0';

export type KeywordSource = 'guide' | 'job-description' | 'custom';

/** One keyword to look for: satisfied by any of its terms (canonical skill names, or literal phrases). */
export interface KeywordSpec {
  label: string;
  terms: string[];
  importance: Importance;
  source: KeywordSource;
  advice?: string;
  /** One of the skills that define the guide's role (its `core`): it weighs double. */
  core?: boolean;
}

export type KeywordStatus = 'matched' | 'missing';

/**
 * How a keyword was found. `exact`: one of its terms (or an alias) is on the resume. `narrower`: it names a
 * concept and the resume names a skill under it (Kafka for message queues), which counts in full.
 * `sibling`: it names a tool and the resume names only another tool under the same concept (Selenium for
 * Cypress): related, but an ATS searching for the tool will not find it, so it stays missing with partial
 * credit. `missing`: none of these.
 */
export const MATCH_LEVELS = ['exact', 'narrower', 'sibling', 'missing'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

export interface KeywordResult {
  label: string;
  status: KeywordStatus;
  importance: Importance;
  source: KeywordSource;
  /** How it was found. */
  level: MatchLevel;
  /** Canonical names (or phrases) actually found: its own terms, or skills under the concept it names. */
  matchedTerms: string[];
  /** For a `sibling` match: the alternatives the resume names instead. */
  relatedTerms: string[];
  /** For a `sibling` match: the keyword's own terms those are alternatives to, the names an ATS searches for. */
  alternativeTo: string[];
  /** Mentions in the whole resume. */
  count: number;
  /** Shown in an experience or project bullet, not only listed. */
  inContext: boolean;
  /** Share of the keyword's weight this resume earns: 1 in context, less when only listed, 0 when missing. */
  credit: number;
  advice?: string;
  /** One of the skills that define the guide's role: it weighs double. */
  core: boolean;
}

/** One place in the resume text where a keyword's term was found; the UI highlights these. */
export interface KeywordMention {
  label: string;
  term: string;
  start: number;
  end: number;
}

/**
 * The canonical sections a resume's headings are read into. A name stands for a section a recruiter
 * reads for something distinct; variants of the same thing ("Work History", "Honors", "Talks") map
 * onto one of these in sectionHeadings.ts rather than getting names of their own.
 */
export type SectionName =
  | 'Contact'
  | 'Summary'
  | 'Experience'
  | 'Education'
  | 'Skills'
  | 'Projects'
  | 'Certifications'
  | 'Awards'
  | 'Publications'
  | 'Volunteering'
  | 'Languages'
  | 'Interests'
  | 'Research'
  | 'Leadership'
  | 'Activities'
  | 'Teaching'
  | 'Courses'
  | 'Military'
  | 'References';

export interface ResumeLine {
  text: string;
  /** The section the line stands in; `Contact` for lines above the first heading. */
  section: SectionName;
  isHeading: boolean;
  isBullet: boolean;
  /** Character offsets in the resume text; a bullet wrapped over several lines is one line here. */
  start: number;
  end: number;
}

export interface ContactDetails {
  /** The first header line that reads as a person's name. */
  name: string | null;
  email: string | null;
  phone: string | null;
  linkedin: string | null;
  github: string | null;
  /** A personal site or portfolio in the header: any URL that is not LinkedIn or GitHub. */
  portfolio: string | null;
  location: string | null;
  /** Details a line break cut in two ("jane.doe@gmail.co" then "m"), as rejoined: an ATS may read them cut off. */
  wrapped: string[];
}

export interface ResumeStructure {
  lines: ResumeLine[];
  /** Sections found, in the order they appear. */
  sections: SectionName[];
  contact: ContactDetails;
  bullets: ResumeLine[];
  /**
   * Where a skill counts as demonstrated: lines of the sections that show work (experience, projects,
   * volunteering, research, leadership, teaching, military service), not their headings.
   * A resume with none of those sections has its bullets here instead, wherever they stand.
   */
  contextLines: ResumeLine[];
  /** Date ranges such as "Jan 2021 – Present", wherever they stand. */
  dateRanges: number;
  words: number;
  /** Real pages for a PDF, else an estimate from words and lines. */
  pages: number;
  pagesEstimated: boolean;
}

export type FindingSeverity = 'good' | 'info' | 'warning' | 'problem';

/** One observation in a category, with what to change when it is not good. */
export interface Finding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  fix?: string;
}

export type CategoryId = 'keywords' | 'impact' | 'clarity' | 'structure';

export interface CategoryResult {
  category: CategoryId;
  label: string;
  points: number;
  max: number;
  findings: Finding[];
}

export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  message: string;
}

/** A resume as the engine reads it, before any keyword list. */
export interface AnalysisInput {
  text: string;
  taxonomy: Taxonomy;
  /** From extraction; absent for pasted text. */
  pages?: number | null;
  layout?: LayoutFacts;
  /** From extraction: the text's lines with where the file drew them. */
  lines?: readonly DocumentLine[];
  /** ISO country used to read national phone numbers (a guide's region); defaults to US. */
  region?: string;
  /** The pasted posting, if any: lines copied from it into the resume earn nothing. */
  jobDescription?: string;
  /** Most pages the guide accepts (its frontmatter's maxPages); the engine's default when absent. */
  maxPages?: number;
}

/** A calendar month: `month` 1–12. */
export interface MonthDate {
  year: number;
  month: number;
}

export interface ScoreInput extends AnalysisInput {
  keywords: KeywordSpec[];
  /** The guide's common mistakes, evaluated as checks. */
  mistakes?: Mistake[];
  /**
   * Today, for the years a role "to Present" has lasted: given by the caller (the page, the CLI), never read by
   * the engine, so that a report depends on its input alone. Without it, open-ended roles cannot be measured.
   */
  asOf?: MonthDate;
}

/** Stable ids of document warnings: kebab-case, never renamed (the CLI JSON carries them). */
export type DocumentWarningId =
  | 'hidden-text'
  | 'columns'
  | 'unreadable-glyphs'
  | 'contact-in-header'
  | 'link-only-in-annotation'
  | 'too-many-pages'
  | 'not-a-resume';

/** Something wrong with the document rather than its content, with what to do about it. */
export interface DocumentWarning {
  id: DocumentWarningId;
  message: string;
}

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';

/** What a posting states beyond its skills, each with the posting's line it was read from; null when it does not say. */
export interface PostingFacts {
  /** The job title, without the team or stack after it ("Senior Backend Engineer"). */
  title: { text: string; line: string } | null;
  /** The least years of experience asked for in general (not of one skill), and the most when a range is given. */
  years: { min: number; max: number | null; line: string } | null;
  /** The lowest degree accepted, its field if named, whether experience may stand in for it, whether it is only preferred. */
  education: { level: DegreeLevel; field: string | null; equivalentExperience: boolean; preferred: boolean; line: string } | null;
}

export type PostingFactId = 'title' | 'years' | 'education';

/**
 * `partly-met`: close but not the same (the title at another seniority or under another name; a degree the
 * posting only prefers, or for which it accepts experience instead). `cannot-tell`: the resume does not say.
 */
export type PostingFactStatus = 'met' | 'partly-met' | 'not-met' | 'cannot-tell';

/** One fact of the posting against the resume, as a finding. */
export interface PostingFactMatch {
  fact: PostingFactId;
  status: PostingFactStatus;
  /** What the posting asks, in a few words: "Senior Backend Engineer", "5+ years", "a bachelor's degree in Computer Science". */
  asked: string;
  /** What the resume shows, in a few words; null when it shows nothing to compare. */
  shown: string | null;
  message: string;
  fix?: string;
}

/** The posting's facts and how the resume meets them: reported beside the score, never part of it. */
export interface PostingMatch {
  facts: PostingFacts;
  matches: PostingFactMatch[];
}

export interface ScoreReport {
  scoringVersion: string;
  score: number;
  /** What the score means, gated by the keywords that matter (see SCORE_BANDS). */
  verdict: Verdict;
  /** The keyword list scored against, in one sentence ("24 guide keywords and 11 from the job description…"); null without one. */
  keywordBasis: string | null;
  breakdown: CategoryResult[];
  keywords: KeywordResult[];
  checks: CheckResult[];
  /** Where each matched keyword stands in `text`, in order. */
  mentions: KeywordMention[];
  contact: ContactDetails;
  sections: SectionName[];
  pages: number;
  words: number;
  /** Every bullet as a recruiter reads it: marker removed, wrapped lines joined, in document order. */
  bullets: ResumeBullet[];
  warnings: DocumentWarning[];
  /** Present when a job description was given. */
  posting?: PostingMatch;
}

export interface ResumeBullet {
  section: SectionName;
  text: string;
}

/** What the scorer needs of a guide, ready to ship to the browser: keywords resolved, mistakes as checks. */
export interface GuideSpec {
  /** `<company>/<role>` */
  id: string;
  title: string;
  region: string;
  keywords: KeywordSpec[];
  mistakes: Mistake[];
  /** Most pages the guide accepts, when it says. */
  maxPages?: number;
}

/** What a bullet does well, or lacks: each the id of a rule in bulletRules.ts. */
export type BulletStrengthId = 'result' | 'action-verb' | 'skill-in-use' | 'right-length';
export type BulletIssueId =
  | 'no-result'
  | 'duty-opener'
  | 'no-action-verb'
  | 'passive-voice'
  | 'first-person'
  | 'too-long'
  | 'too-short'
  | 'filler'
  | 'tool-without-outcome'
  | 'tense';

export interface BulletNote<Id extends string> {
  rule: Id;
  message: string;
}

/**
 * A gap only the writer can fill, shown in brackets ("[how much]"). `standIn` is what the what-if rescore reads
 * in its place: a fact of the kind asked for, so that a fix is worth what it will be once filled in.
 */
export interface Placeholder {
  prompt: string;
  standIn: string;
}

/** A bullet's words as the coach would write them: the writer's own words, rearranged, and gaps to fill. */
export interface BulletRewrite {
  /** The rewrite as shown, placeholders in brackets. */
  text: string;
  placeholders: Placeholder[];
  /** The issues it answers. */
  answers: BulletIssueId[];
}

export interface BulletCoaching {
  /** 1-based, in document order among the coached bullets: "bullet 3". */
  index: number;
  section: SectionName;
  /** The bullet's words, its marker removed and wrapped lines joined. */
  text: string;
  /** Where those words stand in the resume text: an edit replaces exactly this range. */
  start: number;
  end: number;
  /** Whether it belongs to a role that runs to the present; null when no dated role line stands above it. */
  current: boolean | null;
  /** Skills it names, by canonical name. */
  skills: string[];
  strengths: BulletNote<BulletStrengthId>[];
  issues: BulletNote<BulletIssueId>[];
  rewrite: BulletRewrite | null;
}

export type FixKind = 'rewrite' | 'keyword';

/** One edit the coach proposes, and what it is worth by the same engine's rescore. */
export interface Fix {
  /** Stable within one report: `rewrite:<bullet>` or `keyword:<label>`. */
  id: string;
  kind: FixKind;
  /** The bullet it edits (BulletCoaching.index). */
  bullet: number;
  /** "Name Kafka in bullet 3", "Rewrite bullet 2". */
  title: string;
  /** Why, and for a keyword, the reminder to add only what is true. */
  detail: string;
  /** The bullet's words after the fix, placeholders in brackets. */
  after: string;
  /** Applies with no gap to fill: the score moves by exactly `points` when applied. */
  asWritten: boolean;
  /** The score after the fix minus the score now, both whole numbers from the same engine. */
  points: number;
  /** For a keyword fix, the keyword's label. */
  keyword?: string;
}

/** Every coached bullet, and the fixes worth points, most points first. */
export interface Coaching {
  score: number;
  /** The first MAX_COACHED_BULLETS bullets (coachBullets.ts), coached. */
  bullets: BulletCoaching[];
  /** All the resume's achievement bullets, coached or not. */
  bulletCount: number;
  fixes: Fix[];
}
