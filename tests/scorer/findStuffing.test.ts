import { describe, expect, it } from 'vitest';
import { customKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { rankGuides } from '../../src/scorer/rankGuides.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { SCORING_RULES, STUFFING, STUFFING_PENALTY } from '../../src/scorer/scoringRules.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import type { KeywordSpec } from '../../src/scorer/types.ts';
import { HONEST_HEAVY_USERS, STUFFED } from '../fixtures/stuffing/stuffingCorpus.ts';
import { taxonomy } from './taxonomyFixture.ts';

const stuffingFindings = (text: string, keywords: KeywordSpec[]) =>
  scoreResume({ text, taxonomy, keywords }).breakdown[0]!.findings.filter((finding) => finding.rule === 'keyword-stuffing');
const keywords = (...list: string[]) => customKeywordSpecs(list, termMatchers(taxonomy));

describe('keyword stuffing', () => {
  it.each(HONEST_HEAVY_USERS.map((entry) => [entry.id, entry] as const))('is not found in an honest heavy user: %s', (_, entry) => {
    expect(stuffingFindings(entry.text, entry.keywords)).toEqual([]);
  });

  it.each(STUFFED.map((entry) => [entry.id, entry] as const))('is found, named and explained in a stuffed resume: %s', (_, entry) => {
    const findings = stuffingFindings(entry.text, entry.keywords);
    expect(findings.length).toBeGreaterThan(0);
    const said = findings.map((finding) => finding.message).join(' ');
    for (const skill of entry.stuffed) expect(said).toContain(skill);
    for (const finding of findings) {
      expect(finding.severity).toBe('problem');
      // What was seen: a count and where, or the repeated line quoted.
      expect(finding.message).toMatch(/appears \d+ times|repeats \d+ skills already listed/);
      expect(finding.fix).toBeTruthy();
    }
  });

  it('judges each term of a concept on its own, never their mentions summed', () => {
    const payments = HONEST_HEAVY_USERS.find((entry) => entry.id === 'payments-engineer')!;
    const report = scoreResume({ text: payments.text, taxonomy, keywords: payments.keywords });
    const concept = report.keywords.find((keyword) => keyword.label === 'Payments domain')!;
    expect(concept.count).toBeGreaterThan(12);
    expect(concept.matchedTerms.length).toBeGreaterThan(3);
    expect(report.breakdown[0]!.findings.filter((finding) => finding.rule === 'keyword-stuffing')).toEqual([]);
  });

  it('says how many times, in how many lines, and quotes the line that packs them', () => {
    const text = `Experience\nEngineer, Acme — 2020 – 2024\n• Ran Terraform for the Terraform team, writing Terraform modules and Terraform tests\n• Built the deploy pipeline\n\nSkills\nTerraform, AWS`;
    const [finding] = stuffingFindings(text, keywords('Terraform', 'AWS'));
    expect(finding?.message).toBe('"Terraform" appears 5 times in 2 lines, 4 of them in one line: "Ran Terraform for the Terraform team, writing Terraform modules and Terraform tests".');
  });

  it('reads an upgrade written with versions as one mention ("Python 2 to Python 3")', () => {
    const text = `Experience\nEngineer, Acme — 2020 – 2024\n• Moved 60 Python services from Python 2.7 to Python 3.11 with no outage\n\nSkills\nPython`;
    expect(stuffingFindings(text, keywords('Python'))).toEqual([]);
  });

  it('reads three names of one concept in a line as a description, one name three times as packing', () => {
    const described = `Experience\nSRE, Acme — 2020 – 2024\n• Incident commander on the on-call rotation; ran 40 incidents and their postmortems\n\nSkills\nKubernetes`;
    expect(stuffingFindings(described, keywords('Incident Response'))).toEqual([]);
    const packed = `Experience\nSRE, Acme — 2020 – 2024\n• Handled on-call, on-call handoffs and on-call reviews\n\nSkills\nKubernetes`;
    expect(stuffingFindings(packed, keywords('Incident Response')).map((finding) => finding.message)).toEqual([expect.stringContaining('"Incident Response" appears 3 times in one line')]);
  });

  it('lets a long paragraph name its subject three times', () => {
    const paragraph = `Experience\nEngineer, Acme (2019 – 2024)\nI rebuilt the scheduling engine in Kotlin for a network of 300 clinics, replacing a nightly batch that patients waited on with an event-driven design, and moved the Kotlin workers onto containers so that Monday peaks scale on their own. Later I led four engineers through a redesign of the Kotlin rules API that lets clinics change their own booking rules.\n\nSkills\nKotlin`;
    expect(stuffingFindings(paragraph, keywords('Kotlin'))).toEqual([]);
  });

  it('lets each job carry its own tools line, however often they repeat the skills list', () => {
    const job = (company: string, bullet: string) => `Developer, ${company} — 2018 – 2020\n• ${bullet}\nTech: Java, Spring, Oracle Database, Jenkins`;
    const text = `Experience\n${job('Acme', 'Built the claims API used by 40 insurers')}\n${job('Globex', 'Cut batch runtime from 5 hours to 40 minutes')}\n${job('Initech', 'Wrote the partner integration layer')}\n\nSkills\nJava, Spring, Oracle Database, Jenkins`;
    expect(stuffingFindings(text, keywords('Java', 'Spring', 'Jenkins'))).toEqual([]);
  });

  it('finds a skills list pasted again at the end, and lets a summary restate it once', () => {
    const body = `Summary\nCore skills: Go, Kafka, PostgreSQL, Redis\n\nExperience\nEngineer, Acme — 2020 – 2024\n• Built the payouts service in Go on PostgreSQL\n\nSkills\nGo, Kafka, PostgreSQL, Redis, Docker`;
    expect(stuffingFindings(body, keywords('Go', 'Kafka', 'Redis'))).toEqual([]);
    const dumped = `${body}\n\nEducation\nBSc Computing, 2016 – 2020\nGo Kafka PostgreSQL Redis Docker Kubernetes`;
    expect(stuffingFindings(dumped, keywords('Go', 'Kafka', 'Redis')).map((finding) => finding.message)).toEqual([
      'A keyword line repeats 5 skills already listed (Go, Kafka, PostgreSQL, Redis, and Docker): "Go Kafka PostgreSQL Redis Docker Kubernetes".',
    ]);
  });

  it('costs the documented points, and ranking scores a stuffed resume as its guide page does', () => {
    const stuffed = STUFFED.find((entry) => entry.id === 'repeated-term-line')!;
    const report = scoreResume({ text: stuffed.text, taxonomy, keywords: stuffed.keywords });
    const clean = scoreResume({ text: stuffed.text.replace(/^Go Go.*$/m, ''), taxonomy, keywords: stuffed.keywords });
    const findings = report.breakdown[0]!.findings.filter((finding) => finding.rule === 'keyword-stuffing');
    expect(clean.breakdown[0]!.points - report.breakdown[0]!.points).toBeCloseTo(Math.min(STUFFING_PENALTY.max, STUFFING_PENALTY.perFinding * findings.length), 0);
    const [rank] = rankGuides({ text: stuffed.text, taxonomy }, [{ id: 'x/y', role: 'y', region: 'US', keywords: stuffed.keywords }]);
    expect(rank?.score).toBe(report.score);
  });

  it('states every threshold it uses on the methodology page', () => {
    const explanation = SCORING_RULES.find((rule) => rule.id === 'keyword-stuffing')!.explanation;
    for (const value of [STUFFING.lineRepeats, STUFFING.wordsPerRepeat, STUFFING.minMentions, STUFFING.listings, STUFFING.repeatedListSkills]) {
      expect(explanation).toContain(` ${value} `);
    }
    expect(explanation).toContain(`${STUFFING.share * 100}%`);
    expect(explanation).toContain(`${STUFFING.listWordShare * 100}%`);
  });
});
