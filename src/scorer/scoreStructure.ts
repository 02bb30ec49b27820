import pluralize from 'pluralize';
import type { DocumentProducer, LayoutFacts } from '../document/types.ts';
import { contactOnlyInMargins, GLYPH_FIX, producerKey } from './documentWarnings.ts';
import type { RuleScore } from './scoreImpact.ts';
import { MAX_PAGES, RESUME_WORDS, ruleMax } from './scoringRules.ts';
import type { Finding, ResumeStructure, SectionName } from './types.ts';

const CORE_SECTIONS: readonly SectionName[] = ['Experience', 'Education', 'Skills'];


function sectionFindings(structure: ResumeStructure): RuleScore {
  const missing = CORE_SECTIONS.filter((section) => !structure.sections.includes(section));
  const each = ruleMax('standard-sections') / CORE_SECTIONS.length;
  const findings: Finding[] = [
    missing.length === 0
      ? { rule: 'standard-sections', severity: 'good', message: `Sections found: ${structure.sections.join(', ')}.` }
      : {
          rule: 'standard-sections',
          severity: missing.includes('Experience') ? 'problem' : 'warning',
          message: `No ${missing.join(', ')} heading that an ATS recognises${structure.sections.length > 0 ? ` (found: ${structure.sections.join(', ')})` : ''}.`,
          fix: `Use plain headings on their own line: ${missing.map((section) => `"${section}"`).join(', ')}.`,
        },
  ];
  return { points: each * (CORE_SECTIONS.length - missing.length), findings };
}

function contactFinding(found: readonly string[], missing: readonly string[], marginContact: readonly string[], hasEmail: boolean): Finding {
  if (missing.length > 0) {
    return {
      rule: 'contact-details',
      severity: hasEmail ? 'warning' : 'problem',
      // The text cannot tell a detail the resume lacks from one drawn as an image or icon: say both.
      message: `No ${missing.join(', no ')} in the text an ATS reads.`,
      fix: 'If your resume shows one, it is in an image, an icon link or the page header: write it as plain text at the top of the page. If not, add it there.',
    };
  }
  if (marginContact.length > 0) {
    return {
      rule: 'contact-details',
      severity: 'warning',
      message: `Contact details read: ${found.join(' · ')}; ${marginContact.join(', ')} only from the page header or footer.`,
      fix: 'Move your contact details into the body of the page, at the top.',
    };
  }
  return { rule: 'contact-details', severity: 'good', message: `Contact details read: ${found.join(' · ')}.` };
}

/**
 * Contact details earn their points wherever the resume shows them; those shown only in a page header or
 * footer are named here, and cost their points under parseability, where the layout is judged.
 */
function contactFindings({ contact }: ResumeStructure, marginContact: readonly string[]): RuleScore {
  const points = (contact.email ? 2 : 0) + (contact.phone ? 1 : 0) + (contact.linkedin || contact.github ? 1 : 0);
  const missing = [
    contact.email ? undefined : 'email address',
    contact.phone ? undefined : 'phone number',
    contact.linkedin || contact.github ? undefined : 'LinkedIn or GitHub URL',
  ].filter((item) => item !== undefined);
  const found = [contact.email, contact.phone, contact.linkedin, contact.github, contact.portfolio, contact.location].filter((detail) => detail !== null);
  const findings: Finding[] = [contactFinding(found, missing, marginContact, contact.email !== null)];
  // The scorer rejoined these, but many ATS parsers read line by line and keep only the first part: the
  // points stand, the warning says what a recruiter's system may have stored.
  for (const detail of contact.wrapped) {
    const kind = detail === contact.email ? 'email' : 'URL';
    findings.push({
      rule: 'contact-details',
      severity: 'warning',
      message: `Your ${kind} ${detail} wraps across two lines: some ATS will read it cut off.`,
      fix: `Keep the ${kind} on one line: widen the column, shrink its font a little, or move it to a full-width header.`,
    });
  }
  return { points, findings };
}

function lengthFindings({ words, pages, pagesEstimated }: ResumeStructure): RuleScore {
  const pageText = `${pages} page${pages === 1 ? '' : 's'}${pagesEstimated ? ' (estimated from the word count)' : ''}`;
  if (words >= RESUME_WORDS.min && words <= RESUME_WORDS.max && pages <= MAX_PAGES) {
    return { points: ruleMax('length'), findings: [{ rule: 'length', severity: 'good', message: `${words} words on ${pageText}.` }] };
  }
  const tooShort = words < RESUME_WORDS.min;
  return {
    points: words >= RESUME_WORDS.floor && pages <= MAX_PAGES + 1 ? 1 : 0,
    findings: [
      {
        rule: 'length',
        severity: 'warning',
        message: `${words} words on ${pageText}.`,
        fix: tooShort
          ? `Under ${RESUME_WORDS.min} words leaves the ATS little to match: describe each role's work and results.`
          : `Cut to ${MAX_PAGES} pages and ${RESUME_WORDS.max} words at most: drop old roles and bullets without results.`,
      },
    ],
  };
}

function dateFindings({ dateRanges }: ResumeStructure): RuleScore {
  return dateRanges > 0
    ? { points: ruleMax('dates'), findings: [{ rule: 'dates', severity: 'good', message: `${pluralize('date range', dateRanges, true)} found.` }] }
    : {
        points: 0,
        findings: [
          {
            rule: 'dates',
            severity: 'warning',
            message: 'No date ranges found on your roles.',
            fix: 'Give every role a range such as "Mar 2021 – Present" on the line with the title or company.',
          },
        ],
      };
}

const NEUTRAL_LIGATURE_FIX = "Turn ligatures off in your editor's font settings, or export with a standard font such as Arial or Calibri.";

/** Fixes for ligature glyphs, by the editor that made the file: the LaTeX preamble helps only a file LaTeX made. */
const LIGATURE_FIX: Record<DocumentProducer | 'unknown', string> = {
  tex: 'In LaTeX, add \\usepackage[T1]{fontenc} and \\input{glyphtounicode} with \\pdfgentounicode=1 to the preamble, or turn ligatures off.',
  word: 'In Word, open Font › Advanced, set Ligatures to None and untick "Use Contextual Alternates", then save as PDF again.',
  libreoffice: 'In LibreOffice, add ":-liga" after the font name (for example "Linux Libertine G:-liga") or pick a standard font, then export as PDF again.',
  'google-docs': 'Switch to a standard font such as Arial, which Google Docs sets without ligatures, and download the PDF again.',
  chromium: "Set font-variant-ligatures: none in the page's CSS (or use a standard font), then print to PDF again.",
  other: NEUTRAL_LIGATURE_FIX,
  unknown: NEUTRAL_LIGATURE_FIX,
};

/**
 * Each layout problem costs a point here; the document warnings repeat the worst of them as alerts at no
 * cost, so nothing is penalized twice.
 */
function parseabilityFindings(layout: LayoutFacts | undefined, structure: ResumeStructure): RuleScore {
  if (!layout) {
    return {
      points: ruleMax('parseability'),
      findings: [{ rule: 'parseability', severity: 'info', message: 'Pasted text has no layout to check: upload the file to check columns, headers and fonts.' }],
    };
  }
  const producer = producerKey(layout);
  const findings: Finding[] = [];
  if (layout.columns > 1) {
    findings.push({
      rule: 'parseability',
      severity: 'warning',
      message: `Text in ${layout.columns} columns. We read it column by column, but many ATS read straight across the page and mix the columns.`,
      fix: 'Use a single-column layout, or check under "What the ATS reads" that each column stays together.',
    });
  }
  if (layout.undecodableChars > 0) {
    findings.push({
      rule: 'parseability',
      severity: 'warning',
      message: `${layout.undecodableChars} characters decode to nothing (icon fonts or a font without a text map).`,
      fix: GLYPH_FIX[producer],
    });
  }
  const marginContact = contactInMargins(layout, structure);
  if (marginContact.length > 0) {
    findings.push({
      rule: 'parseability',
      severity: 'warning',
      message: `Contact details only in the page header or footer (${marginContact.join(', ')}): many ATS drop headers and footers.`,
      fix: 'Move your name and contact details into the body of the page.',
    });
  }
  const penalties = Math.min(ruleMax('parseability'), findings.length);
  if (layout.ligaturesRepaired > 0) {
    findings.push({
      rule: 'parseability',
      severity: 'info',
      message: `${layout.ligaturesRepaired} ligatures (ﬁ, ﬂ…) were joined letters that we split back; some ATS read them as unknown symbols.`,
      fix: LIGATURE_FIX[producer],
    });
  }
  if (findings.length === 0) findings.push({ rule: 'parseability', severity: 'good', message: 'One column, every character readable, nothing important in headers or footers.' });
  return { points: ruleMax('parseability') - penalties, findings };
}

const contactInMargins = (layout: LayoutFacts | undefined, structure: ResumeStructure) =>
  layout ? contactOnlyInMargins(layout.headerFooterText, structure.lines.map((line) => line.text).join('\n')) : [];

export function scoreStructure(structure: ResumeStructure, layout: LayoutFacts | undefined): RuleScore {
  const parts = [sectionFindings(structure), contactFindings(structure, contactInMargins(layout, structure)), lengthFindings(structure), dateFindings(structure), parseabilityFindings(layout, structure)];
  return { points: parts.reduce((sum, part) => sum + part.points, 0), findings: parts.flatMap((part) => part.findings) };
}
