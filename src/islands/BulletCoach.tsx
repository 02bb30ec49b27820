import { useEffect, useState } from 'preact/hooks';
import type { Coaching } from '../scorer/types.ts';
import type { ResumeEdits } from './useResumeEdits.ts';

/**
 * Bullets rendered per task: a three-page resume's eighty bullet fields and notes, built at once, hold the
 * page for about a tenth of a second; in batches, each task stays short and the first bullets show at once.
 */
const BATCH = 20;

interface Props {
  coaching: Coaching;
  /** The coaching is for the text as it is now (false while the rescore of an edit is on its way). */
  fresh: boolean;
  edits: ResumeEdits;
  keep: boolean;
}

/**
 * Every achievement bullet, editable in place, with what it does well, what it lacks (each a rule of
 * bulletRules.ts) and a rewrite in its own words. Typing in a bullet edits the resume the report scores.
 */
export function BulletCoach({ coaching, fresh, edits, keep }: Props) {
  const [rendered, setRendered] = useState(BATCH);
  useEffect(() => {
    if (rendered >= coaching.bullets.length) return;
    const timer = setTimeout(() => setRendered(rendered + BATCH), 0);
    return () => clearTimeout(timer);
  }, [rendered, coaching.bullets.length]);
  if (coaching.bullets.length === 0) return null;
  return (
    <section class="scorer-block" aria-labelledby="coach-heading" data-testid="bullet-coach" aria-busy={fresh ? 'false' : 'true'}>
      <h3 id="coach-heading">Bullet by bullet</h3>
      <p class="muted">
        Each bullet of your experience, checked by the rules on the <a href="/methodology/#bullets">methodology page</a>. Edit any of them
        here and the score follows as you type.
        {coaching.bulletCount > coaching.bullets.length &&
          ` Only the first ${coaching.bullets.length} of your ${coaching.bulletCount} bullets are coached here: a resume reads best with far fewer.`} {keep ? 'Your edits are kept on this device with your resume.' : 'Your edits stay in this page: nothing is sent anywhere, and they are gone when you leave unless you keep your resume on this device.'}
      </p>
      <ol class="bullet-coach">
        {coaching.bullets.slice(0, rendered).map((bullet) => (
          <li class="bullet-coach__item" key={bullet.index} data-bullet-index={bullet.index} data-issues={bullet.issues.map((issue) => issue.rule).join(',')}>
            <label class="scorer__label" htmlFor={`bullet-${bullet.index}`}>
              Bullet {bullet.index} <span class="muted">({bullet.section}{bullet.current ? ', current role' : ''})</span>
            </label>
            <textarea
              id={`bullet-${bullet.index}`}
              class="bullet-coach__field"
              rows={2}
              value={edits.drafts[bullet.index] ?? bullet.text}
              readOnly={!edits.canEditBullets}
              aria-describedby={`bullet-${bullet.index}-notes`}
              onFocus={edits.beginEdit}
              onBlur={() => edits.settleDraft(bullet.index)}
              onInput={(event) => edits.editBullet(bullet.index, event.currentTarget.value)}
            />
            <ul class="findings bullet-coach__notes" id={`bullet-${bullet.index}-notes`}>
              {bullet.strengths.map((note) => (
                <li class="finding finding--good" key={note.rule} data-rule={note.rule}>
                  <span class="finding__icon" aria-hidden="true">✓</span>
                  <span>{note.message}</span>
                </li>
              ))}
              {bullet.issues.map((note) => (
                <li class="finding finding--warning" key={note.rule} data-rule={note.rule}>
                  <span class="finding__icon" aria-hidden="true">!</span>
                  <span>{note.message}</span>
                </li>
              ))}
            </ul>
            {bullet.rewrite && (
              <div class="bullet-coach__suggestion" data-testid="bullet-suggestion">
                <p>
                  <span class="muted">Try:</span> <q>{bullet.rewrite.text}</q>
                </p>
                {bullet.rewrite.placeholders.length > 0 && <p class="muted">Replace each part in [brackets] with what is true of your work.</p>}
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={!edits.canEditBullets}
                  onClick={() => {
                    edits.beginEdit();
                    edits.editBullet(bullet.index, bullet.rewrite!.text);
                    document.getElementById(`bullet-${bullet.index}`)?.focus();
                  }}
                >
                  Use this wording for bullet {bullet.index}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
