import { describe, expect, it } from 'vitest';
import { relatedGuides, skillOverlap, type GuideFacts } from '../../src/library/relatedGuides.ts';

const guide = (id: string, skills: string[]): GuideFacts => {
  const [company = '', role = ''] = id.split('/');
  return { id, company, role, skills: new Set(skills) };
};

const library = [
  guide('stripe/backend-developer', ['Go', 'Ruby', 'PostgreSQL', 'Kafka']),
  guide('stripe/frontend-developer', ['React', 'TypeScript', 'Accessibility']),
  guide('netflix/backend-developer', ['Java', 'Kafka', 'Microservices']),
  guide('cloudflare/systems-engineer', ['Go', 'Rust', 'PostgreSQL', 'Kafka']),
  guide('airbnb/frontend-developer', ['React', 'TypeScript', 'Design Systems']),
  guide('meta/ml-engineer', ['PyTorch', 'Python']),
];

describe('explore more', () => {
  it('lists the same company, the same role, then the guides sharing most skills', () => {
    const related = relatedGuides(library[0]!, library);
    expect(related.sameCompany.map((other) => other.id)).toEqual(['stripe/frontend-developer']);
    expect(related.sameRole.map((other) => other.id)).toEqual(['netflix/backend-developer']);
    expect(related.similarSkills.map(({ guide: other, overlap }) => [other.id, overlap])).toEqual([['cloudflare/systems-engineer', 0.6]]);
  });

  it('never lists a guide twice, nor one with no skill in common', () => {
    const related = relatedGuides(library[1]!, library);
    expect(related.similarSkills.map(({ guide: other }) => other.id)).toEqual([]);
    expect(related.sameRole.map((other) => other.id)).toEqual(['airbnb/frontend-developer']);
  });

  it('lists at most six of the same role, those sharing most skills first', () => {
    const many = Array.from({ length: 9 }, (_, index) => guide(`company${index}/backend-developer`, index < 2 ? ['Go', 'Kafka'] : ['Java']));
    const related = relatedGuides(library[0]!, [...library, ...many]);
    expect(related.sameRole).toHaveLength(6);
    expect(related.sameRole.slice(0, 2).map((other) => other.id)).toEqual(['company0/backend-developer', 'company1/backend-developer']);
  });

  it('measures overlap as shared skills over all skills', () => {
    expect(skillOverlap(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(skillOverlap(new Set(), new Set())).toBe(0);
  });
});
