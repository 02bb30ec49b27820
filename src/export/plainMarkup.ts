/** A Markdown link: its words and where it points. */
const LINK = /\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g;
/** Strong emphasis, or code, around words: `**Kafka**`, `__Go__`, `` `kubectl` ``. Single `*` and `_` stay (an email, a snake_case name). */
const MARKS = /(\*\*|__|`)(?=\S)([^\n]*?\S)\1/g;

/**
 * Text as it reads with Markdown's marks taken out, as a typeset copy shows it: emphasis and code marks
 * dropped, a link written as its words and its address ("LinkedIn (https://…)"), or the address alone when
 * the words are the address. An ATS reads the marks as characters of the words they surround.
 */
export function plainMarkup(text: string): string {
  return text
    .replace(LINK, (_link, words: string, url: string) => (url.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/^www\./i, '').startsWith(words.replace(/^www\./i, '')) ? url : `${words} (${url})`))
    .replace(MARKS, '$2');
}
