/**
 * A narrow sidebar column breaks an email or URL where the line runs out: "jane.doe@gmail.co" then "m". An ATS
 * reads the first line alone and keeps a truncated address. These helpers decide when the next line carries
 * on what the current one cut off. Every test here reads a bounded slice, so a hostile page costs one pass.
 */

/** Top-level domains a person's address or site is likely to use beyond the two-letter country codes. */
const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'dev', 'app', 'me', 'ai', 'info', 'biz', 'tech', 'page',
  'site', 'xyz', 'online', 'design', 'studio', 'cloud', 'codes', 'blog', 'email', 'pro', 'name', 'work', 'works',
  'space', 'art', 'website', 'digital', 'academy', 'engineer', 'software', 'systems', 'solutions', 'portfolio',
]);

/**
 * Country codes seen on resumes' own sites. A bare "word.word" is only a site when its ending is one of these or
 * a generic domain: a resume is full of "Node.js" and "v2.3", which are not.
 */
const SITE_COUNTRY_TLDS: ReadonlySet<string> = new Set([
  'co', 'uk', 'de', 'fr', 'nl', 'es', 'it', 'ca', 'au', 'in', 'ch', 'se', 'no', 'dk', 'fi', 'be', 'at', 'pl', 'ie',
  'jp', 'us', 'eu', 'br', 'mx', 'nz', 'sg', 'il', 'cz', 'pt', 'ly', 'to', 'gg', 'sh', 'cc', 'tv', 'fm',
]);

/** Any two-letter ending is a country code, so it can end an email domain. */
function plausibleTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  return GENERIC_TLDS.has(lower) || /^[a-z]{2}$/.test(lower);
}

/** Stricter than `plausibleTld`: a bare domain without a scheme has to end like a site to be taken for one. */
export function siteTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  return GENERIC_TLDS.has(lower) || SITE_COUNTRY_TLDS.has(lower);
}

// A wrapped line may carry a few trailing spaces, and the next one an indent; more than that is layout, not a wrap.
const LINE_BREAK = /^[ \t\r]{0,8}\n[ \t]{0,8}/;
// The continuation is the unbroken run at the start of the next line, as long as any real address or URL; one
// character more is read to tell a run of 200 from a longer one.
const MAX_CONTINUATION = 200;
const CONTINUATION = /^[A-Za-z0-9._%+/#?=&~-]{1,201}/;

/**
 * When `end` is the end of its line, the unbroken run that starts the next line, and where that run ends.
 * A run longer than 200 characters is not returned: no address is that long, so it is not a continuation.
 */
export function continuationAt(text: string, end: number): { token: string; end: number } | null {
  const gap = LINE_BREAK.exec(text.slice(end, end + 20));
  if (!gap) return null;
  const start = end + gap[0].length;
  const run = CONTINUATION.exec(text.slice(start, start + MAX_CONTINUATION + 1));
  if (!run || run[0].length > MAX_CONTINUATION) return null;
  return { token: run[0], end: start + run[0].length };
}

/** The last label of a domain, its top-level domain. */
function tldOf(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1);
}

/**
 * Whether `joined` (a domain and the next line's start) reads better than `alone` (the domain the line ended
 * with, '' when the line ended before any full domain). Joining must give a plausible ending; a domain that
 * was already whole is only extended when the line broke inside its ending: "gmail.co" + "m" gives a generic
 * "com", a country code's "co" does not become "cod", nor "posteo.de" "posteo.dede.linkedin.com".
 */
export function joinedDomainReadsBetter(alone: string, joined: string, brokeAtConnector: boolean): boolean {
  const joinedTld = tldOf(joined);
  if (!plausibleTld(joinedTld)) return false;
  if (alone === '' || brokeAtConnector) return true;
  // A whole domain followed by a line that holds a domain of its own ("posteo.de" then "de.linkedin.com") ends
  // there: the next line is the next detail.
  if (joined.slice(alone.length).includes('.')) return false;
  const aloneTld = tldOf(alone).toLowerCase();
  return GENERIC_TLDS.has(joinedTld.toLowerCase()) && !GENERIC_TLDS.has(aloneTld);
}
