/**
 * Inline citations in guide and company prose, written in Pandoc's syntax: `[@id]`, or several at once,
 * `[@blog-idempotency; @posting-billing]`. The page turns each into numbered links to its source list; text
 * that leaves the page (the scorer's advice, structured data, search) drops them.
 */
const CITATION = /\s*\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

function idsOf(group: string): string[] {
  return group.split(';').map((id) => id.trim().slice(1));
}

/** Every source id a text cites, in order, with repeats. */
export function citedIds(text: string): string[] {
  return [...text.matchAll(CITATION)].flatMap((match) => idsOf(match[1]!));
}

/** The text with each citation (and the space before it) replaced by what `render` makes of its ids. */
export function replaceCitations(text: string, render: (ids: string[]) => string): string {
  return text.replace(CITATION, (_, group: string) => render(idsOf(group)));
}

/** The text as read without its citations. */
export function stripCitations(text: string): string {
  return replaceCitations(text, () => '');
}
