import type { Finding, FindingSeverity } from '../scorer/types.ts';

/** Severity in words as well as in colour and icon, so no meaning rests on colour alone. */
const SEVERITY: Record<FindingSeverity, { icon: string; word: string }> = {
  good: { icon: '✓', word: 'Good' },
  info: { icon: 'i', word: 'Note' },
  warning: { icon: '!', word: 'Improve' },
  problem: { icon: '✗', word: 'Fix' },
};

export function FindingItem({ finding }: { finding: Finding }) {
  const { icon, word } = SEVERITY[finding.severity];
  return (
    <li class={`finding finding--${finding.severity}`}>
      <span class="finding__icon" aria-hidden="true">
        {icon}
      </span>
      <span>
        <strong class="finding__word">{word}:</strong> {finding.message}
        {finding.fix && <span class="finding__fix"> {finding.fix}</span>}
      </span>
    </li>
  );
}
