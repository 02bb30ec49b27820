/**
 * Whose calendar a date is read on: a guide's dates are days written in UTC, the same for every reader; a date
 * taken from the reader's clock (a report's print date) is the day it is where they are.
 */
export type DateZone = 'utc' | 'local';

// One formatter per zone for the whole build: creating an Intl formatter per rendered card was measurable at 1,000 guides.
const longDate: Record<DateZone, Intl.DateTimeFormat> = {
  utc: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  local: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' }),
};

/** "November 24, 2026", as every page shows a date. */
export const formatDate = (date: Date, zone: DateZone = 'utc') => longDate[zone].format(date);

/** "2026-11-24", for `<time datetime>` and structured data. */
export const isoDate = (date: Date, zone: DateZone = 'utc') =>
  (zone === 'utc' ? date : new Date(date.getTime() - date.getTimezoneOffset() * 60_000)).toISOString().slice(0, 10);
