import { describeMatch } from '../scorer/describeMatch.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import type { FindingSeverity, PostingFactId, PostingFactStatus, ScoreReport } from '../scorer/types.ts';

const BAR_WIDTH = 20;
const MARK: Record<FindingSeverity, string> = { good: '✓', info: '·', warning: '!', problem: '✗' };
const FACT_MARK: Record<PostingFactStatus, string> = { met: '✓', 'partly-met': '~', 'not-met': '✗', 'cannot-tell': '?' };
const FACT_STATUS: Record<PostingFactStatus, string> = { met: 'met', 'partly-met': 'partly met', 'not-met': 'not met', 'cannot-tell': 'cannot tell' };
const FACT_NAME: Record<PostingFactId, string> = { title: 'Job title', years: 'Experience', education: 'Degree' };

function bar(points: number, max: number): string {
  const filled = max === 0 ? 0 : Math.round((points / max) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** The report as a person reads it in a terminal: score, categories, keywords, checks, then what to fix. */
export function formatReport(file: string, against: string, document: ExtractedDocument, report: ScoreReport): string {
  const out: string[] = [];
  out.push(`${file}: ATS score ${report.score}/100 against ${against} (scoring ${report.scoringVersion})`);
  const { verdict } = report;
  out.push(`${verdict.scope === 'writing' ? 'Structure and writing only' : 'Verdict'}: ${verdict.label}. ${verdict.meaning}`);
  if (verdict.capped) out.push(verdict.capped);
  if (report.keywordBasis) out.push(`Keywords: ${report.keywordBasis}.`);
  out.push(`${document.format.toUpperCase()}, ${report.pages} page${report.pages === 1 ? '' : 's'}, ${report.words} words`, '');
  // Before the score's parts: a warning (hidden text) can matter more to a recruiter than any of them.
  for (const warning of report.warnings) out.push(`${MARK.warning} ${warning.message}`, '');
  for (const part of report.breakdown) {
    const points = part.max === 0 ? 'not scored' : `${part.points.toFixed(1).padStart(4)}/${part.max}`;
    out.push(`  ${part.label.padEnd(28)} ${points.padEnd(9)} ${part.max === 0 ? '' : bar(part.points, part.max)}`);
  }

  if (report.keywords.length > 0) {
    const matched = report.keywords.filter((keyword) => keyword.status === 'matched').length;
    out.push('', `Keywords: ${matched} of ${report.keywords.length} found`);
    const width = Math.max(...report.keywords.map((keyword) => keyword.label.length));
    for (const keyword of report.keywords) {
      const tag = `${keyword.importance === 'required' ? 'required ' : 'preferred'}${keyword.core ? ' core' : '     '}`;
      const related = describeMatch(keyword);
      if (keyword.status === 'missing') {
        out.push(`  ✗ ${keyword.label.padEnd(width)}  ${tag}  missing${related ? `: ${related}` : keyword.advice ? `: ${keyword.advice}` : ''}`);
      } else {
        const where = keyword.inContext ? 'shown in experience' : 'only listed';
        out.push(`  ${keyword.inContext ? '✓' : '~'} ${keyword.label.padEnd(width)}  ${tag}  ${keyword.matchedTerms.join(', ')} ×${keyword.count}, ${where}${related ? ` (${related})` : ''}`);
      }
    }
  }

  if (report.posting && report.posting.matches.length > 0) {
    out.push('', 'What the posting asks (reported, not scored)');
    for (const match of report.posting.matches) {
      out.push(`  ${FACT_MARK[match.status]} ${FACT_NAME[match.fact].padEnd(10)} ${FACT_STATUS[match.status].padEnd(11)} ${match.message}`);
      if (match.fix) out.push(`      → ${match.fix}`);
    }
  }

  if (report.checks.length > 0) {
    out.push('', 'Common mistakes');
    for (const check of report.checks) out.push(`  ${check.passed ? '✓' : '✗'} ${check.title}: ${check.message}`);
  }

  out.push('', 'Findings');
  for (const part of report.breakdown) {
    for (const finding of part.findings) {
      out.push(`  ${MARK[finding.severity]} ${finding.message}`);
      if (finding.fix) out.push(`      → ${finding.fix}`);
    }
  }
  return `${out.join('\n')}\n`;
}
