import type { SkillNode, Taxonomy } from '../taxonomy/taxonomy.ts';
import { lineIndexAt } from './lineIndexAt.ts';
import type { TermMatch } from './termMatcher.ts';
import type { TermMatchers } from './termMatchers.ts';
import type { ResumeLine, ResumeStructure, SectionName } from './types.ts';

/*
 * Whether a mention of a skill means the skill. Many skill names are also words, names and abbreviations of
 * other fields ("Ruby Chen", "a glass flask", "500 ml", "monitoring vital signs", "a canary"). A mention
 * counts anywhere when it is written as no ordinary text writes it (PostgreSQL, k8s, Node.js, Kubernetes).
 * A mention that could be ordinary — a concept, a term made of English words (the taxonomy's `wordlike`,
 * found in a dictionary), a short abbreviation, or a skill whose `ambiguity` the taxonomy explains — counts
 * only where its context talks technology: its line (the skills section, a list of two or more skills, a tool
 * named with its version, a word only technical text uses, a skill written as no ordinary text writes it, two
 * tools together, a role or field named for the skill), or the other lines of its job or project. Ordinary-
 * looking concepts never vouch for each other: "monitoring" and "testing" together are still a nurse's words,
 * and a career changer's nursing job is read on its own lines, not the software job's. A tool written as a
 * name mid-sentence ("sales reporting in Python") also counts when the resume names it unmistakably elsewhere.
 * Everywhere, an acronym is only itself in capitals ("rice" is not RICE), and a skill's name that is part of a
 * person's name (the candidate's, a referee's, "reported to Ruby Chen") or stands in References is not the skill.
 */

/**
 * Words only technical text uses: one in a line shows the line is about technology. Words that other fields
 * share are left out however often engineers use them ("code" of conduct, a "unit" test in Year 7, a sales
 * "pipeline", "container" ships, the public "library", a "module" of a nursing course).
 */
const TECHNICAL_WORDS = new Set([
  'api',
  'apis',
  'sdk',
  'sdks',
  'cli',
  'backend',
  'back-end',
  'frontend',
  'front-end',
  'full-stack',
  'microservice',
  'microservices',
  'codebase',
  'codebases',
  'programming',
  'programmed',
  'compiler',
  'compilers',
  'runtime',
  'runtimes',
  'framework',
  'frameworks',
  'server',
  'servers',
  'serverless',
  'deployed',
  'deploys',
  'deployment',
  'deployments',
  'repo',
  'repos',
  'repository',
  'repositories',
  'database',
  'databases',
  'schema',
  'schemas',
  'latency',
  'throughput',
  'software',
  'containers',
  'containerised',
  'containerized',
  'endpoint',
  'endpoints',
  'json',
  'http',
  'grpc',
  'open-source',
  'github',
  'developer',
  'developers',
  'programmer',
  'programmers',
  'dashboard',
  'dashboards',
  'analytics',
  'statistical',
  'sre',
  'firmware',
  'kernel',
  'devops',
  'refactored',
  'refactor',
  'refactoring',
  'dataset',
  'datasets',
  'plugin',
  'plugins',
  'async',
  'codemods',
  'typescript',
  'javascript',
  'cpu',
  'gpu',
  'frontends',
  'backends',
  'middleware',
  'webhook',
  'webhooks',
  'bytes',
  'lambdas',
  'kubernetes',
  'jvm',
  'cicd',
  'ci/cd',
  'website',
  'websites',
  'unit-tested',
  'e2e',
  'sql',
]);

/**
 * A role in software or product work ("Site Reliability Engineer", "Data Scientist", "Product Manager"): a job
 * headed by one (its title line, not a bullet or a posting's prose) is technical work, so its bullets'
 * practices ("owned the roadmap", "automated remediation") are the practices they name. Roles other fields
 * share are left out ("Reliability Engineer" at a plant, a charity's "Program Manager", a lab's "Test Engineer").
 */
const TECHNICAL_ROLE =
  /\b(?:(?:software|site reliability|data|machine learning|ML|AI|devops|platform|cloud|infrastructure|backend|back-end|frontend|front-end|full[- ]stack|mobile|iOS|Android|web|QA|security|database|analytics)\s+(?:engineers?|engineering|developers?|architects?|scientists?|analysts?|administrators?)|(?:product|technical program)\s+(?:managers?|owners?|management)|SREs?)\b/i;

/** A word, with the dots and hyphens inside it (Node.js, back-end) but not a full stop after it. */
const WORD_ANY_CASE = /[A-Za-z][A-Za-z0-9+#]*(?:[.-][A-Za-z0-9+#]+)*/g;
const HONORIFIC = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame)\.?\s+$/;
/** Short capitals (ML, LLM, NLP), with a digit too (S3, EC2): abbreviations, postcodes and models other fields use too. */
const ABBREVIATION = /^[A-Z][A-Z0-9]{1,3}s?$/;
/** A term the taxonomy writes as an acronym (RICE, RAG, DOM): written in any other case it is a word. */
const ACRONYM = /^[A-Z][A-Z0-9]+$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A word with a capital inside it, as identifiers and product names are written (SwiftUI, RxJS, CMake, macOS), but not a surname (McDonald, DeLuca). */
const CODE_CASE = /^(?!Mc|Mac|De|Di|La|Le|Van|Von|PhD$|[BMD](?:Sc|Eng|Phil|Ed|Res|Arch|Mus)$)(?:\p{L}*\p{Ll}\p{Lu}|\p{Lu}{2,}\p{Ll}{2,})/u;
/** A word and, when one follows, the version number after it ("Java 17", "Python 3.12", "Rails 7"). */
const WORD_AND_NEXT = /([A-Za-z][A-Za-z0-9+#]*(?:[.-][A-Za-z0-9+#]+)*)(?:\s+v?(\d+(?:\.\d+)*)\b(?![%,.]?\d))?/g;
/** Sections made of entries (a job, a project) whose lines speak for each other. */
const ENTRY_SECTIONS: ReadonlySet<SectionName> = new Set(['Experience', 'Projects', 'Research', 'Leadership', 'Volunteering', 'Summary']);
/** Capitalised words beside a skill that are no one's name: dates, roles, certifications ("Docker Jan 2023", "Android Engineer"). */
const NOT_A_NAME =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Present|Current|Now|Engineer|Engineers|Engineering|Developer|Developers|Scientist|Scientists|Researcher|Architect|Programmer|Administrator|Certified|Certification|Specialist|Practitioner|Professional|Associate|Expert)$/;
/** A job title in the skill ("Machine Learning Engineer", "AWS Certified"). */
const ROLE_AFTER = /^\s+(?:engineer|engineers|engineering|developer|developers|scientist|researcher|architect|programmer|administrator|certified)\b/i;
/** A field of study or teaching ("MSc in Machine Learning", "Lecturer in Statistics"). */
const FIELD_BEFORE = /\b(?:lecturer|reader|professor|researcher|phd|dphil|msc|m\.sc\.|bsc|b\.sc\.|meng|beng|master|masters|master's|bachelor|bachelor's|degree|diploma|major|minor)\s+(?:of\s+|in\s+)?$/i;
/** A four-digit year is a date, not a version. */
const YEAR = /^(?:19|20)\d\d$/;
/** What separates the items of a list of skills ("Python, Go and SQL"; "AWS | GCP"). */
const LIST_SEPARATOR = /\s*(?:[,|;•·]|\s(?:and|or|&)\s)\s*/;
/** A label before a list ("Languages: C, Go"). */
const LABEL = /^[^:]{1,30}:\s*/;

/** How a taxonomy's skills are written, read once per taxonomy to tell which skills a line names. */
interface TaxonomyNames {
  /** One-word names and aliases → skill: as written for case-sensitive skills, in lower case for the rest. */
  words: ReadonlyMap<string, string>;
  /** Names of several words, in lower case, by their first word → skill ("spring" → "spring boot"). */
  phrases: ReadonlyMap<string, readonly [phrase: string, skill: string][]>;
  /** Every name and alias in lower case → the way the taxonomy writes it ("rice" → "RICE"). */
  written: ReadonlyMap<string, string>;
}

const namesCache = new WeakMap<Taxonomy, TaxonomyNames>();

function namesOf(taxonomy: Taxonomy): TaxonomyNames {
  let names = namesCache.get(taxonomy);
  if (!names) {
    const words = new Map<string, string>();
    const phrases = new Map<string, [string, string][]>();
    const written = new Map<string, string>();
    for (const [name, skill] of Object.entries(taxonomy)) {
      for (const term of [name, ...skill.aliases]) {
        if (/\s/.test(term)) {
          const phrase = term.toLowerCase();
          const first = phrase.split(/[\s-]/, 1)[0]!;
          phrases.set(first, [...(phrases.get(first) ?? []), [phrase, name]]);
        }
        else words.set(skill.caseSensitive ? term : term.toLowerCase(), name);
        // "Nginx" and "NGINX" are one name: an acronym spelling never hides a spelling that is a word.
        const known = written.get(term.toLowerCase());
        if (known === undefined || ACRONYM.test(known)) written.set(term.toLowerCase(), term);
      }
    }
    names = { words, phrases, written };
    namesCache.set(taxonomy, names);
  }
  return names;
}

/** The taxonomy's own spelling of a mention, through a plural ("circuit breakers" → "circuit breaker"). */
function termOf(names: TaxonomyNames, written: string): string | undefined {
  const lower = written.toLowerCase();
  return names.written.get(lower) ?? names.written.get(lower.replace(/e?s$/, ''));
}

/** Whether a mention could be an ordinary word, name or abbreviation, and so needs a technical line to count. */
function couldBeOrdinary(skill: SkillNode, term: string | undefined, written: string): boolean {
  return (
    skill.kind === 'concept' || skill.ambiguity !== undefined || ABBREVIATION.test(written) || (term !== undefined && skill.wordlike.includes(term.toLowerCase()))
  );
}

type Verdict = 'yes' | 'no' | 'if named elsewhere';

export interface SenseReader {
  /** The mentions that mean the skills they name: all of one skill's mentions are read together. */
  meaningful(matches: readonly TermMatch[]): TermMatch[];
}

/** A line as the sense rules read it; `technical` when the document already says so (a posting's requirements). */
export type SenseLine = ResumeLine & { technical?: boolean };

/** What the sense rules read of a document: its lines (a resume's, or a posting's), and the candidate's name if any. */
export interface SenseDocument {
  lines: readonly SenseLine[];
  contact: Pick<ResumeStructure['contact'], 'name'>;
}

export function skillSense(text: string, structure: SenseDocument, taxonomy: Taxonomy, matchers: TermMatchers): SenseReader {
  const names = namesOf(taxonomy);
  const lines = structure.lines;
  const indexAt = lineIndexAt(lines);
  /**
   * The entry a line belongs to: a job, project or degree, from the lines that head it (title, employer,
   * dates) through its bullets. Its other lines are the context a bullet of few words lacks ("Capacity
   * planning ahead of Black Friday" under a job whose bullets name Kafka; not under a ward nurse's job).
   */
  const entryOf = (index: number): [first: number, last: number] => {
    /** Whether line `at` continues the entry of line `at - 1`: same section, and not a head line after a bullet. */
    const continues = (at: number) => {
      const line = lines[at];
      const before = lines[at - 1];
      return line !== undefined && before !== undefined && !line.isHeading && !before.isHeading && line.section === before.section && !(before.isBullet && !line.isBullet);
    };
    let first = index;
    while (continues(first)) first--;
    let last = index;
    while (continues(last + 1)) last++;
    return [first, last];
  };
  const entryTalksTechnology = (index: number): boolean => {
    const [first, last] = entryOf(index);
    for (let at = first; at <= last; at++) if (talksTechnology(lines[at]!)) return true;
    return false;
  };
  const name = structure.contact.name;
  const nameAt = name ? [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((found) => found.index) : [];
  const inName = (match: TermMatch) => name !== null && nameAt.some((at) => match.start >= at && match.end <= at + name.length);

  /** The skill a word or phrase names on its own, if it is nothing but a skill's name. */
  const skillNamed = (phrase: string): string | undefined => {
    const known = names.words.get(phrase) ?? names.words.get(phrase.toLowerCase());
    if (known !== undefined) return known;
    const term = termOf(names, phrase);
    return term === undefined ? undefined : matchers.resolve(term);
  };
  const technical = new Map<number, boolean>();
  const talksTechnology = (line: ResumeLine): boolean => {
    let known = technical.get(line.start);
    if (known === undefined) {
      known = isTechnical(line);
      technical.set(line.start, known);
    }
    return known;
  };
  /**
   * Cheap signs first: the section, a technical word, a word written the way only code is written; then a
   * list of skills, a tool named with its version, a skill no one could misread, or two tools named together.
   */
  const isTechnical = (line: SenseLine): boolean => {
    if (line.section === 'Skills' || line.technical === true) return true;
    const words = line.text.match(WORD_ANY_CASE) ?? [];
    if (words.some((word) => TECHNICAL_WORDS.has(word.toLowerCase()) || CODE_CASE.test(word))) return true;
    if (!line.isBullet && ENTRY_SECTIONS.has(line.section) && TECHNICAL_ROLE.test(line.text)) return true;
    const items = line.text
      .replace(LABEL, '')
      .split(LIST_SEPARATOR)
      .map((item) => item.replace(LABEL, '').replace(/[.()]+$/, '').trim());
    if (items.filter((item) => item !== '' && skillNamed(item) !== undefined).length >= 2) return true;
    const tools = new Set<string>();
    const abbreviations = new Set<string>();
    const candidates: (TermMatch & { abbreviation: boolean })[] = [];
    for (const found of line.text.matchAll(WORD_AND_NEXT)) {
      const [, word, version] = found as unknown as [string, string, string | undefined];
      const skill = names.words.get(word) ?? names.words.get(word.toLowerCase());
      if (skill === undefined) continue;
      const node = taxonomy[skill]!;
      if (!couldBeOrdinary(node, termOf(names, word), word)) return true;
      if (version !== undefined && !YEAR.test(version)) return true;
      const capitalised = word[0] !== word[0]!.toLowerCase();
      if (node.kind !== 'tool' || node.ambiguity?.listOnly || !capitalised) continue;
      const start = line.start + found.index;
      candidates.push({ term: skill, start, end: start + word.length, abbreviation: ABBREVIATION.test(word) });
    }
    const lower = line.text.toLowerCase();
    for (const word of new Set(lower.match(/[^\s-]+/g))) {
      for (const [phrase, skill] of names.phrases.get(word) ?? []) {
        if (!lower.includes(phrase)) continue;
        const node = taxonomy[skill]!;
        if (!couldBeOrdinary(node, phrase, phrase)) return true;
        if (node.kind === 'tool') tools.add(skill);
      }
    }
    // Two tools vouch for each other, two people do not ("Maria Rust and Tom Jenkins"); an abbreviation is a
    // postcode or a grade as often as a tool, so it vouches only beside a named one ("Java on AWS").
    if (tools.size + candidates.length < 2) return false;
    for (const candidate of candidates) {
      if (partOfName(candidate, line)) continue;
      if (candidate.abbreviation) abbreviations.add(candidate.term);
      else tools.add(candidate.term);
    }
    return tools.size >= 2 || (tools.size === 1 && abbreviations.size >= 1);
  };
  const partOfName = (match: TermMatch, line: ResumeLine | undefined): boolean => {
    const before = text.slice(Math.max(line?.start ?? 0, match.start - 40), match.start);
    // A name goes on within its line: the heading under a bullet ending "in Go" is not a surname.
    const after = text.slice(match.end, Math.min(line?.end ?? text.length, match.end + 40));
    if (HONORIFIC.test(before)) return true;
    const previous = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    const next = /^\s+(\S+)/.exec(after)?.[1]?.replace(/[,.;:]$/, '') ?? '';
    const nameLike = (word: string) => {
      const bare = word.replace(/['’]s$/, '');
      return TITLE_CASE.test(bare) && !NOT_A_NAME.test(bare) && skillNamed(bare) === undefined;
    };
    // A sentence's first word is capitalised whatever it names ("Built Airflow DAGs"). A code in capitals
    // follows a place's name ("Sheffield S3") but is followed by its own product's words ("EC2 Auto Scaling").
    const named = nameLike(previous) && !startsSentence(match.start - before.length + before.lastIndexOf(previous), line);
    return named || (TITLE_CASE.test(text.slice(match.start, match.end)) && nameLike(next));
  };
  /** Whether the text at `at` opens its line or a sentence: a capital there says nothing about what it names. */
  const startsSentence = (at: number, line: ResumeLine | undefined): boolean => {
    const lead = text.slice(line?.start ?? 0, at);
    // After a colon a label ends and a name may begin ("References: Maria Rust"): only a full stop opens a sentence.
    return /^[\s•\-–*·|]*$/.test(lead) || /[.!?]\s+$/.test(lead);
  };
  /** "Machine Learning Engineer", "Lecturer in Statistics": a role or a field of study named for the skill. */
  const namesRoleOrField = (match: TermMatch): boolean =>
    ROLE_AFTER.test(text.slice(match.end, match.end + 16)) || FIELD_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start));

  /** 'yes', 'no', or 'if named elsewhere': a tool written as a name, mid-sentence, whose line alone cannot tell. */
  const read = (match: TermMatch): Verdict => {
    const index = indexAt(match.start);
    const line = lines[index];
    if (line?.section === 'References' || inName(match)) return 'no';
    const skill = taxonomy[match.term];
    if (skill === undefined) return 'yes';
    const written = text.slice(match.start, match.end);
    const term = termOf(names, written);
    if (term !== undefined && ACRONYM.test(term) && written !== written.toUpperCase()) return 'no';
    if (!couldBeOrdinary(skill, term, written)) return 'yes';
    if (/^\p{Lu}/u.test(written) && line?.section !== 'Skills' && partOfName(match, line)) return 'no';
    if (line === undefined || talksTechnology(line) || namesRoleOrField(match)) return 'yes';
    if (ENTRY_SECTIONS.has(line.section) && entryTalksTechnology(index)) return 'yes';
    const asName = skill.kind === 'tool' && /^\p{Lu}/u.test(written) && !startsSentence(match.start, line);
    return asName ? 'if named elsewhere' : 'no';
  };

  // One mention is asked about in every list of terms that holds its skill (a keyword's own, a concept's).
  const verdicts = new Map<string, Verdict>();
  const verdictOf = (match: TermMatch): Verdict => {
    const key = `${match.start}:${match.end}:${match.term}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = read(match);
      verdicts.set(key, verdict);
    }
    return verdict;
  };

  return {
    meaningful(matches) {
      const verdicts = matches.map(verdictOf);
      // A tool the resume names unmistakably somewhere ("Python" in its skills) is the same tool when its name
      // stands mid-sentence in a bullet that says nothing else technical ("sales reporting in Python").
      const established = new Set(matches.filter((_, index) => verdicts[index] === 'yes').map((match) => match.term));
      return matches.filter((match, index) => verdicts[index] === 'yes' || (verdicts[index] === 'if named elsewhere' && established.has(match.term)));
    },
  };
}
