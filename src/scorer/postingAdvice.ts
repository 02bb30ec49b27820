import type { PostingContext, PostingLine } from './postingSections.ts';
import { quoteText } from './quoteLine.ts';

/**
 * What a keyword read from a posting tells the reader: where the posting asks for it, in the posting's own
 * words, so the resume can answer the line it came from.
 */
export function postingAdvice(line: PostingLine, mention: { start: number; end: number }, context: PostingContext, alternatives: boolean): string {
  const quote = quoteText(line.text, { start: mention.start - line.start, end: mention.end - line.start });
  const where = line.heading === null ? '' : ` under "${line.heading}"`;
  const asks = context === 'required' ? `asks for it${where}` : context === 'preferred' ? `lists it as a plus${where}` : `names it${where}`;
  const end = /[.!?]"$/.test(quote) ? '' : '.';
  return `The posting ${asks}: ${quote}${end}${alternatives ? ' Any one of them meets it: name the one you have used.' : ''}`;
}
