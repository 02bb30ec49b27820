import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { STRIPE_JOB_DESCRIPTION } from './resumeTexts.ts';
import { taxonomy } from './taxonomyFixture.ts';

const importanceOf = (description: string) =>
  Object.fromEntries(extractJobKeywords(description, taxonomy).map((spec) => [spec.label, spec.importance]));

describe('job description keywords', () => {
  it('weighs skills by the section they stand in', () => {
    const found = importanceOf(STRIPE_JOB_DESCRIPTION);
    expect(found).toMatchObject({
      'Java, Go or Ruby': 'required',
      PostgreSQL: 'required',
      Kafka: 'required',
      'Distributed Systems': 'required',
      'API Design': 'required',
      GraphQL: 'preferred',
      Terraform: 'preferred',
    });
  });

  it('weighs skills outside any list by how often they are named', () => {
    const found = importanceOf('Our stack\nWe run Go services on Kubernetes. Every Go team owns its dashboards in Grafana-like tools.');
    expect(found).toMatchObject({ Go: 'required', Kubernetes: 'preferred' });
  });

  it('takes a "nice to have" or "a plus" line as preferred wherever it stands', () => {
    expect(importanceOf('Requirements\n- Python\n- Experience with Rust is a plus')).toMatchObject({ Python: 'required', Rust: 'preferred' });
  });

  it('finds phrases the posting repeats that the taxonomy does not know', () => {
    const labels = extractJobKeywords(STRIPE_JOB_DESCRIPTION, taxonomy).map((spec) => spec.label);
    expect(labels).toContain('developer experience');
    expect(labels).not.toContain('services');
  });

  it('reads no skills into ordinary English in a posting', () => {
    const labels = extractJobKeywords('You will go live with new features and react to feedback from the rest of the team in R&D.', taxonomy).map(
      (spec) => spec.label,
    );
    expect(labels).toEqual([]);
  });
});

describe("a posting keyword's advice", () => {
  const adviceOf = (posting: string, label: string) => extractJobKeywords(posting, taxonomy).find((spec) => spec.label === label)?.advice;

  it('quotes the line that asks for it, under its heading', () => {
    const posting = 'What you bring\n- 5+ years building services in Ruby, Java, Go or Scala\n- Deep PostgreSQL tuning';
    expect(adviceOf(posting, 'Ruby, Java, Go or Scala')).toBe(
      'The posting asks for it under "What you bring": "5+ years building services in Ruby, Java, Go or Scala". Any one of them meets it: name the one you have used.',
    );
    expect(adviceOf(posting, 'PostgreSQL')).toBe('The posting asks for it under "What you bring": "Deep PostgreSQL tuning".');
  });

  it('quotes where it asks most strongly, and says when it is only a plus', () => {
    const posting = "The role\nYou will ship Svelte screens.\n\nMust haves\n- Svelte and TypeScript\n\nBonus\n- Storybook for the component library";
    expect(adviceOf(posting, 'Svelte')).toBe('The posting asks for it under "Must haves": "Svelte and TypeScript".');
    expect(adviceOf(posting, 'Storybook')).toBe('The posting lists it as a plus under "Bonus": "Storybook for the component library".');
  });

  it('trims a long line to the words around the skill', () => {
    const long = `We care a great deal about the craft of building software that lasts, and about the people who use it every day, which is why our mobile app is written in Kotlin with a small shared core, and why we test everything.`;
    const advice = adviceOf(`Requirements\n- ${long}`, 'Kotlin') ?? '';
    const quote = /: "(.*)"\.?$/.exec(advice)?.[1] ?? '';
    expect(quote).toMatch(/^….*Kotlin.*…$/);
    expect(quote.length).toBeLessThanOrEqual(92);
    expect(long).toContain(quote.slice(1, -1));
  });

  it('says the posting names it when it has no headings', () => {
    expect(adviceOf('You will tune our PostgreSQL cluster and its PostgreSQL backups.', 'PostgreSQL')).toBe(
      'The posting names it: "You will tune our PostgreSQL cluster and its PostgreSQL backups."',
    );
  });
});
