import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import type { ContactDetails } from './types.ts';

/**
 * An address is read outwards from each "@", at most as far as the standard allows (64 characters before it,
 * 253 after), so a long run of address-like characters costs one pass and not one per starting position.
 */
const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const MAX_EMAIL_LOCAL = 64;
const MAX_EMAIL_DOMAIN = 253;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]+(?![A-Za-z0-9-])/i;
// "Berlin, Germany", "San Francisco, CA", "Toronto, ON, Canada": a capitalised place, a comma, a region.
const LOCATION = /\b([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}, (?:[A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)/;
const REMOTE = /\bRemote\b/;

// The phone parser is thorough and slow: it only reads lines with enough digits to hold a number. It accepts
// numbers that are possible, not only ones in service: an ATS reads the digits, it does not dial them.
// Each candidate is read in a window around it (a number with its country code and extension fits in 40
// characters), and only so many candidates are tried, so a page of digits costs no more than a resume.
const ENOUGH_DIGITS = /(?:\d[\s().+/-]{0,2}){7}/g;
const PHONE_WINDOW_BEFORE = 8;
const PHONE_WINDOW_AFTER = 40;
const MAX_PHONE_CANDIDATES = 50;

function findPhone(text: string, country: CountryCode): string | null {
  let tried = 0;
  for (const candidate of text.matchAll(ENOUGH_DIGITS)) {
    if (++tried > MAX_PHONE_CANDIDATES) break;
    const lineStart = text.lastIndexOf('\n', candidate.index) + 1;
    const lineEnd = text.indexOf('\n', candidate.index);
    const from = Math.max(lineStart, candidate.index - PHONE_WINDOW_BEFORE);
    const to = Math.min(lineEnd === -1 ? text.length : lineEnd, candidate.index + candidate[0].length + PHONE_WINDOW_AFTER);
    const window = text.slice(from, to);
    const [phone] = findPhoneNumbersInText(window, { defaultCountry: country, extended: true });
    if (phone) return window.slice(phone.startsAt, phone.endsAt);
  }
  return null;
}

function findEmail(text: string): string | null {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_EMAIL_LOCAL && EMAIL_LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (start === at) continue;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 1 + MAX_EMAIL_DOMAIN));
    if (domain) return `${text.slice(start, at)}@${domain[0]}`;
  }
  return null;
}

/** Contact details sit in the header: only the lines before the first section are read for a location. */
export function readContact(text: string, header: string, region: string): ContactDetails {
  const country = (/^[A-Z]{2}$/.test(region) ? region : 'US') as CountryCode;
  return {
    email: findEmail(text),
    phone: findPhone(text, country),
    linkedin: LINKEDIN.exec(text)?.[0] ?? null,
    github: GITHUB.exec(text)?.[0] ?? null,
    location: LOCATION.exec(header)?.[1] ?? REMOTE.exec(header)?.[0] ?? null,
  };
}
