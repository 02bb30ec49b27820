import { SOURCE_KINDS, type Source } from '../schemas/source.ts';

export interface NumberedSource {
  number: number;
  source: Source;
}

/**
 * The sources a page lists, numbered for its citations: the guide's, then its company's, primary kinds
 * first (in the order of `SOURCE_KINDS`), each in the order its file lists it. One list serves the source
 * section and every citation, so a number always leads to the source it names.
 */
export function pageSources(...lists: Source[][]): NumberedSource[] {
  const kindRank = (source: Source) => SOURCE_KINDS.indexOf(source.kind);
  return lists
    .flat()
    .filter((source, index, all) => all.findIndex((other) => other.id === source.id) === index)
    .map((source, order) => ({ source, order }))
    .sort((a, b) => kindRank(a.source) - kindRank(b.source) || a.order - b.order)
    .map(({ source }, index) => ({ number: index + 1, source }));
}

/** Source id → its number on the page. */
export function citationNumbers(sources: NumberedSource[]): Record<string, number> {
  return Object.fromEntries(sources.map(({ number, source }) => [source.id, number]));
}

