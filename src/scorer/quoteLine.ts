import type { ResumeLine } from './types.ts';

const MAX_QUOTE = 90;

/** A line as a finding quotes it, so the reader can find it in the resume. */
export function quoteLine(line: ResumeLine): string {
  const text = line.text.replace(/^[^\p{L}\p{N}]+/u, '');
  return `"${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text}"`;
}

/** Points for reaching a share of lines: full at the target, proportionally fewer below it. */
export function sharePoints(max: number, count: number, total: number, target: number): number {
  return total === 0 ? 0 : max * Math.min(1, count / total / target);
}
