/*
 * What a job title is made of: a head noun that names a job (engineer, developer, manager, scientist, analyst,
 * designer, architect, SRE, lead…), the field before it (Backend, Data, Product), and seniority words that
 * say how senior (Senior, Staff, Lead, II). Postings and resumes write the same title in several ways; these
 * rules let both be read alike.
 */

/** Words that name a job: a title's head. */
const JOB_NOUNS = new Set([
  'engineer',
  'developer',
  'programmer',
  'architect',
  'manager',
  'director',
  'lead',
  'head',
  'scientist',
  'analyst',
  'designer',
  'researcher',
  'administrator',
  'consultant',
  'specialist',
  'technician',
  'tester',
  'sre',
  'swe',
  'sde',
  'officer',
  'coordinator',
  'owner',
  'writer',
  'strategist',
  'advocate',
  'recruiter',
  'vp',
  'cto',
  'intern',
]);

/** Words that say how senior a title is, not what the job is. */
const SENIORITY = /^(?:junior|jr\.?|senior|sr\.?|staff|principal|lead|distinguished|associate|entry[- ]level|mid[- ]level|i{1,3}|iv|v|[1-5])$/i;

/** The same job under another head noun: a resume's "Backend Developer" is close to a posting's "Backend Engineer". */
const SAME_JOB: readonly (readonly string[])[] = [['engineer', 'developer', 'programmer']];

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Whether a piece of text reads as a job title: short, headed by a job noun, no sentence in it. */
export function readsAsJobTitle(text: string): boolean {
  const parts = words(text.trim());
  if (parts.length === 0 || parts.length > 8) return false;
  if (/[.!?;:]$|[.!?;]\s/.test(text.trim())) return false;
  if (parts.some((word) => /^(?:you|your|we|our|us|is|are|will|join|with|the|a|an|to|who|that|this)(?:['’]\w+)?$/i.test(word))) return false;
  return parts.some((word) => JOB_NOUNS.has(word.toLowerCase().replace(/[^a-z]/g, '')));
}

/**
 * A title as a posting states it, without what follows the job: the team after a comma or dash, the stack or
 * place in brackets ("Senior Backend Engineer, Payments Core", "Frontend Developer (Vue/Nuxt)").
 */
export function titleCore(text: string): string {
  return text
    .replace(/\s*[([].*$/, '')
    .replace(/\s*,.*$/, '')
    .replace(/\s+[-–—|·]\s+.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TitleParts {
  /** Seniority words as written ("Senior", "II"). */
  seniority: string[];
  /** The title without them ("Backend Engineer"). */
  base: string;
}

/** A title's seniority words and the job they qualify: "Senior Backend Engineer II" is Senior, II and Backend Engineer. */
export function splitSeniority(title: string): TitleParts {
  const parts = words(title);
  const head = parts.findLastIndex((word) => JOB_NOUNS.has(word.toLowerCase().replace(/[^a-z]/g, '')));
  // "Tech Lead", "Team Lead": a last-word "Lead" is the job, not its seniority.
  const isSeniority = (word: string, index: number) => SENIORITY.test(word) && index !== head;
  return {
    seniority: parts.filter(isSeniority),
    base: parts.filter((word, index) => !isSeniority(word, index)).join(' '),
  };
}

/** The same title with its head noun swapped for another of the same job ("Backend Developer" for "Backend Engineer"). */
export function sameJobTitles(base: string): string[] {
  const parts = words(base);
  const last = parts.at(-1)?.toLowerCase() ?? '';
  const family = SAME_JOB.find((nouns) => nouns.includes(last));
  if (!family) return [];
  return family.filter((noun) => noun !== last).map((noun) => [...parts.slice(0, -1), noun[0]!.toUpperCase() + noun.slice(1)].join(' '));
}
