/** A readable id for a URL or an HTML id: "Site Reliability Engineer" → "site-reliability-engineer". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
