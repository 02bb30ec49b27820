const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = "(?:19|20)\\d{2}|'\\d{2}";
const POINT = `(?:${MONTH}\\s+(?:${YEAR})|\\d{1,2}\\s*/\\s*(?:${YEAR})|${YEAR})`;
const OPEN_END = '(?:present|current|now|today|ongoing)';
const RANGE = new RegExp(`\\b${POINT}\\s*(?:-|–|—|to|until)\\s*(?:${POINT}|${OPEN_END})\\b`, 'gi');

/** Date ranges such as "Jan 2021 – Present", "03/2019 - 06/2021" or "2018–2020". */
export function countDateRanges(text: string): number {
  return text.match(RANGE)?.length ?? 0;
}

/** Whether a line holds a date range: the line of a role or a degree, which opens an entry. */
export function holdsDateRange(line: string): boolean {
  RANGE.lastIndex = 0;
  return RANGE.test(line);
}
