import { useState } from 'preact/hooks';
import { describeMatch } from '../scorer/describeMatch.ts';
import type { KeywordResult } from '../scorer/types.ts';

interface Props {
  keywords: KeywordResult[];
}

const SOURCE: Record<KeywordResult['source'], string> = { guide: 'guide', 'job-description': 'job description', custom: 'your list' };

/** The headers, in the order of a row's cells; a screen reader names each value by them, in both layouts. */
const COLUMNS = ['Keyword', 'Status', 'Importance', 'Found as, or how to add it'];

/**
 * One keyword: a table row on a wide screen, a card on a narrow one (scorer.css). The roles restate the
 * table's own because Safari drops a table's semantics once CSS lays its rows out as blocks, and a screen
 * reader would then read the values without their column names. `data-label` names the last value on a
 * card, where no header sits above it.
 */
function KeywordRow({ keyword }: { keyword: KeywordResult }) {
  const missing = keyword.status === 'missing';
  const related = describeMatch(keyword);
  return (
    <tr role="row" data-keyword={keyword.label} data-status={keyword.status} data-terms={keyword.matchedTerms.join(',')}>
      <th role="rowheader" scope="row">
        {keyword.label}
        <span class="keyword__source"> · {SOURCE[keyword.source]}</span>
      </th>
      <td role="cell">
        {missing ? (
          <span class="status status--missing">✗ Missing</span>
        ) : keyword.inContext ? (
          <span class="status status--shown">✓ Shown in experience</span>
        ) : (
          <span class="status status--listed">~ Only listed</span>
        )}
      </td>
      <td role="cell">
        <span class={`importance importance--${keyword.importance}`}>{keyword.importance === 'required' ? 'Required' : 'Preferred'}</span>
        {keyword.core && (
          <span class="keyword__core" data-core title="One of the skills that define this role: it weighs double in the score.">
            {' '}
            · core to the role
          </span>
        )}
      </td>
      <td role="cell" data-level={keyword.level} data-label={missing ? 'How to add it' : 'Found as'}>
        {related && <p class="keyword__level">{related}</p>}
        {missing ? (
          (keyword.advice ?? 'Name it in the bullet about the work where you used it.')
        ) : (
          <>
            {related ? '' : `${keyword.matchedTerms.join(', ')} · `}
            {keyword.count} mention{keyword.count === 1 ? '' : 's'}
            {!keyword.inContext && <span class="muted"> · show it in a bullet for full credit</span>}
          </>
        )}
      </td>
    </tr>
  );
}

export function KeywordTable({ keywords }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  if (keywords.length === 0) {
    return (
      <section class="scorer-block keyword-block" aria-labelledby="scorer-keywords">
        <h3 id="scorer-keywords">Keywords</h3>
        <p>No keywords to match yet: paste the job description to score your resume against it.</p>
      </section>
    );
  }
  const missing = keywords.filter((keyword) => keyword.status === 'missing');
  const ordered = [...missing, ...keywords.filter((keyword) => keyword.status === 'matched')];
  const copy = async () => {
    const list = missing.map((keyword) => keyword.label).join(', ');
    try {
      await navigator.clipboard.writeText(list);
      setCopied(`Copied ${missing.length} missing keyword${missing.length === 1 ? '' : 's'}.`);
    } catch {
      setCopied(`Your browser blocked the clipboard. The missing keywords: ${list}`);
    }
  };
  return (
    <section class="scorer-block keyword-block" aria-labelledby="scorer-keywords">
      <h3 id="scorer-keywords">
        Keywords: {keywords.length - missing.length} of {keywords.length} found
      </h3>
      {missing.length > 0 && (
        <p class="scorer-actions">
          <button type="button" class="button button--secondary" onClick={copy}>
            Copy the {missing.length} missing keywords
          </button>
          <span role="status" class="muted">
            {copied}
          </span>
        </p>
      )}
      <table class="keyword-table" role="table">
        <caption class="visually-hidden">Keywords, missing ones first</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((name) => (
              <th role="columnheader" scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {ordered.map((keyword) => (
            <KeywordRow key={keyword.label} keyword={keyword} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
