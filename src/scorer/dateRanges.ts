import type { MonthDate } from './types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = "(?:19|20)\\d{2}|'\\d{2}";
const POINT = `(?:${MONTH}\\s+(?:${YEAR})|\\d{1,2}\\s*/\\s*(?:${YEAR})|${YEAR})`;
const OPEN_END = '(?:present|current|now|today|ongoing)';
const RANGE = new RegExp(`\\b(${POINT})\\s*(?:-|–|—|to|until)\\s*(${POINT}|${OPEN_END})\\b`, 'gi');
const IS_OPEN_END = new RegExp(`^${OPEN_END}$`, 'i');

/** A date range as written, and the months it spans; `to` is null when it runs to the present. */
export interface DateRange {
  start: number;
  end: number;
  from: MonthDate;
  to: MonthDate | null;
}

/**
 * One end of a range as a month. A year alone counts as its January: "2018 – 2020" runs from January 2018 to
 * January 2020, about two years, neither the one nor the three a reader could also make of it. Two-digit years
 * ('19) are this century's below 50.
 */
function monthOf(point: string): MonthDate {
  const yearText = /(?:19|20)\d{2}|'\d{2}/.exec(point)?.[0] ?? '';
  const year = yearText.startsWith("'") ? Number(yearText.slice(1)) + (Number(yearText.slice(1)) < 50 ? 2000 : 1900) : Number(yearText);
  const named = MONTHS.indexOf(point.slice(0, 3).toLowerCase());
  const numbered = /^(\d{1,2})\s*\//.exec(point)?.[1];
  const month = named >= 0 ? named + 1 : numbered !== undefined && Number(numbered) >= 1 && Number(numbered) <= 12 ? Number(numbered) : 1;
  return { year, month };
}

/** Date ranges such as "Jan 2021 – Present", "03/2019 - 06/2021" or "2018–2020", in order. */
export function readDateRanges(text: string): DateRange[] {
  return [...text.matchAll(RANGE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    from: monthOf(match[1]!),
    to: IS_OPEN_END.test(match[2]!) ? null : monthOf(match[2]!),
  }));
}

export function countDateRanges(text: string): number {
  return readDateRanges(text).length;
}

/** Whether a line holds a date range: the line of a role or a degree, which opens an entry. */
export function holdsDateRange(line: string): boolean {
  return readDateRanges(line).length > 0;
}

/** A calendar date's month, as the engine takes "today" from its caller. */
export function monthOfDate(date: Date): MonthDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}
