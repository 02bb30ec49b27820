import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { KeywordMention } from '../scorer/types.ts';
import type { ResumeEdits } from './useResumeEdits.ts';

interface Props {
  /** The text the report was made for: the mentions stand at its offsets. */
  text: string;
  mentions: KeywordMention[];
  fileName: string | null;
  /** The whole text can be edited here; the report follows. */
  edits: ResumeEdits;
}

/**
 * A resume mentions its keywords a few dozen times; thousands of marks are a keyword dump, and rendering
 * each as an element would hold the page for as long as it takes to read them.
 */
const MAX_MARKS = 300;
/** The text is laid out in blocks of about this many characters, each skipped by the browser while off screen. */
const BLOCK_CHARS = 2000;

/** Where blocks end: at the last line break (else space) before the size is reached, else at the size itself. */
function blockEnds(text: string): number[] {
  const ends: number[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + BLOCK_CHARS);
    if (end < text.length) {
      const window = text.slice(start, end);
      const lineBreak = window.lastIndexOf('\n');
      const cut = lineBreak > 0 ? lineBreak : window.lastIndexOf(' ');
      if (cut > 0) end = start + cut + 1;
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** The text exactly as it was scored, matched terms marked, so a scrambled two-column read shows at once. */
export function AtsTextView({ text, mentions, fileName, edits }: Props) {
  const [editing, setEditing] = useState(false);
  const marked = mentions.slice(0, MAX_MARKS);
  const blocks: ComponentChildren[] = [];
  let at = 0;
  let next = 0;
  for (const end of blockEnds(text)) {
    const parts: ComponentChildren[] = [];
    for (let mention = marked[next]; mention && mention.start < end; mention = marked[++next]) {
      if (mention.start < at || mention.end > end) continue;
      parts.push(text.slice(at, mention.start));
      parts.push(
        <mark key={mention.start} title={mention.label}>
          {text.slice(mention.start, mention.end)}
        </mark>,
      );
      at = mention.end;
    }
    parts.push(text.slice(at, end));
    at = end;
    blocks.push(
      <span class="ats-text__block" key={end}>
        {parts}
      </span>,
    );
  }
  return (
    <section class="scorer-block ats-text-block" aria-labelledby="scorer-text">
      <h3 id="scorer-text">What the ATS reads</h3>
      <p class="muted">
        {fileName ? `The text of ${fileName} in the order an ATS reads it${edits.edited ? ', with your edits' : ''}.` : `The text you pasted${edits.edited ? ', with your edits' : ''}.`} Highlighted words matched a keyword
        {mentions.length > MAX_MARKS ? ` (the first ${MAX_MARKS} of ${mentions.length} matches)` : ''}. If lines from two columns are mixed, or
        words are missing, an ATS sees the same.
      </p>
      <p>
        <button type="button" class="button button--secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done editing' : 'Edit the whole text'}
        </button>
      </p>
      {editing ? (
        <>
          <label class="scorer__label" htmlFor="ats-text-editor">
            Resume text, as scored
          </label>
          <textarea
            id="ats-text-editor"
            class="ats-text ats-text__editor"
            rows={20}
            value={edits.text}
            onFocus={edits.beginEdit}
            onInput={(event) => edits.editWholeText(event.currentTarget.value)}
          />
        </>
      ) : (
        <pre class="ats-text" data-testid="extracted-text" tabIndex={0} aria-label="Resume text as an ATS reads it">
          {blocks}
        </pre>
      )}
    </section>
  );
}
