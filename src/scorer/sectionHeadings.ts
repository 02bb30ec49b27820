import type { SectionName } from './types.ts';

/**
 * The headings ATS parsers recognise, by section. A resume that invents its own ("Where I've been")
 * loses its structure in most of them, so only these names count as headings.
 */
const HEADINGS: Record<Exclude<SectionName, 'Contact'>, string[]> = {
  Summary: ['summary', 'professional summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'career summary', 'overview'],
  Experience: [
    'experience',
    'work experience',
    'professional experience',
    'relevant experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'professional background',
    'industry experience',
  ],
  Education: ['education', 'academic background', 'education and training', 'academics', 'qualifications'],
  Skills: [
    'skills',
    'technical skills',
    'core skills',
    'key skills',
    'core competencies',
    'competencies',
    'technologies',
    'tech stack',
    'tools',
    'skills and tools',
    'tools and technologies',
    'technical proficiencies',
    'expertise',
    'areas of expertise',
  ],
  Projects: ['projects', 'personal projects', 'selected projects', 'side projects', 'open source', 'open source contributions', 'key projects'],
  Certifications: ['certifications', 'certificates', 'licenses and certifications', 'licenses & certifications', 'certifications and licenses'],
  Awards: ['awards', 'honors', 'honours', 'achievements', 'awards and honors', 'accomplishments'],
  Publications: ['publications', 'talks', 'writing', 'publications and talks', 'speaking'],
  Volunteering: ['volunteering', 'volunteer experience', 'volunteer work', 'community'],
  Languages: ['languages', 'spoken languages'],
  Interests: ['interests', 'hobbies', 'hobbies and interests'],
};

const SECTION_BY_HEADING = new Map<string, SectionName>(
  Object.entries(HEADINGS).flatMap(([section, names]) => names.map((name) => [name, section as SectionName] as const)),
);

function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[:|]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a whole line names, if the line is a heading. */
export function sectionOfHeading(line: string): SectionName | undefined {
  if (line.length > 40) return undefined;
  return SECTION_BY_HEADING.get(headingKey(line));
}

/** "Skills: Python, Go" — a heading with its content on the same line. */
export function inlineSection(line: string): { section: SectionName; rest: string } | undefined {
  const match = /^([A-Za-z &]{3,30}):\s*(\S.*)$/.exec(line);
  if (!match) return undefined;
  const section = SECTION_BY_HEADING.get(headingKey(match[1]!));
  return section ? { section, rest: match[2]! } : undefined;
}

export const RECOGNISED_HEADINGS = HEADINGS;
