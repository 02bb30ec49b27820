import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import { findName } from './contactName.ts';
import { continuationAt, joinedDomainReadsBetter, siteTld } from './contactWrap.ts';
import type { ContactDetails } from './types.ts';

/** A detail as read, and the next line's start it was rejoined with when a line break cut it (else null). */
interface Read {
  value: string;
  continuation: string | null;
}

/**
 * An address is read outwards from each "@", at most as far as the standard allows (64 characters before it,
 * 253 after), so a long run of address-like characters costs one pass and not one per starting position.
 */
const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const MAX_EMAIL_LOCAL = 64;
const MAX_EMAIL_DOMAIN = 253;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const WHOLE_EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// The domain characters after "@", which may stop short of a full domain where the line broke ("gmail.").
const DOMAIN_RUN = /^[A-Za-z0-9.-]*/;

// Each starts at a literal host, so a failed match costs a few characters. The path may be empty or cut at a
// hyphen here: the line may have broken there, and the whole form below decides what was read.
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in\/[A-Za-z0-9_%-]*\/?)?/gi;
const WHOLE_LINKEDIN = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?$/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]*/gi;
const WHOLE_GITHUB = /^(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]+$/i;
// A URL cut after one of these goes on: no profile or site address ends with a slash, hyphen or underscore.
const CUT_PATH = /[/_-]$/;
// A LinkedIn icon that extraction dropped leaves its profile path on its own: "in/janedoe".
const LINKEDIN_PATH = /^in\/[A-Za-z0-9_%-]{2,}\/?$/;

// Header tokens: the runs between spaces and the separators templates put between details.
const HEADER_TOKEN = /[^\s|·•,;()<>[\]"]+/g;
const MAX_TOKEN = 300;
// "Portfolio:janedoe.dev", "Web: janedoe.dev": a label glued to the site is not part of it.
const TOKEN_LABEL = /^[A-Za-z]+:(?!\/\/)/;
const SITE = /^(https?:\/\/)?((?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,}))(\/[A-Za-z0-9._~%/#?=&+-]*)?$/;
const PROFILE_HOST = /(?:^|\.)(?:linkedin|github)\.com$/i;

// "Berlin, Germany", "San Francisco, CA", "Toronto, ON, Canada", "São Paulo, Brasil", "Zürich, Schweiz": a
// capitalised place, a comma, a region, in any alphabet's letters.
const LOCATION =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}, (?:\p{Lu}{2}(?![\p{L}\p{N}])|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?)/u;
const REMOTE = /\bRemote\b/;

// The phone parser is thorough and slow: it only reads lines with enough digits to hold a number. It accepts
// numbers that are possible, not only ones in service: an ATS reads the digits, it does not dial them.
// Each candidate is read in a window around it (a number with its country code and extension fits in 40
// characters), and only so many candidates are tried, so a page of digits costs no more than a resume.
const ENOUGH_DIGITS = /(?:\d[\s().+/-]{0,2}){7}/g;
const PHONE_WINDOW_BEFORE = 8;
const PHONE_WINDOW_AFTER = 40;
const MAX_PHONE_CANDIDATES = 50;
// A year range or a month and year is a possible number in many regions ("2019-2023" dials in Germany): it is
// blanked out before parsing. A lone year is left alone: "+1 415 555 2019" ends with one.
const DATE_SPAN = /(?<!\d)(?:(?:\d{1,2}[/.])?(?:19|20)\d\d ?[-–—] ?(?:\d{1,2}[/.])?(?:19|20)\d\d|\d{1,2}\/(?:19|20)\d\d)(?!\d)/g;
// "0049 30 …", "00 44 …": most of the world dials abroad with 00, which the parser only knows for the default
// region. It reads the same as "+", written " +" so every position in the window still matches the text. Only
// at the start of a number: "415 555 0012" ends with 00 after digits.
const DIAL_OUT = /(?<![\d+][\s().-]{0,2})00(?= ?[1-9])/g;
// Fewer digits than this is a postcode, a standard or a percentage ("10115", "ISO 27001"), not a phone number.
const MIN_PHONE_DIGITS = 8;

function findPhone(text: string, country: CountryCode): string | null {
  let tried = 0;
  for (const candidate of text.matchAll(ENOUGH_DIGITS)) {
    if (++tried > MAX_PHONE_CANDIDATES) break;
    const lineStart = text.lastIndexOf('\n', candidate.index) + 1;
    const lineEnd = text.indexOf('\n', candidate.index);
    const from = Math.max(lineStart, candidate.index - PHONE_WINDOW_BEFORE);
    const to = Math.min(lineEnd === -1 ? text.length : lineEnd, candidate.index + candidate[0].length + PHONE_WINDOW_AFTER);
    const window = text.slice(from, to);
    const readable = window.replace(DATE_SPAN, (span) => ' '.repeat(span.length)).replace(DIAL_OUT, ' +');
    for (const phone of findPhoneNumbersInText(readable, { defaultCountry: country, extended: true })) {
      const start = readable[phone.startsAt] === '+' && window[phone.startsAt] === '0' ? phone.startsAt - 1 : phone.startsAt;
      const read = window.slice(start, phone.endsAt);
      if (read.replace(/\D/g, '').length >= MIN_PHONE_DIGITS) return read;
    }
  }
  return null;
}

/** The domain after the "@" at `at`, rejoined with the next line when the line broke inside it. */
function readDomain(text: string, at: number): Read | null {
  const after = text.slice(at + 1, at + 1 + MAX_EMAIL_DOMAIN);
  const alone = EMAIL_DOMAIN.exec(after)?.[0] ?? '';
  const run = DOMAIN_RUN.exec(after)?.[0] ?? '';
  const next = continuationAt(text, at + 1 + run.length);
  if (next) {
    // The next line's run is cut back to domain characters; a sentence's full stop after it is not part of it.
    const token = /^[A-Za-z0-9.-]*/.exec(next.token)?.[0] ?? '';
    const joined = trimEnd(run + token, '.-');
    const brokeAtConnector = /[.-]$/.test(run) || /^[.-]/.test(token);
    if (joined.length > alone.length && WHOLE_EMAIL_DOMAIN.test(joined) && joinedDomainReadsBetter(alone, joined, brokeAtConnector)) {
      return { value: joined, continuation: token };
    }
  }
  return alone ? { value: alone, continuation: null } : null;
}

function findEmail(text: string): Read | null {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_EMAIL_LOCAL && EMAIL_LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (start === at) continue;
    const domain = readDomain(text, at);
    if (domain) return { value: `${text.slice(start, at)}@${domain.value}`, continuation: domain.continuation };
  }
  return null;
}

function trimEnd(value: string, characters: string): string {
  let end = value.length;
  while (end > 0 && characters.includes(value[end - 1] ?? '')) end -= 1;
  return value.slice(0, end);
}

/**
 * The first profile URL `pattern` finds that `whole` accepts. One cut at a slash or hyphen at a line end
 * ("linkedin.com/in/jane-" then "doe-123") is rejoined with the next line when that gives a whole URL; a
 * lower-case start is required after a hyphen, as profile paths are written in lower case and a capitalised
 * next line ("Berlin") is more likely the next detail.
 */
function findProfile(text: string, pattern: RegExp, whole: RegExp): Read | null {
  for (const match of text.matchAll(pattern)) {
    const url = match[0];
    if (CUT_PATH.test(url)) {
      const next = continuationAt(text, match.index + url.length);
      const joined = next ? trimEnd(url + next.token, '.') : '';
      if (next && whole.test(joined) && (url.endsWith('/') || /^[a-z0-9]/.test(next.token))) return { value: joined, continuation: next.token };
    }
    if (whole.test(url)) return { value: url, continuation: null };
  }
  return null;
}

interface HeaderToken {
  text: string;
  end: number;
}

function headerTokens(header: string): HeaderToken[] {
  const tokens: HeaderToken[] = [];
  for (const match of header.matchAll(HEADER_TOKEN)) {
    if (match[0].length <= MAX_TOKEN) tokens.push({ text: match[0], end: match.index + match[0].length });
  }
  return tokens;
}

/** A personal site's address in a token, or null; LinkedIn and GitHub are read on their own. */
function siteIn(token: string): { url: string; domain: string; path: string } | null {
  const url = trimEnd(token.replace(TOKEN_LABEL, ''), '.:');
  const site = SITE.exec(url);
  const [, scheme, domain = '', tld = '', path = ''] = site ?? [];
  if (!site || PROFILE_HOST.test(domain.replace(/^www\./i, ''))) return null;
  // Without a scheme only a site-like, lower-case ending counts: "ASP.NET" and "Node.js" are skills, not sites.
  if (!scheme && (!siteTld(tld) || tld !== tld.toLowerCase())) return null;
  return { url, domain, path };
}

/**
 * The first personal site in the header. When it ends a line cut inside its path ("janedoe.dev/work/" then
 * "backend") or inside its ending ("janedoe.de" then "v"), the next line is joined, on the same terms as an
 * email's domain for the ending. A site's root slash is a whole address: "janedoe.dev/" then "github.com/jane"
 * or "Berlin" is the next detail, so a path continues only from a path, and in lower case like URL paths.
 */
function findPortfolio(header: string, tokens: HeaderToken[], consumed: ReadonlySet<string>): Read | null {
  for (const token of tokens) {
    if (token.text.includes('@') || consumed.has(trimEnd(token.text, '.'))) continue;
    const site = siteIn(token.text);
    if (!site) continue;
    const next = continuationAt(header, token.end);
    if (next) {
      const joined = siteIn(token.text + next.token);
      const cutPath = CUT_PATH.test(token.text) && site.path.length > 1 && /^[a-z0-9]/.test(next.token) && joined !== null;
      const cutDomain = site.path === '' && joined?.path === '' && joinedDomainReadsBetter(site.domain, joined.domain, false);
      if (joined && (cutPath || cutDomain)) return { value: joined.url, continuation: next.token };
    }
    return { value: site.url, continuation: null };
  }
  return null;
}

/**
 * Email, phone and profiles are read anywhere in the text (some templates put them in a footer); name,
 * location and personal site only in the header, the lines before the first section.
 */
/** The details a resume's header is read for (`wrapped` is about them, not one of them). */
export const CONTACT_FIELDS = ['name', 'email', 'phone', 'linkedin', 'github', 'portfolio', 'location'] as const satisfies readonly (keyof ContactDetails)[];

/**
 * LinkedIn and GitHub profiles among the file's clickable links, as the links give them: a profile reached
 * only by clicking an icon is still the candidate's (the link-only-in-annotation warning says an ATS may miss it).
 */
export function profilesFromLinks(urls: readonly string[]): Pick<ContactDetails, 'linkedin' | 'github'> {
  return { linkedin: urls.find((url) => WHOLE_LINKEDIN.test(url)) ?? null, github: urls.find((url) => WHOLE_GITHUB.test(url)) ?? null };
}

export function readContact(text: string, header: string, region: string): ContactDetails {
  const country = (/^[A-Z]{2}$/.test(region) ? region : 'US') as CountryCode;
  const email = findEmail(text);
  const tokens = headerTokens(header);
  const iconPath = tokens.find((token) => LINKEDIN_PATH.test(token.text));
  const linkedin = findProfile(text, LINKEDIN, WHOLE_LINKEDIN) ?? (iconPath ? { value: iconPath.text, continuation: null } : null);
  const github = findProfile(text, GITHUB, WHOLE_GITHUB);
  // "jane@" then "gmail.com": the next line's start belongs to the email and is not a personal site.
  const consumed = new Set([email, linkedin, github].map((read) => read?.continuation ?? null).filter((tail) => tail !== null));
  const portfolio = findPortfolio(header, tokens, consumed);
  return {
    name: findName(header),
    email: email?.value ?? null,
    phone: findPhone(text, country),
    linkedin: linkedin?.value ?? null,
    github: github?.value ?? null,
    portfolio: portfolio?.value ?? null,
    location: LOCATION.exec(header)?.[1] ?? REMOTE.exec(header)?.[0] ?? null,
    wrapped: [email, linkedin, github, portfolio].flatMap((read) => (read?.continuation != null ? [read.value] : [])),
  };
}
