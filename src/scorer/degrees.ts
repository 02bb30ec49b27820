import type { DegreeLevel } from './types.ts';

/*
 * Degrees as postings ask for them and resumes list them: the words ("Bachelor's", "Master of Science",
 * "doctorate", "associate degree") and the abbreviations (BS, B.S., BSc, B.Sc., BA, BEng, BFA, MS, M.S., MSc,
 * MEng, MBA, MFA, PhD, Ph.D.). A bare two-letter abbreviation is also a word ("MS SQL Server", a "BA" team,
 * a state), so in running text it counts only beside a degree's company: a field ("MS in Statistics"),
 * another degree ("BS/MS", "MS or PhD"), or the word "degree".
 */

const DEGREE_LEVELS: readonly DegreeLevel[] = ['associate', 'bachelor', 'master', 'doctorate'];

export const DEGREE_NAMES: Record<DegreeLevel, string> = {
  associate: "an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: 'a doctorate',
};

export const degreeRank = (level: DegreeLevel) => DEGREE_LEVELS.indexOf(level);

export interface DegreeMention {
  level: DegreeLevel;
  start: number;
  end: number;
}

const WORDS: readonly [DegreeLevel, RegExp][] = [
  ['doctorate', /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|d\.phil\.?)(?![a-z])/gi],
  ['master', /\b(?:master(?:'|’)?s\b(?:\s+degree)?|master of [a-z]+|master degree|graduate degree|advanced degree)/gi],
  ['bachelor', /\b(?:bachelor(?:'|’)?s?\b(?:\s+degree)?|bachelor of [a-z]+|undergraduate degree|(?:four|4)[- ]year degree|college degree|university degree)/gi],
  ['associate', /\bassociate(?:'|’)?s?\s+(?:degree|of (?:science|arts|applied [a-z]+))/gi],
];

/** Abbreviations that are unmistakably degrees (dotted, or three letters and more). */
const SURE_ABBREVIATIONS: readonly [DegreeLevel, RegExp][] = [
  ['bachelor', /\b(?:B\.\s?S\.(?:c\.)?|B\.\s?Sc\.?|BSc|B\.\s?A\.|B\.?\s?Eng\.?|BFA|BBA|B\.?\s?Tech)(?![\w])/g],
  ['master', /\b(?:M\.\s?S\.(?:c\.)?|M\.\s?Sc\.?|MSc|M\.\s?A\.|M\.?\s?Eng\.?|MBA|M\.B\.A\.?|MFA|MPH|M\.?\s?Tech)(?![\w])/g],
  ['associate', /\b(?:A\.\s?A\.\s?S\.|A\.\s?S\.|A\.\s?A\.|AAS)(?![\w])/g],
];

/** Two capitals that are a degree only in a degree's company. */
const BARE_ABBREVIATIONS: readonly [DegreeLevel, RegExp][] = [
  ['bachelor', /\b(?:BS|BA)\b/g],
  ['master', /\b(?:MS|MA)\b/g],
];
const DEGREE_COMPANY_AFTER = /^(?:\s*(?:\/|or|and|,)\s*(?:[BM][A-Z]{1,2}|Ph\.?D|[Mm]aster|[Bb]achelor|[Dd]octorate)|\s+(?:in|of)\s|\s+degree\b|\s*\(|\s*$)/;
const DEGREE_COMPANY_BEFORE = /(?:[BM][A-Z]{1,2}|[Mm]aster(?:'|’)?s|[Bb]achelor(?:'|’)?s)\s*(?:\/|or|and)\s*$/;
/** Products the bare capitals also open: "MS SQL Server", "MS Office". */
const NOT_A_DEGREE_AFTER = /^\s*(?:SQL|Office|Excel|Word|Teams|Access|Azure|Dynamics|Project|Outlook|PowerPoint|Visio|Windows)\b/;

/** A cheap look before the patterns: every degree above holds one of these. */
const MAY_NAME_A_DEGREE = /ph\.?\s?d|doctor|d\.phil|master|bachelor|graduate|degree|associate|\b[ABM]\.?\s?[A-Z]/i;

/**
 * The degrees a text names, in order. `anywhere` reads bare "BS"/"MS" as degrees wherever they stand: in a
 * resume's Education section nothing else uses them.
 */
export function findDegrees(text: string, bare: 'anywhere' | 'beside-a-degree'): DegreeMention[] {
  if (!MAY_NAME_A_DEGREE.test(text)) return [];
  const found: DegreeMention[] = [];
  const add = (level: DegreeLevel, pattern: RegExp, accept: (start: number, end: number) => boolean = () => true) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((other) => start < other.end && other.start < end) && accept(start, end)) found.push({ level, start, end });
    }
  };
  for (const [level, pattern] of WORDS) add(level, pattern);
  for (const [level, pattern] of SURE_ABBREVIATIONS) add(level, pattern);
  for (const [level, pattern] of BARE_ABBREVIATIONS) {
    add(level, pattern, (start, end) => {
      const after = text.slice(end, end + 40);
      if (NOT_A_DEGREE_AFTER.test(after)) return false;
      return bare === 'anywhere' || DEGREE_COMPANY_AFTER.test(after) || DEGREE_COMPANY_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
