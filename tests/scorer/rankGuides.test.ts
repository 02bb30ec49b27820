import { describe, expect, it } from 'vitest';
import { guideSpec } from '../../src/library/guideSpec.ts';
import { listGuides, readGuide } from '../../src/schemas/readGuide.ts';
import { readRole } from '../../src/schemas/readRole.ts';
import { describeRoleFit } from '../../src/scorer/describeRoleFit.ts';
import { rankGuides } from '../../src/scorer/rankGuides.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { BACKEND_RESUME, FRONTEND_RESUME } from './resumeTexts.ts';
import { placeOfFamily } from '../fixtures/ranking/placeOfFamily.ts';
import { ROLE_RESUMES } from '../fixtures/ranking/roleResumes.ts';
import { contentDir } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

const specs = listGuides(contentDir).map((id) => {
  const guide = readGuide(contentDir, id);
  const role = readRole(contentDir, guide.role);
  return { ...guideSpec(id, guide, role, taxonomy), roleTitles: role.titles };
});

/** A backend engineer whose stack is also a frontend stack: Node.js, TypeScript, React for an admin tool. */
const NODE_BACKEND = `Sam Ortiz
Senior Backend Engineer
sam@ortiz.dev · (415) 555-0143

Experience
Backend Engineer, Parcelly — 2020 – present
• Built Node.js and TypeScript APIs serving 3,000 requests per second
• Wrote the React admin console our support team uses, with Jest tests
• Moved order events onto Kafka and PostgreSQL

Skills
JavaScript, TypeScript, Node.js, React, Jest, PostgreSQL, Kafka, Docker`;


describe('ranking every guide for one resume', () => {
  it('gives each guide the score its own page gives', () => {
    const ranking = rankGuides({ text: BACKEND_RESUME, taxonomy }, specs);
    expect(ranking).toHaveLength(specs.length);
    for (const spec of specs) {
      const page = scoreResume({ text: BACKEND_RESUME, taxonomy, keywords: spec.keywords, mistakes: spec.mistakes, region: spec.region });
      expect(ranking.find((rank) => rank.id === spec.id)?.score, spec.id).toBe(page.score);
    }
  });

  it('ranks backend guides above frontend ones for a backend resume, and the reverse', () => {
    const backend = rankGuides({ text: BACKEND_RESUME, taxonomy }, specs).map((rank) => rank.id);
    expect(backend.indexOf('stripe/backend-developer')).toBeLessThan(backend.indexOf('stripe/frontend-developer'));
    expect(backend[0]).toMatch(/backend|software/);
    const frontend = rankGuides({ text: FRONTEND_RESUME, taxonomy }, specs).map((rank) => rank.id);
    expect(frontend[0]).toMatch(/frontend/);
    expect(frontend.indexOf('airbnb/frontend-developer')).toBeLessThan(frontend.indexOf('stripe/backend-developer'));
  });

  it('puts the guides for the role the resume names as its title first, and says so', () => {
    const ranking = rankGuides({ text: NODE_BACKEND, taxonomy }, specs);
    const backend = ranking.filter((rank) => rank.id.endsWith('/backend-developer'));
    const frontend = ranking.filter((rank) => rank.id.endsWith('/frontend-developer'));
    expect(backend.length).toBeGreaterThan(0);
    expect(Math.max(...backend.map((rank) => ranking.indexOf(rank)))).toBeLessThan(Math.min(...frontend.map((rank) => ranking.indexOf(rank))));
    expect(backend.every((rank) => rank.roleEvidence === 'Senior Backend Engineer')).toBe(true);
    expect(frontend.every((rank) => rank.roleEvidence === null)).toBe(true);
  });

  it("quotes only the part of a headline that names the role, not the contact details beside it", () => {
    const headline = `Priya Raman\nData Engineer · Bengaluru, India · priya@raman.dev\n\nExperience\nAnalyst, Kestrel Pay — 2021 – present\n• Built Airflow DAGs loading Kafka events into Snowflake`;
    const amazon = rankGuides({ text: headline, taxonomy }, specs).find((rank) => rank.id === 'amazon/data-engineer')!;
    expect(amazon.roleEvidence).toBe('Data Engineer');
  });

  it('names the missing required keywords and the closest win', () => {
    const stripe = rankGuides({ text: BACKEND_RESUME, taxonomy }, specs).find((rank) => rank.id === 'stripe/backend-developer')!;
    expect(stripe.missingRequired).toEqual([]);
    expect(stripe.closestWin).toEqual({ keywords: ['TypeScript', 'Microservices'], score: expect.any(Number) });
    expect(stripe.closestWin!.score).toBeGreaterThan(stripe.score);
    const frontend = rankGuides({ text: BACKEND_RESUME, taxonomy }, specs).find((rank) => rank.id === 'stripe/frontend-developer')!;
    expect(frontend.missingRequired.length).toBeGreaterThan(0);
  });

  it('is sorted by score, highest first', () => {
    const scores = rankGuides({ text: FRONTEND_RESUME, taxonomy }, specs).map((rank) => rank.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("a role's core", () => {
  it('weighs double: a resume showing a role\'s core outranks one sharing only its general skills', () => {
    const frontendCore = `Ana Lima\nana@lima.dev\n\nExperience\nEngineer, Brisa Labs — 2021 – present\n• Built the design system in React with accessible components and CSS modules\n• Cut page weight 40% with code splitting\n\nSkills\nReact, CSS, HTML, Accessibility`;
    const sharedOnly = `Rui Costa\nrui@costa.dev\n\nExperience\nEngineer, Brisa Labs — 2021 – present\n• Wrote TypeScript and JavaScript tooling with Jest tests\n• Built Node.js scripts for the release process\n\nSkills\nJavaScript, TypeScript, Jest, Node.js`;
    const stripeFrontend = specs.find((spec) => spec.id === 'stripe/frontend-developer')!;
    const score = (text: string) => scoreResume({ text, taxonomy, keywords: stripeFrontend.keywords, region: stripeFrontend.region }).score;
    expect(score(frontendCore)).toBeGreaterThan(score(sharedOnly));
    expect(stripeFrontend.keywords.filter((keyword) => keyword.core).map((keyword) => keyword.label)).toEqual(
      expect.arrayContaining(['React', 'HTML and CSS', 'Accessibility', 'Design systems']),
    );
    expect(stripeFrontend.keywords.find((keyword) => keyword.label === 'TypeScript')?.core).toBeUndefined();
  });

  it('says which of the core the experience shows and which it lacks', () => {
    const stripe = rankGuides({ text: NODE_BACKEND, taxonomy }, specs).find((rank) => rank.id === 'stripe/backend-developer')!;
    expect(stripe.core.shown).toEqual(expect.arrayContaining(['Node.js', 'Kafka', 'PostgreSQL']));
    expect(stripe.core.shown).not.toContain('Docker');
    expect(describeRoleFit(stripe.core)).toMatch(/^Your .*Kafka.* work match this role's core\./);
    expect(describeRoleFit({ shown: [], missing: ['React', 'CSS'] })).toBe("Your experience shows none of this role's core yet. Core and missing: React and CSS.");
  });
});

describe('the role corpus: each resume finds its own role', () => {
  it.each(ROLE_RESUMES.map((resume) => [resume.id, resume] as const))('%s: its role family among the top 3 specialist guides', (_id, resume) => {
    const place = placeOfFamily(resume.text, resume.family, { titles: true });
    expect(place).toBeGreaterThanOrEqual(1);
    expect(place).toBeLessThanOrEqual(3);
  });
});
