import type { ResumeLine } from './types.ts';

const MAX_QUOTE = 90;

/**
 * Text as a finding quotes it, so the reader can find it: in quotes, its list marker dropped, and a long line
 * cut to a readable length around the words that matter (`focus`, offsets in `text`; its start by default).
 */
export function quoteText(text: string, focus: { start: number; end: number } = { start: 0, end: 0 }): string {
  const marker = /^[^\p{L}\p{N}]*/u.exec(text)?.[0].length ?? 0;
  const body = text.slice(marker).trimEnd();
  if (body.length <= MAX_QUOTE) return `"${body}"`;
  const middle = Math.max(0, (focus.start + focus.end) / 2 - marker);
  let from = Math.max(0, Math.min(Math.round(middle - MAX_QUOTE / 2), body.length - MAX_QUOTE));
  let to = from + MAX_QUOTE;
  // Whole words only: a cut moves to the nearest space inside the window.
  if (from > 0) from = body.indexOf(' ', from) + 1 || from;
  if (to < body.length) to = body.lastIndexOf(' ', to) > from ? body.lastIndexOf(' ', to) : to;
  return `"${from > 0 ? '…' : ''}${body.slice(from, to).trim()}${to < body.length ? '…' : ''}"`;
}

/** A resume line as a finding quotes it. */
export function quoteLine(line: ResumeLine): string {
  return quoteText(line.text);
}

/** Points for reaching a share of lines: full at the target, proportionally fewer below it. */
export function sharePoints(max: number, count: number, total: number, target: number): number {
  return total === 0 ? 0 : max * Math.min(1, count / total / target);
}
