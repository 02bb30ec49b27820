import type { DocxPart } from './docxParts.ts';

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const XML_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * Where the document's hyperlinks point, from the relationships of its body, headers and footers: web and
 * mail addresses only (a link inside the file, to a bookmark, has no relationship of this kind).
 */
export function docxLinkUrls(relationships: readonly DocxPart[]): string[] {
  const urls: string[] = [];
  for (const part of relationships) {
    for (const [tag] of part.xml.matchAll(RELATIONSHIP)) {
      if (!attribute(tag, 'Type')?.endsWith('/hyperlink') || attribute(tag, 'TargetMode') !== 'External') continue;
      const target = attribute(tag, 'Target')?.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity]!);
      if (target !== undefined && /^(?:https?:|mailto:)/i.test(target)) urls.push(target);
    }
  }
  return urls;
}
