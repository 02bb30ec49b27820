import type { Fix } from '../scorer/types.ts';
import type { ResumeEdits } from './useResumeEdits.ts';

interface Props {
  fixes: Fix[];
  fresh: boolean;
  edits: ResumeEdits;
}

const points = (fix: Fix) => `+${fix.points} point${fix.points === 1 ? '' : 's'}`;

/**
 * The fixes worth points, most first. Each one's points are the score the same engine gives the resume with
 * the fix made (a what-if rescore), minus the score now; a fix with gaps to fill is worth that once they
 * are filled. Applying one waits for the coaching of the text as it is, so the score moves by exactly that.
 */
export function FixList({ fixes, fresh, edits }: Props) {
  return (
    <section class="scorer-block" aria-labelledby="fix-heading" data-testid="fix-list" aria-busy={fresh ? 'false' : 'true'}>
      <h3 id="fix-heading" tabIndex={-1}>
        Fixes, by points gained
      </h3>
      {fixes.length === 0 ? (
        <p>No single edit we can suggest raises the score now. The notes on each bullet below still say what would read better.</p>
      ) : (
        <>
          <p class="muted">
            Each figure is the score your resume gets with that one fix made, minus the score now, by the same rules. Fixes that name a
            keyword are suggestions: make them only where they are true.
          </p>
          <ol class="fix-list">
            {fixes.map((fix) => (
              <li class="fix-list__item" key={fix.id} data-fix={fix.id} data-points={fix.points}>
                <p class="fix-list__title">
                  <strong>{fix.title}</strong> <span class="fix-list__points">{points(fix)}</span>
                  {!fix.asWritten && <span class="muted"> once the gaps are filled</span>}
                </p>
                <p class="muted">{fix.detail}</p>
                <p>
                  <q>{fix.after}</q>
                </p>
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={!fresh || !edits.canEditBullets}
                  aria-label={`${fix.asWritten ? 'Apply' : 'Edit with this wording'}: ${fix.title}, ${points(fix)}`}
                  onClick={() => {
                    edits.applyFix(fix);
                    // The applied fix leaves the list with its button: focus goes to the list's top, or, for a fix
                    // with gaps, to the bullet to fill them in.
                    document.getElementById(fix.asWritten ? 'fix-heading' : `bullet-${fix.bullet}`)?.focus();
                  }}
                >
                  {fix.asWritten ? 'Apply' : 'Edit with this wording'}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
