import type { SkillGraph } from '../taxonomy/skillGraph.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { readsAsJobTitle, titleCore } from './jobTitles.ts';
import type { PostingLine } from './postingSections.ts';
import type { TermMatch } from './termMatcher.ts';

/*
 * Alternatives a posting offers as one requirement: "Ruby, Java, Go or Scala", "Python/Go", "one of X, Y, Z",
 * "any of", "such as X, Y", "e.g. X, Y", "like X or Y", "X, Y, or similar", "Terraform or another
 * infrastructure-as-code tool". Skills joined by "and" are each asked for. When the alternatives follow a
 * concept the taxonomy knows ("a relational database (PostgreSQL, MySQL)", "message brokers like Kafka or
 * RabbitMQ"), they are the concept's examples: the concept is one more way to meet the requirement. A slash
 * offers a choice only between skills of one kind ("Python/Go", not "Java/Spring"); brackets after a tool list
 * its parts ("AWS (EKS, RDS)"), and in a job title a slash names the stack ("Frontend Developer (Vue/Nuxt)").
 */

export interface RequirementGroup {
  /** Canonical names: the concept first when the posting names one, then the alternatives in the posting's order. */
  terms: string[];
  /** The posting's choice as a reader says it: "Ruby, Java, Go or Scala", "Relational Databases (PostgreSQL or MySQL)". */
  label: string;
  /** The mentions it is made of. */
  members: TermMatch[];
}

type Joint = 'comma' | 'or' | 'slash' | 'and';

/** A version after a skill ("Python 3", "Angular 17+") is part of its name here. */
const VERSION = /^\s*v?\d[\w.]*\+?/;
/** "or another relational database", "or another modern JS framework (": a choice that ends in a kind, not a name. */
const OR_ANOTHER = /^\s*,?\s*or\s+(?:(?:an?|any)\s+)?(?:other|another|similar|comparable|equivalent)\b(?:\s+(?!(?:of|with|for|to|in|on|that|which|way)\b)[\w-]+){0,3}\s*\(?\s*$/i;
/** A word that goes on with the name before it ("Xcode Cloud or Fastlane"), and names the taxonomy lacks ("InfluxDB, TimescaleDB, ClickHouse"). */
const NAME_GOES_ON = /^\s+[A-Z][\w.+#-]*(?=\s*(?:,|\/|\bor\b|\band\b))/;
const UNKNOWN_NAME = /,\s*[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*)?(?=\s*(?:,|\bor\b|\band\b))/g;

function jointOf(between: string): Joint | undefined {
  const text = between.replace(VERSION, '').replace(NAME_GOES_ON, '').replace(UNKNOWN_NAME, '');
  if (/^\s*,\s*$/.test(text)) return 'comma';
  if (/^\s*\/\s*$/.test(text)) return 'slash';
  if (/^\s*,?\s*(?:or|and\/or)\s*$/i.test(text) || OR_ANOTHER.test(text)) return 'or';
  if (/^\s*,?\s*(?:and|&|\+|as well as)\s*$/i.test(text)) return 'and';
  return undefined;
}

/** Words that open a list of alternatives, right before its first item (names the taxonomy lacks may come between). */
const UNKNOWN_ITEMS = '(?:[A-Z][\\w.+#-]*(?:\\s+[A-Z][\\w.+#-]*)?,\\s*)*';
const OPENS_CHOICE = new RegExp(
  `(?:\\bone of|\\bany of(?: the following)?(?:\\s+[\\w-]+){0,3}|\\beither|\\bsuch as|\\be\\.g\\.?|\\bfor example|\\blike|\\bi\\.e\\.?)\\s*[:,]?\\s*(?:the\\s+)?\\(?\\s*${UNKNOWN_ITEMS}$`,
  'i',
);
/** "…, or similar", "… or another kind", "… or Pulsar" after the last item: the list was a choice. */
const ENDS_CHOICE = /^\s*,?\s*(?:or|and\/or)\s+(?:(?:(?:an?|any)\s+)?(?:similar|equivalent|comparable|other|another)\b|(?=[A-Z]))/i;
const OPENS_BRACKET = new RegExp(`\\(\\s*(?:(?:e\\.g\\.?|i\\.e\\.?|such as|like)\\s*,?\\s*)?${UNKNOWN_ITEMS}$`, 'i');
const CLOSES_BRACKET = /^\s*(?:,?\s*(?:or|and\/or)\s+(?:similar|others?|equivalent)\s*)?(?:,\s*[A-Z][\w.+#-]*\s*)*\)/;
/** Between a concept and its examples: a noun or two, then "(", "such as", "like", "e.g.". */
const INTRODUCES_EXAMPLES = new RegExp(
  `^\\s*(?:[\\w-]+\\s+){0,2}?(?:\\(\\s*(?:e\\.g\\.?|i\\.e\\.?|such as|like)?|,?\\s*such as|like|e\\.g\\.?|i\\.e\\.?|for example)\\s*[:,]?\\s*${UNKNOWN_ITEMS}$`,
  'i',
);

/** Characters either side of a list in which its cue ("such as", "or similar", a bracket) is looked for. */
const CUE_REACH = 120;

interface Run {
  members: TermMatch[];
  joints: Joint[];
}

/** Mentions in a line joined only by list punctuation and "or"/"and", in order. */
function runsOf(matches: readonly TermMatch[], text: string): Run[] {
  const runs: Run[] = [];
  for (const [index, match] of matches.entries()) {
    const current = runs.at(-1);
    const previous = current?.members.at(-1);
    const next = matches[index + 1];
    // "Vue or another modern JS framework (React, Svelte)": JS only says what kind; the choice goes on in the bracket.
    if (previous && next) {
      const toNext = text.slice(previous.end, next.start);
      if (toNext.trimEnd().endsWith('(') && OR_ANOTHER.test(toNext) && !text.slice(previous.end, match.start).includes('(')) continue;
    }
    const joint = previous ? jointOf(text.slice(previous.end, match.start)) : undefined;
    if (current && joint) {
      current.members.push(match);
      current.joints.push(joint);
    } else runs.push({ members: [match], joints: [] });
  }
  return runs;
}

/** Parts of a run asked for one by one: split at "and" unless a cue or brackets make the whole run a choice. */
function splitAtAnd(run: Run): Run[] {
  const parts: Run[] = [{ members: [run.members[0]!], joints: [] }];
  run.joints.forEach((joint, index) => {
    const member = run.members[index + 1]!;
    if (joint === 'and') parts.push({ members: [member], joints: [] });
    else {
      parts.at(-1)!.members.push(member);
      parts.at(-1)!.joints.push(joint);
    }
  });
  return parts;
}

export function findRequirementGroups(text: string, lines: readonly PostingLine[], matches: readonly TermMatch[], taxonomy: Taxonomy, graph: SkillGraph): RequirementGroup[] {
  const kindOf = (term: string) => taxonomy[term]?.kind;
  const under = (term: string, concept: string) => graph.narrower(concept).includes(term);
  /** Two skills a slash offers as a choice: of one kind, neither a part of the other. */
  const alternatives = (a: string, b: string) => taxonomy[a]?.category === taxonomy[b]?.category && !under(a, b) && !under(b, a);
  const groups: RequirementGroup[] = [];
  let index = 0;
  for (const line of lines) {
    const inLine: TermMatch[] = [];
    while (index < matches.length && matches[index]!.start < line.end) {
      if (matches[index]!.start >= line.start) inLine.push(matches[index]!);
      index++;
    }
    if (inLine.length < 2 || line.isHeading) continue;
    // In a job title a slash or a bracket names the stack the job works in, not a choice.
    if (line.text.split(/\s+[-–—|·]\s+/).some((part) => readsAsJobTitle(titleCore(part.replace(/^[#*\s]+/, ''))))) continue;
    const position = new Map(inLine.map((match, at) => [match, at]));
    for (const run of runsOf(inLine, text)) {
      if (run.members.length < 2) continue;
      const first = run.members[0]!;
      const last = run.members.at(-1)!;
      // A cue stands right beside the list: the words just before and after it are all that is read.
      const lead = text.slice(Math.max(line.start, first.start - CUE_REACH), first.start);
      const tail = text.slice(last.end, Math.min(line.end, last.end + CUE_REACH));
      const cued = OPENS_CHOICE.test(lead) || ENDS_CHOICE.test(tail);
      const bracketed = OPENS_BRACKET.test(lead) && CLOSES_BRACKET.test(tail);
      const previous = inLine[position.get(first)! - 1];
      // What the bracket follows: a concept (examples of it), a tool (its parts), or a plain noun (examples).
      const head = previous && INTRODUCES_EXAMPLES.test(text.slice(previous.end, first.start)) ? previous : undefined;
      // Named tools in brackets are examples to choose from; practices in brackets ("star schema, slowly changing
      // dimensions") spell out what is asked.
      const examples = bracketed && run.members.every((member) => kindOf(member.term) === 'tool') && (head === undefined || kindOf(head.term) === 'concept');
      const wholeChoice = cued || examples;
      for (const part of wholeChoice ? [run] : splitAtAnd(run)) {
        if (part.members.length < 2) continue;
        const terms = part.members.map((member) => member.term);
        const choice =
          wholeChoice ||
          part.joints.includes('or') ||
          (part.joints.every((joint) => joint === 'slash') && terms.every((term, at) => at === 0 || alternatives(terms[at - 1]!, term)));
        if (!choice) continue;
        const concept = head !== undefined && kindOf(head.term) === 'concept' && part.members[0] === first ? head : undefined;
        const names = [...new Set(terms)];
        if (names.length < 2) continue;
        const choices = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
        groups.push({
          terms: concept ? [concept.term, ...names.filter((name) => name !== concept.term)] : names,
          label: concept ? `${concept.term} (${choices})` : choices,
          members: concept ? [concept, ...part.members] : part.members,
        });
      }
    }
  }
  return groups;
}
