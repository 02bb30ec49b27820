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
      Java: 'required',
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
