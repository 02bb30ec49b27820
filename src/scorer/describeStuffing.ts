import type { Stuffing } from './findStuffing.ts';
import { quoteLine } from './quoteLine.ts';
import { STUFFING } from './scoringRules.ts';
import type { Finding } from './types.ts';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** Names enough of a block's skills to recognise it. */
const SHOWN_SKILLS = 5;

/** What the report says about one piece of stuffing: what was seen, where, and what to do. */
export function describeStuffing(stuffing: Stuffing): Finding {
  if (stuffing.kind === 'repeated-list') {
    const shown = stuffing.repeated.slice(0, SHOWN_SKILLS);
    const more = stuffing.repeated.length - shown.length;
    return {
      rule: 'keyword-stuffing',
      severity: 'problem',
      message: `A keyword line repeats ${plural(stuffing.repeated.length, 'skill')} already listed (${listFormat.format(more > 0 ? [...shown, `${more} more`] : shown)}): ${quoteLine(stuffing.line)}.`,
      fix: 'Delete the repeated block, visible or in white text: recruiters and modern ATS read a pasted keyword list as stuffing. One skills list is enough.',
    };
  }
  const { term, mentions, lines, doubled, most, words, listings } = stuffing;
  const seen = `"${term}" appears ${plural(mentions, 'time')}${lines === 1 ? '' : ` in ${plural(lines, 'line')}`}`;
  const finding = (message: string, fix: string): Finding => ({ rule: 'keyword-stuffing', severity: 'problem', message, fix });
  switch (stuffing.sign) {
    case 'crowded-line':
      return finding(
        `${seen}${lines === 1 ? '' : `, ${most.count} of them`} in one line: ${quoteLine(most.line)}.`,
        'Name it once in that line. A skill counts for the different pieces of work it stands beside, not for repeats.',
      );
    case 'listed':
      return finding(
        `${seen}, listed in ${listings} keyword lists outside your experience.`,
        'Keep it in one skills list, and show it in the bullet about the work you did with it.',
      );
    case 'doubled':
      return finding(
        `${seen}, twice or more in ${doubled} of them, as in ${quoteLine(most.line)}.`,
        'Name it once per bullet and spend the words on what the work achieved.',
      );
    case 'share':
      return finding(
        `${seen}: ${Math.round((100 * mentions) / words)}% of your ${words} words, where honest resumes stay under ${STUFFING.share * 100}%.`,
        'Cut the mentions that add no new work, and say what each piece of work did in its own words.',
      );
  }
}
