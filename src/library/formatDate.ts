// One formatter for the whole build: creating an Intl formatter per rendered card was measurable at 1,000 guides.
const longDate = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "November 24, 2026", as every page shows a guide's date. */
export const formatDate = (date: Date) => longDate.format(date);

/** "2026-11-24", for `<time datetime>` and structured data. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
