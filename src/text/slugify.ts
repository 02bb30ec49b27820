/**
 * A readable id for a URL, an HTML id or a file name: "Site Reliability Engineer" → "site-reliability-engineer",
 * "Elif Şahin" → "elif-sahin" (a letter's accent is dropped, not made a break).
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
