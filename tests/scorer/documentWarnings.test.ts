import { describe, expect, it } from 'vitest';
import type { LayoutFacts } from '../../src/document/types.ts';
import { documentWarnings } from '../../src/scorer/documentWarnings.ts';
import { readResume } from '../../src/scorer/readResume.ts';
import { scoreStructure } from '../../src/scorer/scoreStructure.ts';
import type { DocumentWarningId } from '../../src/scorer/types.ts';
import { CLEAN_LAYOUT } from '../document/layoutFacts.ts';
import { DOCX_RESUME_TEXT, ONE_COLUMN_RESUME_TEXT, TWO_COLUMN_RESUME_TEXT } from '../extract/resumeFixtures.ts';
import { BACKEND_RESUME, FRONTEND_RESUME, KEYWORD_DUMP, STRIPE_JOB_DESCRIPTION, UNTAILORED_RESUME, resumeOfPages } from './resumeTexts.ts';

const CLEAN = CLEAN_LAYOUT;

interface Case {
  layout?: Partial<LayoutFacts>;
  pages?: number;
  maxPages?: number;
}

/** The warnings for `text`, read as a one-page file with `layout` over a clean one (pasted text when no layout). */
function warnings(text: string, { layout, pages, maxPages }: Case = {}) {
  const structure = readResume(text, { pages: pages ?? (layout ? 1 : null) });
  return documentWarnings(layout ? { ...CLEAN, ...layout } : undefined, { text, structure, maxPages });
}

const ids = (text: string, options?: Case): DocumentWarningId[] => warnings(text, options).map((warning) => warning.id);
const message = (id: DocumentWarningId, text: string, options?: Case) => warnings(text, options).find((warning) => warning.id === id)?.message;

describe('layout warnings', () => {
  it('says nothing about a clean one-column file', () => {
    expect(ids(BACKEND_RESUME, { layout: {} })).toEqual([]);
  });

  it('warns of columns', () => {
    expect(message('columns', BACKEND_RESUME, { layout: { columns: 2 } })).toMatch(/2 columns.*single column/);
  });

  it('warns of unreadable glyphs with the fix for the editor that made the file', () => {
    expect(message('unreadable-glyphs', BACKEND_RESUME, { layout: { undecodableChars: 1 } })).toMatch(/^1 character in this file decode/);
    expect(message('unreadable-glyphs', BACKEND_RESUME, { layout: { undecodableChars: 7, producer: 'tex' } })).toMatch(/glyphtounicode/);
    expect(message('unreadable-glyphs', BACKEND_RESUME, { layout: { undecodableChars: 7, producer: 'word' } })).not.toMatch(/glyphtounicode|LaTeX/);
    expect(ids(BACKEND_RESUME, { layout: { undecodableChars: 0 } })).toEqual([]);
  });

  it('warns of contact details printed only in a header or footer', () => {
    const layout = { headerFooterText: ['Jane Doe · jane@home.example · +1 (212) 555-0147', 'Page 1 of 2'] };
    expect(message('contact-in-header', BACKEND_RESUME, { layout })).toMatch(/^jane@home\.example, \+1 \(212\) 555-0147 stand only in the page header or footer/);
  });

  it('says nothing of header contact details the body also holds, however the phone is written', () => {
    // BACKEND_RESUME's body holds jane.doe@example.com and +49 30 12345678.
    const layout = { headerFooterText: ['JANE.DOE@EXAMPLE.COM · +49 (30) 1234-5678', 'Page 1 of 2'] };
    expect(ids(BACKEND_RESUME, { layout })).toEqual([]);
  });

  it('warns of links that exist only as clickable areas, naming them', () => {
    const links = [
      { url: 'https://www.linkedin.com/in/jane-doe-4711/', visible: false },
      { url: 'https://github.com/janedoe', visible: true },
    ];
    const warning = message('link-only-in-annotation', BACKEND_RESUME, { layout: { links } });
    expect(warning).toMatch(/^https:\/\/www\.linkedin\.com\/in\/jane-doe-4711\/ is only a link behind an icon/);
    expect(warning).not.toContain('github');
    expect(ids(BACKEND_RESUME, { layout: { links: [{ url: 'https://github.com/janedoe', visible: true }] } })).toEqual([]);
  });
});

describe('too many pages', () => {
  it("warns past the guide's page limit, two pages when it names none", () => {
    expect(message('too-many-pages', BACKEND_RESUME, { layout: {}, pages: 3 })).toMatch(/runs 3 pages; recruiters expect at most 2 pages\. Cut it to 2/);
    expect(ids(BACKEND_RESUME, { layout: {}, pages: 2 })).toEqual([]);
    expect(message('too-many-pages', BACKEND_RESUME, { layout: {}, pages: 2, maxPages: 1 })).toMatch(/runs 2 pages; recruiters expect at most 1 page\./);
  });

  it('warns of an estimated length only when it is more than a page over', () => {
    expect(ids(resumeOfPages(2), { maxPages: 1 })).toEqual([]);
    expect(message('too-many-pages', resumeOfPages(3), { maxPages: 1 })).toMatch(/about 3 pages \(estimated from \d+ words\)/);
  });
});

const COVER_LETTER = `Jane Doe
jane.doe@example.com

March 3, 2026

Dear Hiring Manager,

I am writing to apply for the Backend Engineer role at Stripe. I have spent six years building payment systems, and I would love to bring that experience to your infrastructure team. My work at Acme taught me how much care money movement needs.

In my current role I lead the ledger service that settles two billion dollars a year. I redesigned its reconciliation jobs, which cut the support tickets my team receives by half, and I mentor three engineers who joined last year.

I would welcome the chance to talk about how I can help. Thank you for reading my application and for your time.

Sincerely,
Jane Doe
`;

const JOB_POSTING = `Senior Backend Engineer

About us
We are a fast-growing fintech company. We are looking for a backend engineer to join our payments team.

Responsibilities
- You will design and build APIs for our merchants
- You'll own services end to end, including on-call
- Mentor engineers on your team

Requirements
- 5+ years of experience with Go or Java
- Experience with PostgreSQL and Kafka

Benefits
- Competitive salary and equity
- Health insurance and 30 days of paid time off

We are an equal opportunity employer and value diversity. All qualified applicants will receive consideration without regard to race, religion or gender.
`;

const ESSAY = `The Quiet Economics of Payment Systems

Every payment system is, at heart, a ledger that many people trust at once. The engineering challenge is not speed but agreement: two parties must see the same balance, at the same moment, even when the network between them fails.

Early card networks solved this with batch settlement at the end of each day. Merchants accepted the risk of a declined batch in exchange for simple operations, and banks reconciled the differences by hand when they appeared.

Modern platforms settle continuously, which moves the burden from clerks to software. Idempotency keys, double-entry records and careful retries do the work that reconciliation teams once did, and they must never be wrong.

The lesson for builders is that correctness is a product feature. Customers rarely notice a ledger that balances, but they never forget one that does not, and trust lost that way returns slowly.
`;

describe('not a resume', () => {
  it('recognizes a cover letter', () => {
    expect(message('not-a-resume', COVER_LETTER)).toMatch(/^This looks like a cover letter/);
  });

  it('recognizes a pasted job description', () => {
    expect(message('not-a-resume', JOB_POSTING)).toMatch(/^This looks like a job description/);
    expect(ids(STRIPE_JOB_DESCRIPTION)).toEqual(['not-a-resume']);
  });

  it('recognizes an essay', () => {
    expect(message('not-a-resume', ESSAY)).toMatch(/^This looks like an essay or article/);
  });

  it('never fires on a resume', () => {
    const resumes = [BACKEND_RESUME, KEYWORD_DUMP, UNTAILORED_RESUME, FRONTEND_RESUME, resumeOfPages(1), resumeOfPages(3), ONE_COLUMN_RESUME_TEXT, TWO_COLUMN_RESUME_TEXT, DOCX_RESUME_TEXT];
    for (const resume of resumes) expect(ids(resume, { maxPages: 5 })).not.toContain('not-a-resume');
  });

  it('never fires on a resume with a first-person summary, a "Requirements" bullet or a cover note below it', () => {
    const summary = BACKEND_RESUME.replace(
      'Backend engineer building payment infrastructure and distributed systems.',
      'I am a backend engineer. I build payment infrastructure, and my teams trust me with their on-call. You will find my work in ledgers that move money for millions of people every single day.',
    );
    const noted = `${summary}\nRequirements\nDear reader, thank you for your time.\nSincerely,\nJane\n`;
    expect(ids(summary)).toEqual([]);
    expect(ids(noted)).toEqual([]);
  });
});

describe('parseability advice that fits the editor', () => {
  const ligatureFix = (producer: LayoutFacts['producer']) =>
    scoreStructure(readResume(BACKEND_RESUME, { pages: 1 }), { ...CLEAN, ligaturesRepaired: 3, producer }).findings.find((finding) => /ligatures/.test(finding.message))?.fix;

  it('gives the LaTeX preamble only for a file LaTeX made', () => {
    expect(ligatureFix('tex')).toMatch(/glyphtounicode/);
    expect(ligatureFix('word')).toMatch(/^In Word, open Font › Advanced/);
    for (const producer of ['word', 'libreoffice', 'google-docs', 'chromium', 'other', null] as const) expect(ligatureFix(producer)).not.toMatch(/LaTeX|glyphtounicode/);
  });
});
