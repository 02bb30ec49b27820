import { useEffect, useState } from 'preact/hooks';
import { formatDate, isoDate } from '../library/formatDate.ts';
import { SITE_NAME } from '../library/site.ts';
import type { Finding, FindingSeverity, KeywordResult, ScoreReport } from '../scorer/types.ts';
import { categoryPoints } from './CategoryBreakdown.tsx';
import { FindingItem } from './FindingItem.tsx';
import { scoreName } from './ScoreSummary.tsx';

interface Props {
  report: ScoreReport;
  /** The file scored; null when the text was pasted. */
  fileName: string | null;
  /** What the resume was scored against, in words: the guide, the job description, or general checks. */
  against: string;
}

/**
 * The order fixes are printed in: what costs points outright first, then what would earn more, then what
 * only informs. Findings without a fix are praise or context and stay on screen.
 */
const FIX_ORDER: FindingSeverity[] = ['problem', 'warning', 'info'];

/**
 * Fixes printed at most: with the score, breakdown and missing keywords, ten fixes of two or three lines each
 * keep a one-page resume's report to two pages; a keyword-stuffed resume gets one finding per stuffed keyword,
 * and the rest stay on screen.
 */
const MAX_PRINTED_FIXES = 10;

function fixesFirst(report: ScoreReport): Finding[] {
  const fixes = report.breakdown.flatMap((part) => part.findings).filter((finding) => finding.fix);
  return FIX_ORDER.flatMap((severity) => fixes.filter((finding) => finding.severity === severity));
}

function MissingKeywords({ keywords }: { keywords: KeywordResult[] }) {
  const missing = keywords.filter((keyword) => keyword.status === 'missing');
  const names = (importance: KeywordResult['importance']) =>
    missing
      .filter((keyword) => keyword.importance === importance)
      .map((keyword) => (keyword.core ? `${keyword.label} (core)` : keyword.label))
      .join(', ');
  const required = names('required');
  const preferred = names('preferred');
  return (
    <section>
      <h3>
        Missing keywords: {missing.length} of {keywords.length}
      </h3>
      {missing.length === 0 && <p>None: every keyword was found.</p>}
      {required && (
        <p>
          <strong>Required:</strong> {required}.
        </p>
      )}
      {preferred && (
        <p>
          <strong>Preferred:</strong> {preferred}.
        </p>
      )}
    </section>
  );
}

/**
 * What goes on paper: a header saying when, what and against what, then the score, the breakdown, the missing
 * keywords and the fixes, which fit a page or two.
 */
function Paper({ report, fileName, against, printedAt }: Props & { printedAt: Date }) {
  const { verdict } = report;
  const fixes = fixesFirst(report);
  const printed = fixes.slice(0, MAX_PRINTED_FIXES);
  return (
    <div class="print-sheet">
      <header class="print-sheet__header">
        <p class="print-sheet__title">{SITE_NAME} resume report</p>
        <p data-testid="print-header">
          Printed <time dateTime={isoDate(printedAt, 'local')}>{formatDate(printedAt, 'local')}</time> · {fileName ?? 'pasted text'} · scored against {against}
        </p>
      </header>
      <p class="print-sheet__score">
        {scoreName(verdict)}: <strong>{report.score}</strong>/100, {verdict.label}
      </p>
      <p>{verdict.meaning}</p>
      {verdict.capped && <p>{verdict.capped}</p>}
      {report.keywordBasis && <p class="muted">{report.keywordBasis}</p>}
      <section>
        <h3>Where the points come from</h3>
        <table class="print-sheet__breakdown">
          <tbody>
            {report.breakdown.map((part) => (
              <tr key={part.category}>
                <th scope="row">{part.label}</th>
                <td>{categoryPoints(part)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {report.keywords.length > 0 && <MissingKeywords keywords={report.keywords} />}
      <section>
        <h3>What to fix first</h3>
        {fixes.length === 0 ? (
          <p>Nothing: every check passed.</p>
        ) : (
          <ul class="findings">
            {printed.map((finding, index) => (
              <FindingItem key={index} finding={finding} />
            ))}
          </ul>
        )}
        {fixes.length > printed.length && (
          <p>
            The {printed.length} most pressing of {fixes.length} fixes: the report on screen lists them all.
          </p>
        )}
      </section>
    </div>
  );
}

/**
 * "Print the report" and its two options. The full keyword table and the text an ATS reads are long, so they
 * print only when ticked (scorer.css reads the boxes). The paper exists only while printing: on screen the
 * report says the same with more, and a hidden copy would be found twice by anything that reads the page.
 */
export function PrintReport(props: Props) {
  // The day the paper says is the day it is printed, on the reader's calendar; null while nothing prints.
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  useEffect(() => {
    // The browser's own Print command lands here too; the page renders the paper before it lays the pages out.
    const start = () => setPrintedAt(new Date());
    const end = () => {
      setPrintedAt(null);
      document.documentElement.classList.remove('print-report');
    };
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  const print = () => {
    setPrintedAt(new Date());
    document.documentElement.classList.add('print-report');
    // The paper is rendered once this handler returns; a print started inside it would come out without it.
    setTimeout(() => window.print());
  };
  return (
    <>
      <div class="scorer-actions print-controls">
        <button type="button" class="button" onClick={print}>
          Print the report
        </button>
        <label>
          <input type="checkbox" name="print-keywords" /> Include the full keyword table
        </label>
        <label>
          <input type="checkbox" name="print-text" /> Include the text an ATS reads
        </label>
      </div>
      {printedAt && <Paper {...props} printedAt={printedAt} />}
    </>
  );
}
