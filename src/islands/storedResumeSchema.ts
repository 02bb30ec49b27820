import * as z from 'zod/mini';
import { DOCUMENT_PRODUCERS, HIDDEN_TEXT_KINDS, MAX_DOCUMENT_LINKS, PLAIN_LINE_STYLE } from '../document/types.ts';
import { MAX_RESUME_CHARS } from '../limits.ts';
import type { StoredResume } from './storedResume.ts';

const count = () => z.number().check(z.nonnegative());
const layoutSchema = z.object({
  columns: count(),
  headerFooterText: z.array(z.string()),
  undecodableChars: count(),
  ligaturesRepaired: count(),
  hyphenationsJoined: count(),
  // Entries kept before hidden text was detected have none recorded.
  hiddenText: z._default(z.array(z.object({ kind: z.enum(HIDDEN_TEXT_KINDS), chars: count(), sample: z.string() })), []),
  // Entries kept before the editor and links were recorded: editor unknown, no links.
  producer: z._default(z.nullable(z.enum(DOCUMENT_PRODUCERS)), null),
  links: z._default(z.array(z.object({ url: z.string(), visible: z.boolean() })).check(z.maxLength(MAX_DOCUMENT_LINKS)), []),
  // Entries kept before pictures were counted: not known.
  pictures: z._default(z.nullable(count()), null),
});
const lineSchema = z.object({
  start: count(),
  end: count(),
  // Kept before column edges were recorded: no line reads as running to its column's edge.
  geometry: z.nullable(z.object({ indent: z.number(), textIndent: z.number(), right: z.number(), columnRight: z._default(z.number(), Number.MAX_VALUE), size: z.number() })),
  // Lines kept before line styles were recorded read as plain lines.
  style: z._default(
    z.object({ heading: z.boolean(), listLevel: z.nullable(count()), emphasis: z.nullable(z.boolean()), continuesParagraph: z.boolean() }),
    PLAIN_LINE_STYLE,
  ),
  // Lines kept before their pieces were recorded read as one piece each.
  pieceStarts: z._default(z.array(count()), []),
});
const resumeText = () => z.string().check(z.minLength(1), z.maxLength(MAX_RESUME_CHARS));
const storedResumeSchema: z.ZodMiniType<StoredResume> = z.object({
  fileName: z.nullable(z.string()),
  text: resumeText(),
  document: z.nullable(
    z.object({ format: z.enum(['pdf', 'docx', 'text']), text: resumeText(), pages: z.nullable(count()), words: count(), layout: layoutSchema, lines: z._default(z.array(lineSchema), []) }),
  ),
  savedAt: z.string(),
});

/** The entry as a resume to use, or null when it does not have the shape this version writes. */
export function parseStoredResume(value: unknown): StoredResume | null {
  const result = storedResumeSchema.safeParse(value);
  return result.success ? result.data : null;
}
