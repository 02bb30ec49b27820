import { BULLET_MARKER } from './layoutCopy.ts';
import type { SafeCopy } from './types.ts';

/**
 * The copy as plain text, UTF-8: the name, the header's lines, then each section under its heading in
 * capitals after a blank line, bullets marked "• ". What any ATS's text box takes as pasted.
 */
export function writeTextCopy(copy: SafeCopy): Uint8Array {
  const lines: string[] = [];
  if (copy.name !== null) lines.push(copy.name);
  lines.push(...copy.header);
  for (const section of copy.sections) {
    if (section.heading !== '') lines.push('', section.heading.toUpperCase());
    for (const [index, item] of section.items.entries()) {
      // A line after a list starts a new block: without the blank line, a reader takes it for the last bullet's wrap.
      if (item.kind !== 'bullet' && section.items[index - 1]?.kind === 'bullet') lines.push('');
      lines.push(item.kind === 'bullet' ? `${BULLET_MARKER} ${item.text}` : item.text);
    }
  }
  return new TextEncoder().encode(`${lines.join('\n').trimStart()}\n`);
}
