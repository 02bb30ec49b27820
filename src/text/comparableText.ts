/** Text as compared for sameness: case and runs of white space ignored ("Jane  Doe" is "jane doe"). */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
