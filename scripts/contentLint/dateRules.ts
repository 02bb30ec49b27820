import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { ContentProblem } from './contentProblem.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Whether the content folder's git history can date its files: not outside git, and not a shallow clone,
 * whose one commit would date every file to the day it was cloned. When it cannot, says why.
 */
export function historyUnavailable(contentDir: string): string | undefined {
  const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository']);
  if (shallow === undefined) return 'not a git checkout';
  if (shallow === 'true') return 'a shallow clone, whose history cannot date each file';
  return undefined;
}

/** The day a file's content last changed: today if it has uncommitted changes, else its last commit's day. */
export function lastChanged(file: string, today: Date): string {
  const dir = dirname(file);
  if (git(dir, ['status', '--porcelain', '--', file]) !== '') return isoDay(today);
  return git(dir, ['log', '-1', '--format=%cs', '--', file]) || isoDay(today);
}

/**
 * `updated` says when the content last changed, and `reviewed` when it was last checked against its
 * sources: neither in the future, `reviewed` not before `updated`, and (where history can tell) `updated`
 * not before the last change to the file.
 */
export function dateProblems(file: string, dates: { updated: Date; reviewed: Date }, today: Date, history: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const updated = isoDay(dates.updated);
  const reviewed = isoDay(dates.reviewed);
  const now = isoDay(today);
  if (updated > now) problems.push({ file, field: 'updated', message: `${updated} is in the future` });
  if (reviewed > now) problems.push({ file, field: 'reviewed', message: `${reviewed} is in the future` });
  if (reviewed < updated) problems.push({ file, field: 'reviewed', message: `${reviewed} is before updated (${updated}): review the changed content against its sources, then date the review` });
  if (history) {
    const changed = lastChanged(file, today);
    if (changed > updated) problems.push({ file, field: 'updated', message: `says ${updated}, but the file changed on ${changed}: set updated (and reviewed, once checked) to the day the content changed` });
  }
  return problems;
}
