/**
 * Inline citations in guide and company prose, written in Pandoc's syntax: `[@id]`, or several at once,
 * `[@blog-idempotency; @posting-billing]`. The page turns each into numbered links to its source list; text
 * that leaves the page (the scorer's advice, structured data, search) drops them.
 */
const CITATION = /\s*\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

export type CitedPart = { text: string } | { ids: string[] };

function idsOf(group: string): string[] {
  return group.split(';').map((id) => id.trim().slice(1));
}

/** Every source id a text cites, in order, with repeats. */
export function citedIds(text: string): string[] {
  return [...text.matchAll(CITATION)].flatMap((match) => idsOf(match[1]!));
}

/** The text cut at its citations: plain runs and the ids each citation names. */
export function splitCitations(text: string): CitedPart[] {
  const parts: CitedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ ids: idsOf(match[1]!) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The text as read without its citations. */
export function stripCitations(text: string): string {
  return text.replace(CITATION, '');
}
