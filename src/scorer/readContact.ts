import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import type { ContactDetails } from './types.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]+(?![A-Za-z0-9-])/i;
// "Berlin, Germany", "San Francisco, CA", "Toronto, ON, Canada": a capitalised place, a comma, a region.
const LOCATION = /\b([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}, (?:[A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)/;
const REMOTE = /\bRemote\b/;

// The phone parser is thorough and slow: it only reads lines with enough digits to hold a number. It accepts
// numbers that are possible, not only ones in service: an ATS reads the digits, it does not dial them.
const ENOUGH_DIGITS = /(?:\d[\s().+/-]{0,2}){7}/;

function findPhone(text: string, country: CountryCode): string | null {
  for (const line of text.split('\n')) {
    if (!ENOUGH_DIGITS.test(line)) continue;
    const [phone] = findPhoneNumbersInText(line, { defaultCountry: country, extended: true });
    if (phone) return line.slice(phone.startsAt, phone.endsAt);
  }
  return null;
}

/** Contact details sit in the header: only the lines before the first section are read for a location. */
export function readContact(text: string, header: string, region: string): ContactDetails {
  const country = (/^[A-Z]{2}$/.test(region) ? region : 'US') as CountryCode;
  return {
    email: EMAIL.exec(text)?.[0] ?? null,
    phone: findPhone(text, country),
    linkedin: LINKEDIN.exec(text)?.[0] ?? null,
    github: GITHUB.exec(text)?.[0] ?? null,
    location: LOCATION.exec(header)?.[1] ?? REMOTE.exec(header)?.[0] ?? null,
  };
}
