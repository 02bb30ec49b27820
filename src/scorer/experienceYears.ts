import { readDateRanges } from './dateRanges.ts';
import type { MonthDate, ResumeStructure } from './types.ts';

/** A resume's experience as its dated roles add it up. */
export interface Experience {
  /** Months covered by at least one role, each month once however many roles overlap in it. */
  months: number;
  /** Dated roles read. */
  roles: number;
  /** Roles that run to the present ("– Present"), which need today's date to be measured. */
  openRoles: number;
}

const monthIndex = (date: MonthDate) => date.year * 12 + (date.month - 1);

/**
 * The time a resume's Experience section spans: its date ranges (month and year, year alone, to "Present"),
 * overlapping roles counted once, nothing after `asOf`. Dates in Education, Projects or elsewhere do not
 * count: a degree is not work experience. A range counts its first and last month ("Jan – Dec 2020" is a
 * year); without `asOf`, a role to the present is left out.
 */
export function experienceOf(structure: ResumeStructure, asOf: MonthDate | undefined): Experience {
  const now = asOf === undefined ? undefined : monthIndex(asOf);
  const ranges = structure.lines.filter((line) => line.section === 'Experience' && !line.isHeading).flatMap((line) => readDateRanges(line.text));
  const spans = ranges
    .map((range) => {
      const from = monthIndex(range.from);
      const to = range.to === null ? now : monthIndex(range.to);
      return to === undefined ? null : { from, to: Math.min(to, now ?? to) + 1 };
    })
    .filter((span): span is { from: number; to: number } => span !== null && span.from < span.to)
    .sort((a, b) => a.from - b.from);
  let months = 0;
  let reach = -Infinity;
  for (const span of spans) {
    const from = Math.max(span.from, reach);
    if (span.to > from) months += span.to - from;
    reach = Math.max(reach, span.to);
  }
  return { months, roles: ranges.length, openRoles: ranges.filter((range) => range.to === null).length };
}
