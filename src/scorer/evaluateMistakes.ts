import type { Mistake, MistakeRuleId } from '../schemas/mistake.ts';
import { slugify } from '../text/slugify.ts';
import type { BulletMeasures } from './measureBullets.ts';
import { BULLET_LENGTH_TARGET, BULLET_WORDS, QUANTIFIED_TARGET } from './scoringRules.ts';
import type { ResumeAnalysis } from './analyzeResume.ts';
import type { TermMatch } from './termMatcher.ts';
import { lineIndexAt } from './lineIndexAt.ts';
import { quoteLine } from './quoteLine.ts';
import type { CheckResult, ResumeLine } from './types.ts';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const orFormat = new Intl.ListFormat('en', { type: 'disjunction' });
/** Skills under a check's terms named in a failing message, as examples of what would count. */
const EXAMPLES = 3;

type Context = Pick<ResumeAnalysis, 'matchers' | 'mentionsOf' | 'demonstrating' | 'measures' | 'text' | 'structure'>;

function ruleCheck(rule: MistakeRuleId, measures: BulletMeasures): { passed: boolean; message: string } {
  const total = measures.achievements.length;
  if (total === 0) return { passed: false, message: 'No experience bullets were found to check.' };
  if (rule === 'concise-bullets') {
    const share = measures.rightLength.length / total;
    const passed = share >= BULLET_LENGTH_TARGET && measures.duty.length <= 1;
    return {
      passed,
      message: `${measures.rightLength.length} of ${total} bullets are ${BULLET_WORDS.min}–${BULLET_WORDS.max} words; ${measures.duty.length} ${measures.duty.length === 1 ? 'leans' : 'lean'} on duty phrases.`,
    };
  }
  if (rule === 'scale-shown' || rule === 'speed-measured') {
    const [shown, what] = rule === 'scale-shown' ? [measures.scaled, 'give the scale of what you built or ran'] : [measures.timed, 'measure speed'];
    const [first] = shown;
    return {
      passed: first !== undefined,
      message: first === undefined ? `None of your ${total} experience bullets ${what} with a figure.` : `${shown.length} of ${total} experience bullets ${what} with a figure, such as ${quoteLine(first)}.`,
    };
  }
  const share = measures.quantified.length / total;
  return {
    passed: share >= QUANTIFIED_TARGET,
    message: `${measures.quantified.length} of ${total} experience bullets carry a number (${Math.round(QUANTIFIED_TARGET * 100)}% needed).`,
  };
}

/**
 * A found skill as the reader sees it: its name, and, where the resume never writes the name, the words that
 * showed it ("Query Optimization ("tuned the slowest queries")").
 */
function shown(matches: readonly TermMatch[], context: Context): string {
  const { text } = context;
  const term = matches[0]!.term;
  const named = matches.some((match) => context.matchers.resolve(text.slice(match.start, match.end).replace(/[\s-]+/g, ' ')) === term);
  if (named) return term;
  const first = matches[0]!;
  return `${term} ("${text.slice(first.from ?? first.start, first.end).replace(/\s+/g, ' ')}")`;
}

/** Found skills grouped by skill, in the order the resume names them. */
function bySkill(matches: readonly TermMatch[]): TermMatch[][] {
  const groups = new Map<string, TermMatch[]>();
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const group = groups.get(match.term);
    if (group) group.push(match);
    else groups.set(match.term, [match]);
  }
  return [...groups.values()];
}

/**
 * A terms check is met by its terms, by any skill the taxonomy places under them (PostgreSQL under relational
 * databases), and by the work those skills name as a bullet writes it ("tuned slow queries"); `min` counts the
 * check's own terms met, however many skills meet each.
 */
function termsCheck(check: Extract<Mistake['check'], { terms: unknown }>, context: Context): { passed: boolean; message: string } {
  const asked = check.terms.map(context.matchers.resolve);
  const under = new Map(asked.map((term) => [term, new Set([term, ...context.matchers.graph.narrower(term)])]));
  const all = [...new Set(asked.flatMap((term) => [...under.get(term)!]))];
  const matches = context.mentionsOf(all);
  const indexAt = lineIndexAt(context.structure.lines);
  const lineOf = (at: number): ResumeLine | undefined => context.structure.lines[indexAt(at)];
  const working = new Set(context.demonstrating);
  const inExperience = (match: TermMatch) => working.has(lineOf(match.start)!);
  const counted = check.where === 'experience' ? matches.filter(inExperience) : matches;
  const met = asked.filter((term) => counted.some((match) => under.get(term)!.has(match.term)));
  const passed = met.length >= check.min;
  const experience = bySkill(matches.filter(inExperience));
  // A listed skill is worth naming only when the experience does not already meet the term it belongs to.
  const settled = (skill: string) => (check.where === 'experience' ? met : []).some((term) => under.get(term)!.has(skill));
  const shownThere = new Set(experience.map((group) => group[0]!.term));
  const elsewhere = bySkill(matches.filter((match) => !inExperience(match) && !shownThere.has(match.term) && !settled(match.term)));
  const parts: string[] = [];
  if (experience.length > 0) parts.push(`Shown in your experience: ${listFormat.format(experience.map((group) => shown(group, context)))}.`);
  if (elsewhere.length > 0) {
    const sections = listFormat.format([...new Set(elsewhere.flatMap((group) => group.map((match) => placeOf(lineOf(match.start)))))]);
    const names = listFormat.format(elsewhere.map((group) => shown(group, context)));
    parts.push(check.where === 'experience' ? `Only in your ${sections}, never in an experience bullet: ${names}.` : `Named in your ${sections}: ${names}.`);
  }
  if (parts.length === 0) {
    const examples = [...new Set(asked.flatMap((term) => context.matchers.graph.narrower(term)))].slice(0, EXAMPLES);
    const place = check.where === 'experience' ? ' in your experience' : '';
    const one = asked.length === 1;
    const under = examples.length > 0 ? `, nor work under ${one ? 'it' : 'them'} such as ${orFormat.format(examples)}` : '';
    parts.push(`${one ? `${asked[0]} not` : `None of ${orFormat.format(asked)}`} found${place}${under}.`);
  }
  if (!passed && met.length > 0) parts.push(`${check.min} of ${listFormat.format(asked)} are needed; this shows ${met.length} (${listFormat.format(met)}).`);
  return { passed, message: parts.join(' ') };
}

/** Where a listed skill stands, as the reader would name the place. */
function placeOf(line: ResumeLine | undefined): string {
  return line === undefined || line.section === 'Contact' ? 'header' : `${line.section.toLowerCase()} section`;
}

/** The guide's common mistakes, each run as a pass/fail check with the reason. */
export function evaluateMistakes(mistakes: readonly Mistake[], context: Context): CheckResult[] {
  return mistakes.map(({ title, check }) => ({ id: slugify(title), title, ...('rule' in check ? ruleCheck(check.rule, context.measures) : termsCheck(check, context)) }));
}
