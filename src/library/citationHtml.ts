import { replaceCitations } from './citations.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One citation as the page shows it: numbered links to the sources it names. An id the page does not list
 * fails the build, so a citation can never point nowhere.
 */
export function citationHtml(ids: readonly string[], numbers: Readonly<Record<string, number>>): string {
  const links = ids.map((id) => {
    const number = numbers[id];
    if (number === undefined) throw new Error(`[@${id}] cites no source of this page (its sources: ${Object.keys(numbers).join(', ')})`);
    return `<a href="#source-${id}" aria-label="source ${number}">${number}</a>`;
  });
  return `<sup class="cite">[${links.join(', ')}]</sup>`;
}

/**
 * Rendered HTML (a guide's body) with its `[@id]` citations turned into links. Guides are MDX compiled by
 * Astro's own processor, which runs no remark plugins, so citations are resolved in its output: ids are
 * lowercase words and hyphens, which no tag or entity contains.
 */
export function citationsInHtml(html: string, numbers: Readonly<Record<string, number>>): string {
  return replaceCitations(html, (ids) => citationHtml(ids, numbers));
}

/** Plain text (frontmatter prose) as HTML, citations linked. */
export function citedTextHtml(text: string, numbers: Readonly<Record<string, number>>): string {
  return citationsInHtml(escapeHtml(text), numbers);
}
