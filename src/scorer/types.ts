import type { LayoutFacts } from '../document/types.ts';
import type { Importance } from '../schemas/keyword.ts';
import type { Mistake } from '../schemas/mistake.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';

/** Bumped whenever a rule or a weight changes, so two reports can be compared honestly. */
export const SCORING_VERSION = '1.0.0';

export type KeywordSource = 'guide' | 'job-description' | 'custom';

/** One keyword to look for: satisfied by any of its terms (canonical skill names, or literal phrases). */
export interface KeywordSpec {
  label: string;
  terms: string[];
  importance: Importance;
  source: KeywordSource;
  advice?: string;
}

export type KeywordStatus = 'matched' | 'missing';

export interface KeywordResult {
  label: string;
  status: KeywordStatus;
  importance: Importance;
  source: KeywordSource;
  /** Canonical names (or phrases) actually found. */
  matchedTerms: string[];
  /** Mentions in the whole resume. */
  count: number;
  /** Shown in an experience or project bullet, not only listed. */
  inContext: boolean;
  /** Share of the keyword's weight this resume earns: 1 in context, less when only listed, 0 when missing. */
  credit: number;
  advice?: string;
}

/** One place in the resume text where a keyword's term was found; the UI highlights these. */
export interface KeywordMention {
  label: string;
  term: string;
  start: number;
  end: number;
}

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
  | 'Interests';

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
  email: string | null;
  phone: string | null;
  linkedin: string | null;
  github: string | null;
  location: string | null;
}

export interface ResumeStructure {
  lines: ResumeLine[];
  /** Sections found, in the order they appear. */
  sections: SectionName[];
  contact: ContactDetails;
  bullets: ResumeLine[];
  /**
   * Where a skill counts as demonstrated: experience, project and volunteering lines (not headings).
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
  /** ISO country used to read national phone numbers (a guide's region); defaults to US. */
  region?: string;
  /** The pasted posting, if any: lines copied from it into the resume earn nothing. */
  jobDescription?: string;
}

export interface ScoreInput extends AnalysisInput {
  keywords: KeywordSpec[];
  /** The guide's common mistakes, evaluated as checks. */
  mistakes?: Mistake[];
}

/** Stable ids of document warnings: kebab-case, never renamed (the CLI JSON carries them). */
export type DocumentWarningId = 'hidden-text';

/** Something wrong with the document rather than its content, with what to do about it. */
export interface DocumentWarning {
  id: DocumentWarningId;
  message: string;
}

export interface ScoreReport {
  scoringVersion: string;
  score: number;
  breakdown: CategoryResult[];
  keywords: KeywordResult[];
  checks: CheckResult[];
  /** Where each matched keyword stands in `text`, in order. */
  mentions: KeywordMention[];
  contact: ContactDetails;
  sections: SectionName[];
  pages: number;
  words: number;
  warnings: DocumentWarning[];
}

/** What the scorer needs of a guide, ready to ship to the browser: keywords resolved, mistakes as checks. */
export interface GuideSpec {
  /** `<company>/<role>` */
  id: string;
  title: string;
  region: string;
  keywords: KeywordSpec[];
  mistakes: Mistake[];
}
