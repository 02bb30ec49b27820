/**
 * The one tokenizer for site search, used to build the index at build time and to read queries in the
 * browser. MiniSearch's default splits "C++", "C#", "Node.js" and "CI/CD" into pieces; this keeps them whole.
 */
const TOKEN = /\.?[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*[+#]*/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function processTerm(term: string): string {
  return term.toLowerCase();
}
