import type { SkillCategory } from '../schemas/skill.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import type { TermMatch } from './termMatcher.ts';
import type { TermMatchers } from './termMatchers.ts';
import type { ResumeLine, ResumeStructure } from './types.ts';

/*
 * Whether a mention of a skill means the skill. Many skill names are also words, names and abbreviations of
 * other fields ("Ruby Chen", "a glass flask", "500 ml", "Chef de Partie"). The taxonomy marks such skills
 * with `ambiguity`; a mention of one, or of a short abbreviation, counts only where the resume talks
 * technology: in its skills section or a list of skills, or in a line that also names another skill, or a
 * skill no one could misread, or uses a word only technical text uses. Everywhere, a skill's name that is part of a person's
 * name (the candidate's, a referee's, "reported to Ruby Chen") is not the skill.
 */

/** Words only technical text uses: one in a line shows the line is about technology. */
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
  'code',
  'coding',
  'programming',
  'programmed',
  'compiler',
  'runtime',
  'library',
  'libraries',
  'framework',
  'frameworks',
  'server',
  'servers',
  'serverless',
  'cluster',
  'clusters',
  'deploy',
  'deployed',
  'deploys',
  'deployment',
  'deployments',
  'repo',
  'repository',
  'repositories',
  'database',
  'databases',
  'query',
  'queries',
  'schema',
  'schemas',
  'pipeline',
  'pipelines',
  'latency',
  'throughput',
  'software',
  'app',
  'apps',
  'application',
  'applications',
  'service',
  'services',
  'container',
  'containers',
  'cookbooks',
  'charts',
  'scripts',
  'scripting',
  'script',
  'module',
  'modules',
  'package',
  'packages',
  'types',
  'typed',
  'async',
  'endpoint',
  'endpoints',
  'json',
  'http',
  'grpc',
  'sql',
  'open-source',
  'github',
  'git',
  'developer',
  'developers',
  'engineers',
  'engineering',
  'firmware',
  'embedded',
  'kernel',
  'linux',
  'web',
  'mobile',
  'ios',
  'android',
  'cloud',
  'infrastructure',
  'devops',
  'ci',
  'build',
  'builds',
  'tests',
  'unit',
  'refactored',
  'refactor',
  'migrated',
  'migration',
  'data',
  'dataset',
  'datasets',
  'model',
  'models',
  'analytics',
  'dashboards',
  'statistical',
  'statistics',
  'regression',
  'language',
  'languages',
  'stack',
  'tooling',
  'plugin',
  'plugins',
  'workers',
  'hooks',
  'components',
  'routes',
  'notebooks',
  'topics',
  'bugs',
  'provision',
  'provisioned',
  'production',
  'outages',
  'alerts',
  'rollouts',
  'releases',
  'feature',
  'features',
  'traffic',
  'uptime',
  'requests',
  'users',
  'codemods',
  'transformations',
  'frontend',
  'typescript',
  'javascript',
  'programming',
  'engines',
  'platform',
]);

/** A word, with the dots and hyphens inside it (Node.js, back-end) but not a full stop after it. */
const WORD_ANY_CASE = /[A-Za-z][A-Za-z0-9+#]*(?:[.-][A-Za-z0-9+#]+)*/g;
const HONORIFIC = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?\s+$/;
/** Short capitals (ML, LLM, NLP): abbreviations other fields use too. */
const ABBREVIATION = /^[A-Z]{2,4}s?$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** How a taxonomy's skills are written, read once per taxonomy to tell which skills a line names. */
interface TaxonomyNames {
  /** One-word names and aliases → skill: as written for case-sensitive skills, in lower case for the rest. */
  words: ReadonlyMap<string, string>;
  /** Names of several words, in lower case → skill ("spring boot", "event-driven architecture"). */
  phrases: readonly [phrase: string, skill: string][];
}

const namesCache = new WeakMap<Taxonomy, TaxonomyNames>();

function namesOf(taxonomy: Taxonomy): TaxonomyNames {
  let names = namesCache.get(taxonomy);
  if (!names) {
    const words = new Map<string, string>();
    const phrases: [string, string][] = [];
    for (const [name, skill] of Object.entries(taxonomy)) {
      for (const term of [name, ...skill.aliases]) {
        if (/\s/.test(term)) phrases.push([term.toLowerCase(), name]);
        else words.set(skill.caseSensitive ? term : term.toLowerCase(), name);
      }
    }
    names = { words, phrases };
    namesCache.set(taxonomy, names);
  }
  return names;
}

/** Kinds of skill whose names are products and languages, not ordinary words: one named makes a line technical. */
const TOOL_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['language', 'framework', 'database', 'infrastructure', 'cloud', 'frontend', 'data']);

export interface SenseReader {
  /** Whether this mention means the skill it names. */
  means(match: TermMatch): boolean;
}

export function skillSense(text: string, structure: ResumeStructure, taxonomy: Taxonomy, matchers: TermMatchers): SenseReader {
  const lines = structure.lines;
  const lineAt = (at: number): ResumeLine | undefined => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const line = lines[mid]!;
      if (at < line.start) high = mid - 1;
      else if (at >= line.end) low = mid + 1;
      else return line;
    }
    return undefined;
  };
  const name = structure.contact.name;
  const nameAt = name ? [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((found) => found.index) : [];
  const inName = (match: TermMatch) => name !== null && nameAt.some((at) => match.start >= at && match.end <= at + name.length);

  const needsContext = (match: TermMatch): boolean => {
    const skill = taxonomy[match.term];
    return skill !== undefined && (skill.ambiguity !== undefined || ABBREVIATION.test(text.slice(match.start, match.end)));
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
  /** Cheap signs first: the section, a list, a technical word; then which skills the line names. */
  const isTechnical = (line: ResumeLine): boolean => {
    if (line.section === 'Skills' || (line.text.match(/[,|;•·]/g)?.length ?? 0) >= 2) return true;
    const words = line.text.match(WORD_ANY_CASE) ?? [];
    if (words.some((word) => TECHNICAL_WORDS.has(word.toLowerCase()) || TECHNICAL_WORDS.has(word.toLowerCase().replace(/e?s$/, '')))) return true;
    const names = namesOf(taxonomy);
    const named = new Set(words.flatMap((word) => names.words.get(word) ?? names.words.get(word.toLowerCase()) ?? []));
    const lower = line.text.toLowerCase();
    for (const [phrase, skill] of names.phrases) if (lower.includes(phrase)) named.add(skill);
    return named.size >= 2 || [...named].some((skill) => !taxonomy[skill]?.ambiguity && TOOL_CATEGORIES.has(taxonomy[skill]!.category));
  };
  const partOfName = (match: TermMatch, line: ResumeLine | undefined): boolean => {
    const before = text.slice(Math.max(line?.start ?? 0, match.start - 40), match.start);
    if (HONORIFIC.test(before)) return true;
    const previous = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    const next = /^\s+(\S+)/.exec(text.slice(match.end, match.end + 40))?.[1]?.replace(/[,.;:]$/, '') ?? '';
    // The line's first word is capitalised as a sentence's is, whoever it names.
    const startsLine = line !== undefined && text.slice(line.start, match.start).replace(/^[•\s]+/, '').trimEnd() === previous;
    const isSkill = (word: string) => matchers.resolve(word) !== word || Object.hasOwn(taxonomy, word);
    return (TITLE_CASE.test(previous) && !startsLine && !isSkill(previous)) || (TITLE_CASE.test(next) && !isSkill(next));
  };

  return {
    means(match) {
      const line = lineAt(match.start);
      if (line?.section === 'References' || inName(match)) return false;
      if (!needsContext(match)) return true;
      const written = text.slice(match.start, match.end);
      if (taxonomy[match.term]?.caseSensitive && TITLE_CASE.test(written) && partOfName(match, line)) return false;
      return line === undefined || talksTechnology(line);
    },
  };
}
