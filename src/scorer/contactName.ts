import { sectionOfHeading } from './sectionHeadings.ts';

/**
 * The name is what a resume puts first. Only the first few header lines are read: a name further down is a
 * reference or a company, and a place such as "San Francisco" on line five is not the candidate.
 */
const NAME_LINES = 3;
// A name line is short; reading no more of a line than this bounds the splitting below on a hostile header.
const MAX_NAME_LINE = 120;
// "Jane Doe | jane@doe.dev", "Jane Doe · Berlin", "Jane Doe – Backend Engineer": the name is the first part.
const SEGMENT_BREAK = /[|·•]| [–—-] |\t| {3}/;
// "Jane Doe, PhD": the letters after a name are not part of it. "San Francisco, CA" keeps its comma and fails.
const CREDENTIALS =
  /(?:, ?(?:PhD|Ph\.D\.|DPhil|MBA|MSc|MS|MA|MEng|BEng|BSc|BA|MD|DO|JD|LLB|LLM|Esq\.|RN|BSN|MSN|NP|LPN|DNP|PharmD|PsyD|EdD|CPA|CFA|ACCA|FCA|CEng|PE|PMP|CISSP|SHRM-CP|PGCE|Jr\.|Sr\.))+$/;
// Capitalised ("Jane", "O'Neil", "Anne-Marie", "McDonald"), all capitals ("JANE"), or an initial ("A.").
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
// "Maria de la Cruz", "Ludwig van Beethoven": lower-case particles between capitalised words.
const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'y']);
// Words that make a line a title, a document label or a heading rather than a person.
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    'resume', 'résumé', 'curriculum', 'vitae', 'cv', 'profile', 'summary', 'contact', 'engineer', 'engineering',
    'developer', 'manager', 'designer', 'analyst', 'scientist', 'consultant', 'director', 'lead', 'senior', 'junior',
    'architect', 'specialist', 'intern', 'officer', 'administrator', 'coordinator', 'associate', 'head', 'principal',
    'staff', 'product', 'software', 'data', 'backend', 'frontend', 'full-stack', 'fullstack', 'stack', 'devops',
    'marketing', 'sales', 'recruiter', 'technician', 'accountant', 'nurse', 'teacher', 'assistant', 'executive',
    'programmer', 'student', 'graduate', 'freelance', 'freelancer', 'founder', 'president', 'vp', 'chief', 'cto', 'ceo',
    // An organisation's name (a posting's or a letterhead's first line) is not a person's.
    'labs', 'lab', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'gmbh', 'ag', 'corp', 'corporation', 'company', 'co.', 'group',
    'technologies', 'solutions', 'systems', 'studio', 'studios', 'agency', 'bank', 'university', 'college', 'school',
    'institute', 'hospital', 'foundation', 'partners', 'consulting', 'software', 'health', 'capital', 'ventures',
  ],
);

/** A token that opens a contact detail: a phone number, an email. A name printed beside them ends there. */
const DETAIL_START = /\s(?=\+?\(?\d[\d\s().-]{6}|\S+@)/;

function nameIn(line: string): string | null {
  const first = line.slice(0, MAX_NAME_LINE).split(SEGMENT_BREAK)[0]?.split(DETAIL_START)[0]?.trim() ?? '';
  const name = first.replace(CREDENTIALS, '').trim();
  if (name === '' || sectionOfHeading(name)) return null;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  const capitalised = words.filter((word) => NAME_WORD.test(word));
  const allNameWords = words.every((word, index) => NAME_WORD.test(word) || (index > 0 && PARTICLES.has(word)));
  if (!allNameWords || capitalised.length < 2) return null;
  return words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase())) ? null : name;
}

/** The first of the header's opening lines that reads as a person's name: 2–4 capitalised words, nothing else. */
export function findName(header: string): string | null {
  let read = 0;
  for (const line of header.split('\n', NAME_LINES * 4)) {
    if (line.trim() === '') continue;
    const name = nameIn(line.trim());
    if (name) return name;
    if (++read >= NAME_LINES) break;
  }
  return null;
}
