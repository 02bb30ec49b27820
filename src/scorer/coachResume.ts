import { analyzeResume } from './analyzeResume.ts';
import { coachBullets } from './coachBullets.ts';
import { editedInput, type FileText } from './editResume.ts';
import { replaceBullet } from './replaceBullet.ts';
import { placeKeywords } from './placeKeywords.ts';
import { filledRewrite } from './rewriteBullet.ts';
import { scoreResume } from './scoreResume.ts';
import { termMatchers } from './termMatchers.ts';
import type { BulletCoaching, BulletIssueId, Coaching, Fix, ScoreInput } from './types.ts';

/**
 * Fixes tried by rescoring, each one score of the whole resume: at most 40, and fewer for a long text, so
 * that the what-ifs read at most this many characters in all (a page is 3,000–5,000).
 */
export const MAX_WHAT_IFS = 40;
const WHAT_IF_CHARS = 400_000;
/** Keywords suggested for one bullet, the most points first: a bullet is not a place to list every missing skill. */
export const MAX_KEYWORDS_PER_BULLET = 2;

/** What a rewrite gives the bullet, in the words of the fix list. */
const ANSWERED: Record<BulletIssueId, string> = {
  'no-result': 'gives the result in figures',
  'duty-opener': 'says what you did instead of a duty',
  'no-action-verb': 'opens with what you did',
  'passive-voice': 'says it actively',
  'first-person': 'drops the pronoun',
  tense: 'puts it in the right tense',
  'tool-without-outcome': 'says what the technology did',
  filler: 'cuts filler',
  'too-long': 'is shorter',
  'too-short': 'says more',
};

interface Candidate extends Omit<Fix, 'points'> {
  /** The bullet's words the what-if scores: a rewrite's gaps filled with their stand-ins. */
  scored: string;
}

function rewriteFix(bullet: BulletCoaching): Candidate | null {
  const { rewrite } = bullet;
  if (!rewrite) return null;
  const gaps = rewrite.placeholders.length;
  return {
    id: `rewrite:${bullet.index}`,
    kind: 'rewrite',
    bullet: bullet.index,
    title: `Rewrite bullet ${bullet.index}`,
    detail: `So that it ${rewrite.answers.map((id) => ANSWERED[id]).join(', ')}.${gaps > 0 ? ` Fill in the ${gaps === 1 ? 'gap' : `${gaps} gaps`} in brackets with what only you know: the points assume you do.` : ''}`,
    after: rewrite.text,
    asWritten: gaps === 0,
    scored: filledRewrite(rewrite),
  };
}

/**
 * Per-bullet coaching and the fixes it proposes, each worth the points the same engine gives the resume
 * with the fix applied (a what-if rescore), most points first. Only fixes that gain points are listed; the
 * bullets' own notes still say everything else.
 *
 * `file` is the text and lines the file gave when `input.text` is an edited copy of it: a what-if text is
 * scored exactly as the page will score it once applied.
 */
export function coachResume(input: ScoreInput, file: FileText | null): Coaching {
  const analysis = analyzeResume(input);
  const { score, keywords } = scoreResume(input, analysis);
  const bullets = coachBullets(analysis, input.taxonomy);
  const byIndex = new Map(bullets.map((bullet) => [bullet.index, bullet]));
  const placements = placeKeywords(keywords, input.keywords, bullets, input.taxonomy, termMatchers(input.taxonomy).graph);
  const candidates: Candidate[] = [
    ...placements.map(
      (placement): Candidate => ({
        id: `keyword:${placement.keyword}`,
        kind: 'keyword',
        bullet: placement.bullet,
        title: `Name ${placement.term} in bullet ${placement.bullet}`,
        detail: `This bullet is the likeliest place for ${placement.keyword}: ${placement.because}. Add it only if you used ${placement.term} in that work.`,
        after: placement.after,
        asWritten: placement.placeholder === null,
        keyword: placement.keyword,
        scored: placement.placeholder ? placement.after.replace(`[${placement.placeholder.prompt}]`, placement.placeholder.standIn) : placement.after,
      }),
    ),
    ...bullets.flatMap((bullet) => rewriteFix(bullet) ?? []),
  ].slice(0, Math.min(MAX_WHAT_IFS, Math.floor(WHAT_IF_CHARS / Math.max(1, input.text.length))));
  const fixes = candidates
    .map(({ scored, ...fix }): Fix => {
      const bullet = byIndex.get(fix.bullet)!;
      const text = replaceBullet(input.text, bullet, scored);
      return { ...fix, points: scoreResume(editedInput(input, text, file)).score - score };
    })
    .filter((fix) => fix.points > 0)
    .sort((a, b) => b.points - a.points || a.bullet - b.bullet);
  const keywordsIn = new Map<number, number>();
  const kept = fixes.filter((fix) => {
    if (fix.kind !== 'keyword') return true;
    keywordsIn.set(fix.bullet, (keywordsIn.get(fix.bullet) ?? 0) + 1);
    return keywordsIn.get(fix.bullet)! <= MAX_KEYWORDS_PER_BULLET;
  });
  return { score, bullets, bulletCount: analysis.measures.achievements.length, fixes: kept };
}
