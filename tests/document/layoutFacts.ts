import type { LayoutFacts } from '../../src/document/types.ts';

/** A file with nothing an ATS trips on: one column, nothing in its margins, every glyph readable, no links. */
export const CLEAN_LAYOUT: LayoutFacts = {
  columns: 1,
  headerFooterText: [],
  undecodableChars: 0,
  ligaturesRepaired: 0,
  hyphenationsJoined: 0,
  hiddenText: [],
  producer: null,
  links: [],
  pictures: null,
};
