import { DEGREE_NAMES, degreeRank, findDegrees } from './degrees.ts';
import { experienceOf } from './experienceYears.ts';
import { sameJobTitles, splitSeniority } from './jobTitles.ts';
import { roleReader, titleKey } from './titleLines.ts';
import type { DegreeLevel, MonthDate, PostingFactMatch, PostingFacts, ResumeStructure } from './types.ts';

/*
 * A posting's title, years and degree against the resume, each as a finding with what to do, the way a
 * recruiter (or Jobscan) checks them: the title in the headline or a role line, the years the dated roles add
 * up to, the highest degree in the Education section. None of them changes the score (scoringRules.ts).
 */

// ─── Title ───

const SENIORITY_SAME: Record<string, string> = { 'sr': 'senior', 'sr.': 'senior', 'jr': 'junior', 'jr.': 'junior' };
const senioritySet = (words: readonly string[]) => new Set(words.map((word) => SENIORITY_SAME[word.toLowerCase()] ?? word.toLowerCase()));
const sameSets = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((word) => b.has(word));

/** The title as the resume's line writes it: the words that name `title`, with the seniority words before them. */
function titleAsWritten(part: string, title: string): string {
  const words = part.split(/\s+/);
  const size = title.split(/\s+/).length;
  const key = titleKey(title);
  const at = words.findIndex((_, index) => titleKey(words.slice(index, index + size).join(' ').replace(/[,;:()]+$/, '')) === key);
  if (at < 0) return part;
  let from = at;
  while (from > 0 && splitSeniority(`${words[from - 1]} ${title}`).seniority.length > 0) from--;
  return words.slice(from, at + size).join(' ').replace(/[,;:()]+$/, '');
}

function matchTitle(title: NonNullable<PostingFacts['title']>, structure: ResumeStructure): PostingFactMatch {
  const named = roleReader(structure);
  const alternatives = title.text.split(/\s+\/\s+/);
  const finding = (status: PostingFactMatch['status'], shown: string | null, message: string, fix?: string): PostingFactMatch => ({
    fact: 'title',
    status,
    asked: title.text,
    shown,
    message,
    ...(fix === undefined ? {} : { fix }),
  });
  for (const asked of alternatives) {
    const { seniority, base } = splitSeniority(asked);
    const part = (named([asked]) ?? named([base]))?.quote ?? null;
    if (part === null) continue;
    const shown = titleAsWritten(part, base);
    if (sameSets(senioritySet(seniority), senioritySet(splitSeniority(shown).seniority)) || seniority.length === 0) {
      return finding('met', shown, `Your resume names the posting's title: "${shown}".`);
    }
    return finding(
      'partly-met',
      shown,
      `Your resume says ${shown}; the posting asks for ${asked}.`,
      `The seniority differs. If your work has been at that level, say so in your headline with the posting's words ("${asked}"); if not, expect it to be weighed.`,
    );
  }
  for (const asked of alternatives) {
    const { base } = splitSeniority(asked);
    const part = named(sameJobTitles(base))?.quote ?? null;
    if (part === null) continue;
    const shown = titleAsWritten(part, sameJobTitles(base).find((other) => titleKey(part).includes(titleKey(other))) ?? base);
    return finding(
      'partly-met',
      shown,
      `Your resume says ${shown}; the posting asks for ${asked}.`,
      `Recruiters search for the posting's own title: if "${asked}" describes your work, use those words in your headline.`,
    );
  }
  return finding(
    'not-met',
    null,
    `Your resume does not name the posting's title, ${title.text}, in its headline or a role line.`,
    `If it describes your work, put "${alternatives[0]}" in the headline under your name: recruiters search for the title first.`,
  );
}

// ─── Years ───

function duration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '', rest > 0 || years === 0 ? `${rest} month${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

function matchYears(years: NonNullable<PostingFacts['years']>, structure: ResumeStructure, asOf: MonthDate | undefined): PostingFactMatch {
  const asked = years.max === null ? `${years.min}+ years` : `${years.min}–${years.max} years`;
  const experience = experienceOf(structure, asOf);
  const base = { fact: 'years' as const, asked };
  if (experience.roles === 0) {
    return {
      ...base,
      status: 'cannot-tell',
      shown: null,
      message: `Your Experience section has no dated roles we could read, so your years cannot be counted against the posting's ${asked}.`,
      fix: 'Give each role its dates, month and year ("Mar 2021 – Present"): an ATS counts your years from them.',
    };
  }
  if (asOf === undefined && experience.openRoles > 0) {
    return { ...base, status: 'cannot-tell', shown: null, message: "Today's date was not given, so roles that run to the present cannot be measured." };
  }
  const shown = duration(experience.months);
  if (experience.months >= years.min * 12) {
    const beyond = years.max !== null && experience.months >= (years.max + 1) * 12;
    return {
      ...base,
      status: 'met',
      shown,
      message: `Your dated roles add up to ${shown} (overlaps counted once); the posting asks for ${asked}${beyond ? ', so it may be aimed at someone more junior' : ''}.`,
    };
  }
  return {
    ...base,
    status: 'not-met',
    shown,
    message: `Your dated roles add up to ${shown} (overlaps counted once); the posting asks for ${asked}.`,
    fix: 'If you have more experience, list the earlier roles with their dates: an ATS counts only dated roles.',
  };
}

// ─── Education ───

function highestDegree(structure: ResumeStructure): DegreeLevel | null {
  const levels = structure.lines
    .filter((line) => line.section === 'Education' && !line.isHeading)
    .flatMap((line) => findDegrees(line.text, 'anywhere'))
    .map((degree) => degree.level);
  return levels.length === 0 ? null : levels.reduce((high, level) => (degreeRank(level) > degreeRank(high) ? level : high));
}

function matchEducation(education: NonNullable<PostingFacts['education']>, structure: ResumeStructure): PostingFactMatch {
  const degree = DEGREE_NAMES[education.level];
  const asked = `${degree}${education.field ? ` in ${education.field}` : ''}${education.equivalentExperience ? ' or equivalent experience' : ''}${education.preferred ? ' (preferred)' : ''}`;
  const highest = highestDegree(structure);
  const shown = highest === null ? null : DEGREE_NAMES[highest];
  const base = { fact: 'education' as const, asked, shown };
  if (highest !== null && degreeRank(highest) >= degreeRank(education.level)) {
    return { ...base, status: 'met', message: `Your Education section shows ${shown}; the posting asks for ${asked}.` };
  }
  const yours = shown === null ? 'your resume names no degree' : `your Education section shows ${shown}`;
  if (education.equivalentExperience) {
    return {
      ...base,
      status: 'partly-met',
      message: `The posting accepts equivalent experience instead of ${degree}; ${yours}.`,
      fix: 'Make the experience that stands in for the degree easy to see: its years, its scope and the skills the degree would have taught.',
    };
  }
  if (education.preferred) {
    return { ...base, status: 'partly-met', message: `The posting prefers ${degree}; ${yours}. It is not required.` };
  }
  if (highest !== null) {
    return {
      ...base,
      status: 'not-met',
      message: `The posting asks for ${asked}; ${yours}.`,
      fix: `If you hold ${degree}, name it in your Education section as an ATS reads it ("B.S. in Computer Science", "Master of Science").`,
    };
  }
  const hasSection = structure.sections.includes('Education');
  return {
    ...base,
    status: 'cannot-tell',
    message: hasSection ? `Your Education section names no degree we could read; the posting asks for ${asked}.` : `Your resume has no Education section we could read; the posting asks for ${asked}.`,
    fix: hasSection
      ? 'Write the degree out ("Bachelor of Science", "B.S.", "MSc"): an ATS looks for the word.'
      : 'Add an Education section that names your degree ("B.S. in Computer Science, 2018").',
  };
}

/** Each fact the posting states, checked against the resume; `asOf` is today, for roles that run to the present. */
export function matchPostingFacts(facts: PostingFacts, structure: ResumeStructure, asOf: MonthDate | undefined): PostingFactMatch[] {
  return [
    ...(facts.title ? [matchTitle(facts.title, structure)] : []),
    ...(facts.years ? [matchYears(facts.years, structure, asOf)] : []),
    ...(facts.education ? [matchEducation(facts.education, structure)] : []),
  ];
}
