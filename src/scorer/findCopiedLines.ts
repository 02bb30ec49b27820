import { COPIED_RUN_WORDS } from './scoringRules.ts';
import type { ResumeLine } from './types.ts';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? [];

function runs(tokens: string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i + COPIED_RUN_WORDS <= tokens.length; i++) result.push(tokens.slice(i, i + COPIED_RUN_WORDS).join(' '));
  return result;
}

/** Resume lines that repeat a run of consecutive words from the job description: pasted, not written. */
export function findCopiedLines(lines: readonly ResumeLine[], jobDescription: string | undefined): ResumeLine[] {
  if (!jobDescription) return [];
  const jobRuns = new Set(runs(words(jobDescription)));
  if (jobRuns.size === 0) return [];
  return lines.filter((line) => !line.isHeading && runs(words(line.text)).some((run) => jobRuns.has(run)));
}
