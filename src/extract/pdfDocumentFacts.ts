import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { MAX_DOCUMENT_LINKS, type DocumentLink, type DocumentProducer } from '../document/types.ts';
import { documentProducer } from './documentProducer.ts';

/*
 * What a PDF says about itself besides its text: the editor that made it, and the links it carries as
 * clickable areas.
 */

function stringField(record: object, key: string): string | undefined {
  const value: unknown = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The editor, from the Info dictionary's Creator and Producer and their XMP twins. Metadata is advice only:
 * a file whose metadata cannot be read is still read for its text, with the editor unknown.
 */
export async function pdfProducer(pdf: PDFDocumentProxy): Promise<DocumentProducer | null> {
  try {
    const { info, metadata } = await pdf.getMetadata();
    const xmp = (name: string) => metadata?.get(name) ?? undefined;
    return documentProducer([stringField(info, 'Creator'), stringField(info, 'Producer'), xmp('xmp:creatortool'), xmp('pdf:producer')]);
  } catch {
    return null;
  }
}

const LINK_PROTOCOL = /^(?:https?|mailto):/i;

/**
 * The web and mail addresses of a page's link annotations (pdf.js sets `url` only on a valid absolute one).
 * Like metadata, links are advice: a page whose annotations cannot be read still yields its text.
 */
export async function readLinkUrls(page: PDFPageProxy): Promise<string[]> {
  let annotations: unknown[];
  try {
    annotations = await page.getAnnotations({ intent: 'display' });
  } catch {
    return [];
  }
  return annotations.flatMap((annotation) => {
    if (typeof annotation !== 'object' || annotation === null) return [];
    const url = stringField(annotation, 'url');
    return stringField(annotation, 'subtype') === 'Link' && url !== undefined && LINK_PROTOCOL.test(url) ? [url] : [];
  });
}

/**
 * How an address reads in text: a mail link's address; a web link's host (less "www.") and path (less a
 * closing slash), since "linkedin.com/in/jane" in the text shows the link "https://www.linkedin.com/in/jane/".
 */
function shownForm(url: string): string {
  if (/^mailto:/i.test(url)) return safeDecode(url.slice('mailto:'.length).split('?')[0] ?? '').toLowerCase();
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  return `${host}${safeDecode(parsed.pathname).replace(/\/+$/, '')}`.toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Each link once (two links to one shown address are one), at most MAX_DOCUMENT_LINKS, marked visible when
 * its address stands in `text`. Whitespace is ignored in the text because a long address may wrap a line.
 */
export function documentLinks(urls: readonly string[], text: string): DocumentLink[] {
  const haystack = text.toLowerCase().replace(/\s+/g, '');
  const seen = new Set<string>();
  const links: DocumentLink[] = [];
  for (const url of urls) {
    if (links.length === MAX_DOCUMENT_LINKS) break;
    const shown = shownForm(url);
    if (shown === '' || seen.has(shown)) continue;
    seen.add(shown);
    links.push({ url, visible: haystack.includes(shown.replace(/\s+/g, '')) });
  }
  return links;
}
