import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { customKeywordSpecs, mergeKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { SCORING_RULES } from '../../src/scorer/scoringRules.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import { SCORING_VERSION, type ScoreInput } from '../../src/scorer/types.ts';
import { BACKEND_RESUME, KEYWORD_DUMP, STRIPE_JOB_DESCRIPTION, UNTAILORED_RESUME } from './resumeTexts.ts';
import { stripeGuide, stripeKeywords } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

const score = (text: string, extra: Partial<ScoreInput> = {}) =>
  scoreResume({ text, taxonomy, keywords: stripeKeywords, mistakes: stripeGuide.mistakes, ...extra });
const keyword = (report: ReturnType<typeof score>, label: string) => report.keywords.find((entry) => entry.label === label);

describe('the score', () => {
  it('is deterministic, versioned and adds up from its categories', () => {
    const report = score(BACKEND_RESUME);
    expect(score(BACKEND_RESUME)).toEqual(report);
    expect(report.scoringVersion).toBe(SCORING_VERSION);
    expect(report.breakdown.map((part) => part.max)).toEqual([50, 20, 15, 15]);
    const total = report.breakdown.reduce((sum, part) => sum + part.points, 0);
    expect(report.score).toBe(Math.round(total));
    expect(report.score).toBeGreaterThan(75);
  });

  it('rises when the same career is tailored to the guide', () => {
    expect(score(BACKEND_RESUME).score).toBeGreaterThan(score(UNTAILORED_RESUME).score + 20);
  });

  it('does not pay for a keyword dump: every keyword listed scores below an honest resume', () => {
    const dump = score(KEYWORD_DUMP);
    expect(dump.keywords.every((entry) => entry.status === 'matched')).toBe(true);
    expect(dump.score).toBeLessThan(score(BACKEND_RESUME).score - 30);
    expect(dump.breakdown[0]?.findings.filter((finding) => finding.rule === 'keyword-stuffing')).toHaveLength(2);
  });

  it('does not pay for the job description pasted in as experience', () => {
    const pasted = `Jane Doe\njane@example.com\n\nExperience\n${STRIPE_JOB_DESCRIPTION}\n\nSkills\nGo, Ruby, Java, PostgreSQL, Kafka`;
    const honest = score(BACKEND_RESUME, { jobDescription: STRIPE_JOB_DESCRIPTION });
    const copied = score(pasted, { jobDescription: STRIPE_JOB_DESCRIPTION });
    expect(copied.score).toBeLessThan(honest.score - 30);
    expect(keyword(copied, 'Go')?.inContext).toBe(false);
    expect(copied.breakdown[0]?.findings.map((finding) => finding.message).join(' ')).toMatch(/copy the job description word for word/);
  });

  it('leaves keywords out, and says so, when there is no keyword list', () => {
    const report = score(BACKEND_RESUME, { keywords: [] });
    expect(report.breakdown[0]).toMatchObject({ points: 0, max: 0 });
    expect(report.breakdown[0]?.findings[0]?.message).toMatch(/No keyword list/);
    const rest = report.breakdown.slice(1).reduce((sum, part) => sum + part.points, 0);
    expect(report.score).toBe(Math.round((100 * rest) / 50));
  });

  it('takes its maxima from the documented rules', () => {
    const documented = SCORING_RULES.filter((rule) => rule.id !== 'keyword-stuffing').reduce((sum, rule) => sum + rule.max, 0);
    expect(documented).toBe(100);
  });
});

describe('keywords', () => {
  it('tells demonstrated keywords from listed ones, and finds missing ones', () => {
    const report = score(BACKEND_RESUME);
    expect(keyword(report, 'Go')).toMatchObject({ status: 'matched', inContext: true, matchedTerms: ['Go'], count: 2, credit: 1 });
    expect(keyword(report, 'Java')).toMatchObject({ status: 'matched', inContext: false, credit: 0.6 });
    expect(keyword(report, 'TypeScript')).toMatchObject({ status: 'missing', count: 0, credit: 0 });
    expect(keyword(report, 'SQL databases')?.matchedTerms).toEqual(['MySQL', 'PostgreSQL']);
    expect(keyword(report, 'TypeScript')?.advice).toMatch(/TypeScript/);
  });

  it('marks where each keyword stands in the text', () => {
    const report = score(BACKEND_RESUME);
    const go = report.mentions.filter((mention) => mention.label === 'Go');
    expect(go.map((mention) => BACKEND_RESUME.slice(mention.start, mention.end))).toEqual(['Go', 'Go']);
  });

  it('scores an ad-hoc list, each term resolved through the taxonomy', () => {
    const keywords = customKeywordSpecs(['golang', 'Postgres', 'event sourcing', 'Elixir'], termMatchers(taxonomy));
    const report = score(BACKEND_RESUME, { keywords });
    expect(report.keywords.map((entry) => [entry.label, entry.status])).toEqual([
      ['Go', 'matched'],
      ['PostgreSQL', 'matched'],
      ['Event-Driven Architecture', 'missing'],
      ['Elixir', 'missing'],
    ]);
  });

  it('adds a job description to a guide without counting a skill twice', () => {
    const merged = mergeKeywordSpecs(stripeKeywords, extractJobKeywords(STRIPE_JOB_DESCRIPTION, taxonomy));
    expect(merged.filter((spec) => spec.terms.length === 1 && spec.terms[0] === 'Go')).toHaveLength(1);
    expect(merged.find((spec) => spec.label === 'Java, Go or Ruby')).toMatchObject({ source: 'job-description', importance: 'required' });
    expect(merged.find((spec) => spec.terms.includes('Terraform'))).toMatchObject({ source: 'job-description', importance: 'preferred' });
    expect(merged.find((spec) => spec.label === 'GraphQL or gRPC')?.importance).toBe('preferred');
    expect(merged.find((spec) => spec.label === 'Technical writing')?.importance).toBe('preferred');
  });
});

describe('impact, clarity and structure findings', () => {
  const weak = `Sam Lee
sam@lee.dev

Experience
Engineer, Acme — 2019 – 2023
• Responsible for the billing service and various other things that the team needed over the years including on-call and documentation and meetings
• Helped with migrations
• I worked on APIs

Skills
Go
`;

  it('names the lines to fix', () => {
    const report = score(weak);
    const messages = report.breakdown.flatMap((part) => part.findings.map((finding) => `${finding.message} ${finding.fix ?? ''}`)).join('\n');
    expect(messages).toMatch(/0 of 3 experience bullets carry a number/);
    expect(messages).toMatch(/3 bullets describe a duty, not a result, e.g. "Responsible for the billing service/);
    expect(messages).toMatch(/1 bullet use "I", "me" or "my"/);
    expect(messages).toMatch(/No Education heading/);
    expect(messages).toMatch(/No phone number, no LinkedIn or GitHub URL in the text an ATS reads/);
  });

  it('reports clichés by name', () => {
    const report = score(`${BACKEND_RESUME}\nA results-driven team player.`);
    const clarity = report.breakdown.find((part) => part.category === 'clarity');
    expect(clarity?.findings.find((finding) => finding.rule === 'cliches')?.message).toBe('Clichés: "team player" and "results-driven".');
    expect(clarity?.points).toBe(13);
  });

  it('turns layout facts from extraction into parseability findings, and warnings that cost nothing more', () => {
    const layout = { columns: 2, headerFooterText: ['jane@home.example · Page 1'], undecodableChars: 0, ligaturesRepaired: 4, hyphenationsJoined: 0, hiddenText: [], producer: null, links: [], pictures: null };
    const report = score(BACKEND_RESUME, { layout });
    const findings = report.breakdown.find((part) => part.category === 'structure')?.findings ?? [];
    const parse = findings.filter((finding) => finding.rule === 'parseability').map((finding) => finding.message);
    expect(parse).toHaveLength(3);
    expect(parse[0]).toMatch(/2 columns/);
    expect(parse[1]).toMatch(/page header or footer/);
    expect(parse[2]).toMatch(/4 ligatures/);
    expect(report.warnings.map((warning) => warning.id)).toEqual(['columns', 'contact-in-header']);
    // The same email in the body is read wherever else it is printed: no finding, no warning.
    const inBody = score(BACKEND_RESUME, { layout: { ...layout, headerFooterText: ['jane.doe@example.com · Page 1'] } });
    expect(inBody.breakdown.flatMap((part) => part.findings).filter((finding) => /header or footer/.test(finding.message))).toEqual([]);
    expect(inBody.warnings.map((warning) => warning.id)).toEqual(['columns']);
  });

  it('warns of hidden text that extraction took out, naming each kind and what it said', () => {
    const layout = { columns: 1, headerFooterText: [], undecodableChars: 0, ligaturesRepaired: 0, hyphenationsJoined: 0, producer: null, links: [], pictures: null };
    const plain = score(BACKEND_RESUME, { layout: { ...layout, hiddenText: [] } });
    const hidden = score(BACKEND_RESUME, {
      layout: {
        ...layout,
        hiddenText: [
          { kind: 'white-text', chars: 41, sample: 'Kubernetes Terraform Rust Scala' },
          { kind: 'invisible-characters', chars: 3, sample: '' },
        ],
      },
    });
    expect(hidden.warnings).toEqual([{ id: 'hidden-text', message: expect.stringMatching(/41 characters of white text on a white page \("Kubernetes Terraform Rust Scala"\); 3 invisible characters/) }]);
    expect(hidden.score).toBe(plain.score);
  });
});

describe('what counts as an action verb and a figure', () => {
  const resume = (bullets: string[]) => `Experience\nEngineer, Harbour Labs, 2020 – 2024\n${bullets.map((bullet) => `• ${bullet}`).join('\n')}`;
  const messages = (bullets: string[]) =>
    score(resume(bullets))
      .breakdown.flatMap((part) => part.findings.map((finding) => finding.message))
      .join('\n');

  it('takes any past tense as an action verb, not the weak ones', () => {
    expect(messages(['Added retries to the payment client', 'Moved the queue to a managed service', 'Cataloged 400 legacy endpoints'])).toMatch(
      /3 of 3 bullets open with an action verb/,
    );
    expect(messages(['Helped the team with releases', 'Worked on the billing service', 'Added alerts for the queue'])).toMatch(/1 of 3 bullets open with an action verb/);
  });

  it('counts numbers written in words as figures, and not "one of"', () => {
    expect(messages(['Led three teams through the migration', 'Halved the build time of the monorepo', 'Was one of the first hires'])).toMatch(
      /2 of 3 experience bullets carry a number/,
    );
  });
});

describe("the guide's common mistakes, as checks", () => {
  it('passes a resume that avoids them', () => {
    expect(score(BACKEND_RESUME).checks.filter((check) => !check.passed)).toEqual([]);
  });

  it('fails each mistake the resume makes, with the reason', () => {
    const checks = score(KEYWORD_DUMP).checks;
    const byTitle = Object.fromEntries(checks.map((check) => [check.id, check]));
    expect(byTitle['ruby-go-or-java-hidden-in-the-skills-list']).toMatchObject({
      passed: false,
      message: 'Only in your skills section, never in an experience bullet: Go, Ruby, and Java.',
    });
    expect(byTitle['no-sign-of-how-you-design-apis']?.passed).toBe(true);
    expect(byTitle['reliability-work-without-numbers']).toMatchObject({ passed: false, message: 'No experience bullets were found to check.' });
  });
});
