/** Latin letters that Unicode does not decompose into a base letter and an accent, spelt as their readers spell them in ASCII. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * A readable id for a URL, an HTML id or a file name: "Site Reliability Engineer" → "site-reliability-engineer",
 * "Łukasz Wiśniewski" → "lukasz-wisniewski" (a letter's accent is dropped, not made a break).
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðħıßæœþ]/g, (letter) => UNDECOMPOSED[letter]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
