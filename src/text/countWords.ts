/** Words as an ATS counts them: whitespace-separated tokens holding a letter or a digit (not "•" or "|"). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
