import type { PostingFactId, PostingFactStatus, PostingMatch as PostingMatchReport } from '../scorer/types.ts';

const FACT_NAME: Record<PostingFactId, string> = { title: 'Job title', years: 'Experience', education: 'Degree' };
/** The finding in words as well as a mark, so no meaning rests on the mark alone. */
const STATUS: Record<PostingFactStatus, { icon: string; word: string; tone: string }> = {
  met: { icon: '✓', word: 'Met', tone: 'good' },
  'partly-met': { icon: '~', word: 'Partly met', tone: 'info' },
  'not-met': { icon: '✗', word: 'Not met', tone: 'problem' },
  'cannot-tell': { icon: '?', word: 'Cannot tell', tone: 'warning' },
};

/** The posting's job title, years and degree against the resume, one line each; nothing when the posting states none. */
export function PostingMatch({ posting }: { posting: PostingMatchReport | undefined }) {
  if (!posting || posting.matches.length === 0) return null;
  return (
    <section class="scorer-block posting-match" aria-labelledby="posting-match" data-testid="posting-match">
      <h3 id="posting-match">What the posting asks</h3>
      <p class="muted">Checked against your resume and shown beside the score, not counted in it.</p>
      <ul class="findings">
        {posting.matches.map((match) => {
          const { icon, word, tone } = STATUS[match.status];
          return (
            <li key={match.fact} class={`finding finding--${tone}`} data-fact={match.fact} data-status={match.status}>
              <span class="finding__icon" aria-hidden="true">
                {icon}
              </span>
              <span>
                <strong>{FACT_NAME[match.fact]}: {word}.</strong> {match.message}
                {match.fix && <span class="finding__fix"> {match.fix}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
