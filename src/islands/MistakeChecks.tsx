import type { CheckResult } from '../scorer/types.ts';

export function MistakeChecks({ checks }: { checks: CheckResult[] }) {
  if (checks.length === 0) return null;
  const failed = checks.filter((check) => !check.passed).length;
  return (
    <section class="scorer-block" aria-labelledby="scorer-checks">
      <h3 id="scorer-checks">
        Common mistakes: {failed === 0 ? 'none found' : `${failed} of ${checks.length} found`}
      </h3>
      <ul class="checks">
        {checks.map((check) => (
          <li key={check.id} class={`check check--${check.passed ? 'passed' : 'failed'}`} data-check={check.id} data-passed={String(check.passed)}>
            <span class="check__icon" aria-hidden="true">
              {check.passed ? '✓' : '✗'}
            </span>
            <span>
              <strong>{check.passed ? 'Avoided' : 'Found'}: {check.title}.</strong> {check.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
