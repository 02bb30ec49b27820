import type { KeywordMention } from '../scorer/types.ts';

interface Props {
  text: string;
  mentions: KeywordMention[];
  fileName: string | null;
}

/** The text exactly as it was scored, matched terms marked, so a scrambled two-column read shows at once. */
export function AtsTextView({ text, mentions, fileName }: Props) {
  const parts = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    parts.push(text.slice(at, mention.start));
    parts.push(
      <mark key={mention.start} title={mention.label}>
        {text.slice(mention.start, mention.end)}
      </mark>,
    );
    at = mention.end;
  }
  parts.push(text.slice(at));
  return (
    <section class="scorer-block" aria-labelledby="scorer-text">
      <h3 id="scorer-text">What the ATS reads</h3>
      <p class="muted">
        {fileName ? `The text of ${fileName} in the order an ATS reads it.` : 'The text you pasted.'} Highlighted words matched a keyword. If
        lines from two columns are mixed, or words are missing, an ATS sees the same.
      </p>
      <pre class="ats-text" data-testid="extracted-text" tabIndex={0} aria-label="Resume text as an ATS reads it">
        {parts}
      </pre>
    </section>
  );
}
