import type { DocumentProducer } from '../document/types.ts';

/**
 * Names an editor writes into its files, most specific first: Google Docs renders its PDFs with Skia like
 * Chromium does, and writes "Google Docs Renderer" next to it, so it is told apart before Chromium.
 */
const PRODUCERS: readonly (readonly [DocumentProducer, RegExp])[] = [
  ['google-docs', /\bgoogle\s*docs\b/i],
  ['tex', /\b(?:pdf|xe|lua|luahb|e-?|p|up)?(?:la)?tex\b|\bdvipdfmx?\b|\bxdvipdfmx\b|\bmiktex\b|\btectonic\b|\bhyperref\b/i],
  // "Microsoft® Word for Microsoft 365" in PDFs (the mark however it was encoded), "Microsoft Office Word" in DOCX.
  ['word', /\bmicrosoft\S{0,3}\s*(?:(?:office|macintosh)\s*)?word\b|\bword for (?:microsoft 365|mac|office 365)\b/i],
  ['libreoffice', /\blibreoffice\b|\bopenoffice\b/i],
  ['chromium', /\bskia\/pdf\b|\b(?:headless)?chrom(?:e|ium)\b/i],
];

/**
 * Which editor made a file, from the names it carries (a PDF's Creator and Producer, a DOCX's Application):
 * 'other' for a name we do not know, null when the file names none.
 */
export function documentProducer(names: readonly (string | undefined)[]): DocumentProducer | null {
  const known = names.map((name) => name?.trim() ?? '').filter((name) => name !== '');
  if (known.length === 0) return null;
  for (const [producer, pattern] of PRODUCERS) if (known.some((name) => pattern.test(name))) return producer;
  return 'other';
}
