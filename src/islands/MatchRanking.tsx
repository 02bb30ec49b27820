import pluralize from 'pluralize';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MatchGuide } from '../library/matchIndex.ts';
import { bestFits, closestWins } from '../scorer/closestWins.ts';
import { describeBestFits } from '../scorer/describeBestFits.ts';
import { describeRoleFit } from '../scorer/describeRoleFit.ts';
import type { GuideRank } from '../scorer/rankGuides.ts';
import { loadMatchIndex } from './loadMatchIndex.ts';
import { ResumeFields } from './ResumeFields.tsx';
import { handOffResume } from './storedResume.ts';
import { useEngineAnswer } from './useEngineAnswer.ts';
import { resumeLabel, useResumeInput, type Resume } from './useResumeInput.ts';

const MISSING_SHOWN = 3;

interface Ranked extends GuideRank {
  guide: MatchGuide;
}

interface FilterSelectProps {
  id: string;
  label: string;
  anyLabel: string;
  options: [id: string, name: string][];
  value: string;
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, anyLabel, options, value, onChange }: FilterSelectProps) {
  return (
    <div>
      <label class="scorer__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {options.map(([optionId, name]) => (
          <option key={optionId} value={optionId}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

function filterOptions(guides: MatchGuide[] | null, option: (guide: MatchGuide) => [string, string]): [string, string][] {
  return [...new Map((guides ?? []).map(option)).entries()].sort((a, b) => a[1].localeCompare(b[1]));
}

const guideName = (guide: MatchGuide) => `${guide.roleName} at ${guide.companyName}`;

function GuideLink({ guide, resume, children }: { guide: MatchGuide; resume: Resume; children: string }) {
  // The guide's scorer opens with this resume: it is passed within this tab only, never sent anywhere.
  const handOff = () => handOffResume({ fileName: resume.fileName, text: resume.text, document: resume.document, savedAt: new Date().toISOString() });
  return (
    <a href={`${guide.url}#scorer`} onClick={handOff}>
      {children}
    </a>
  );
}

export default function MatchRanking() {
  const input = useResumeInput();
  const { resume, mounted, dragging, panel } = input;
  const [guides, setGuides] = useState<MatchGuide[] | null>(null);
  const [indexError, setIndexError] = useState(false);
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');

  useEffect(() => {
    if (!resume || guides) return;
    loadMatchIndex().then(setGuides, () => setIndexError(true));
  }, [resume]);

  const ranks = useEngineAnswer(resume ? { kind: 'rank', resume: { text: resume.text, document: resume.document } } : null, [resume], input)?.value ?? null;
  const ranking = useMemo((): Ranked[] | null => {
    if (!ranks || !guides) return null;
    const byId = new Map(guides.map((guide) => [guide.id, guide]));
    return ranks.flatMap((rank) => {
      const guide = byId.get(rank.id);
      return guide ? [{ ...rank, guide }] : [];
    });
  }, [ranks, guides]);

  const companies = useMemo(() => filterOptions(guides, (guide) => [guide.company, guide.companyName]), [guides]);
  const roles = useMemo(() => filterOptions(guides, (guide) => [guide.role, guide.roleName]), [guides]);
  const fits = useMemo(() => (ranking ? bestFits(ranking) : null), [ranking]);
  const roleNames = useMemo(() => new Map(roles), [roles]);
  const shown = (ranking ?? []).filter((rank) => (!company || rank.guide.company === company) && (!role || rank.guide.role === role));
  const closest = fits ? closestWins(shown, fits) : [];

  return (
    <div class={`scorer${dragging ? ' scorer--dragging' : ''}`} data-testid="resume-matcher" data-ready={mounted ? 'true' : 'false'} {...panel}>
      <ResumeFields input={input} />
      {indexError && (
        <div role="alert" class="scorer__alert">
          The list of guides could not load. Check your connection and reload the page: nothing you entered was sent anywhere.
        </div>
      )}
      <div aria-live="polite" class="visually-hidden">
        {ranking ? `${pluralize('guide', ranking.length, true)} ranked for your resume.` : ''}
      </div>

      {ranking && resume && (
        <div class="scorer__results">
          <p class="scorer-actions">
            <span class="muted">{resumeLabel(resume)}</span>
            <button type="button" class="button button--secondary" onClick={input.clear}>
              Rank another resume
            </button>
          </p>

          <div class="match-filters">
            <FilterSelect id="match-company" label="Company" anyLabel="All companies" options={companies} value={company} onChange={setCompany} />
            <FilterSelect id="match-role" label="Role" anyLabel="All roles" options={roles} value={role} onChange={setRole} />
          </div>

          {fits && (
            <section class="scorer-block" aria-labelledby="closest-wins">
              <h2 id="closest-wins">Closest wins</h2>
              <p class="muted">
                Where naming one or two missing skills in your experience would raise your score the most, if you have them.{' '}
                <span data-testid="closest-wins-source">{describeBestFits(fits, (id) => roleNames.get(id) ?? id)}</span>{' '}
                <a href="/methodology/#closest-wins">How wins are chosen</a>.
              </p>
              {closest.length === 0 ? (
                <p>
                  {company || role
                    ? 'None of the guides shown is one of your best fits: clear the filters to see your closest wins.'
                    : 'Your best fits miss no keyword that would raise their score.'}
                </p>
              ) : (
                <ul class="closest-wins" data-testid="closest-wins">
                  {closest.map((rank) => (
                    <li key={rank.id} data-guide={rank.id}>
                      <GuideLink guide={rank.guide} resume={resume}>
                        {guideName(rank.guide)}
                      </GuideLink>
                      : add{' '}
                      {rank.closestWin.keywords.map((keyword, index) => (
                        <>
                          {index > 0 && ' and '}
                          <strong>{keyword}</strong>
                        </>
                      ))}{' '}
                      to go from {rank.score} to {rank.closestWin.score}.
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}

          <section class="scorer-block" aria-labelledby="ranking-heading">
            <h2 id="ranking-heading">Every guide, best fit first{company || role ? ` (${shown.length} of ${ranking.length})` : ''}</h2>
            <p class="muted">
              Guides for a role your resume names as your title come first, then the highest scores. A score weighs double the skills that define a role, so the
              guides for your kind of work rise above neighbours that share a few of your tools. Each score carries the verdict the guide's own report gives, which
              also needs enough of the guide's required keywords.
            </p>
            {shown.length === 0 && <p>No guide for this company and role yet.</p>}
            <ol class="ranking" data-testid="guide-ranking">
              {shown.map((rank) => {
                const fit = describeRoleFit(rank.core);
                return (
                  <li key={rank.id} class="ranking__row" data-guide={rank.id} data-score={String(rank.score)} data-band={rank.verdict.band}>
                    <div class="ranking__head">
                      <GuideLink guide={rank.guide} resume={resume}>
                        {guideName(rank.guide)}
                      </GuideLink>
                      <span class="ranking__score">
                        <strong>{rank.score}</strong>/100 <span class={`ranking__band band--${rank.verdict.band}`}>{rank.verdict.label}</span>
                      </span>
                    </div>
                    <meter
                      class={`ranking__bar band--${rank.verdict.band}`}
                      min={0}
                      max={100}
                      value={rank.score}
                      aria-label={`Score for ${guideName(rank.guide)}: ${rank.verdict.label}`}
                    />
                    {rank.verdict.capped && <p class="muted">{rank.verdict.capped}</p>}
                    {rank.roleEvidence && (
                      <p class="ranking__role" data-role-evidence>
                        Your resume names this role: “{rank.roleEvidence}”.
                      </p>
                    )}
                    {fit && <p data-role-fit>{fit}</p>}
                    <p class="muted">
                      {rank.matched} of {pluralize('keyword', rank.total, true)} found.{' '}
                      {rank.missingRequired.length === 0
                        ? 'No required keyword missing.'
                        : `Missing required: ${rank.missingRequired.slice(0, MISSING_SHOWN).join(', ')}${rank.missingRequired.length > MISSING_SHOWN ? ` and ${rank.missingRequired.length - MISSING_SHOWN} more` : ''}.`}
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}
