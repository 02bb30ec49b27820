import { describe, expect, it } from 'vitest';
import { readRole } from '../../src/schemas/readRole.ts';
import { bestFits, closestWins } from '../../src/scorer/closestWins.ts';
import { describeBestFits } from '../../src/scorer/describeBestFits.ts';
import { describeRoleFit } from '../../src/scorer/describeRoleFit.ts';
import { rankGuides, type GuideRank } from '../../src/scorer/rankGuides.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { BEST_FIT_MARGIN, SCORE_BANDS } from '../../src/scorer/scoringRules.ts';
import { BACKEND_RESUME, FRONTEND_RESUME } from './resumeTexts.ts';
import { CAREER_CHANGER, DATA_ENGINEER, GENERALIST_TITLED_BACKEND, PRODUCT_MANAGER, SENIOR_BACKEND, VUE_FRONTEND } from './closestWinResumes.ts';
import { FIXED_GUIDES, GENERALIST_ROLES } from '../fixtures/ranking/corpusGuides.ts';
import { placeOfFamily } from '../fixtures/ranking/placeOfFamily.ts';
import { ROLE_RESUMES } from '../fixtures/ranking/roleResumes.ts';
import { contentDir } from './stripeGuide.ts';
import { taxonomy } from './taxonomyFixture.ts';

// A fixed library, so that rewriting a guide never moves the ranking engine's tests.
const specs = FIXED_GUIDES;
const roleNames = new Map(specs.map((spec) => [spec.role, readRole(contentDir, spec.role).name]));

function winsFor(text: string) {
  const ranking = rankGuides({ text, taxonomy }, specs);
  const fits = bestFits(ranking);
  return { ranking, fits, wins: closestWins(ranking, fits) };
}
const rolesOf = (ranks: readonly GuideRank[]) => [...new Set(ranks.map((rank) => rank.role))];

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
  it.each([
    ['a backend engineer', BACKEND_RESUME],
    ['a product manager', PRODUCT_MANAGER],
    ['a career changer', CAREER_CHANGER],
  ])('gives %s each guide the score and the verdict its own page gives', (_who, text) => {
    const ranking = rankGuides({ text, taxonomy }, specs);
    expect(ranking).toHaveLength(specs.length);
    for (const spec of specs) {
      const page = scoreResume({ text, taxonomy, keywords: spec.keywords, mistakes: spec.mistakes, region: spec.region });
      const rank = ranking.find((candidate) => candidate.id === spec.id);
      expect(rank?.score, spec.id).toBe(page.score);
      expect(rank?.verdict, spec.id).toEqual(page.verdict);
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

describe('the band of each guide', () => {
  const rankings = [BACKEND_RESUME, FRONTEND_RESUME, SENIOR_BACKEND, VUE_FRONTEND, DATA_ENGINEER, PRODUCT_MANAGER, CAREER_CHANGER].flatMap((text) =>
    rankGuides({ text, taxonomy }, specs),
  );

  it('never rises above the band its score reaches: a guide in the 40s is never Good or Strong', () => {
    expect(rankings.some((rank) => rank.score >= 40 && rank.score < 50)).toBe(true);
    for (const rank of rankings) {
      const band = SCORE_BANDS.find((candidate) => candidate.id === rank.verdict.band)!;
      expect(rank.score, `${rank.id} ${rank.verdict.band}`).toBeGreaterThanOrEqual(band.min);
    }
    expect(rankings.filter((rank) => rank.score < 60).map((rank) => rank.verdict.band)).not.toContainEqual(expect.stringMatching(/strong|good/));
  });

  it('is held below its score by missing required keywords, and says why', () => {
    const capped = rankings.filter((rank) => rank.verdict.capped !== null);
    expect(capped.length).toBeGreaterThan(0);
    for (const rank of capped) {
      expect(rank.verdict.capped).toMatch(/^\w+, not \w+: \d+ of \d+ required keywords found/);
      const byScore = SCORE_BANDS.find((band) => rank.score >= band.min)!;
      expect(rank.verdict.band).not.toBe(byScore.id);
    }
  });
});

describe("closest wins: only from the resume's best fits", () => {
  it.each([
    ['a senior backend engineer with some React', SENIOR_BACKEND, 'backend-developer'],
    ['a frontend developer with some Node.js', VUE_FRONTEND, 'frontend-developer'],
    ['a data engineer writing Python and SQL', DATA_ENGINEER, 'data-engineer'],
    ['a product manager who writes SQL', PRODUCT_MANAGER, 'product-manager'],
  ])('%s: every win is for a guide of their own role', (_who, text, role) => {
    const { wins, fits } = winsFor(text);
    expect(fits.titledRoles).toEqual([role]);
    expect(wins.length).toBeGreaterThan(0);
    expect(rolesOf(wins)).toEqual([role]);
  });

  it('never offers a backend engineer a frontend guide, however many points it would gain', () => {
    for (const text of [SENIOR_BACKEND, BACKEND_RESUME, NODE_BACKEND, GENERALIST_TITLED_BACKEND]) {
      const { ranking, wins } = winsFor(text);
      // The frontend guides do have wins to offer: they are left out, not empty.
      expect(ranking.some((rank) => rank.role === 'frontend-developer' && rank.closestWin !== null)).toBe(true);
      expect(rolesOf(wins)).not.toContain('frontend-developer');
    }
  });

  it('never draws from a guide far below the best score for a role only the skills point to', () => {
    for (const text of [BACKEND_RESUME, FRONTEND_RESUME, SENIOR_BACKEND, VUE_FRONTEND, DATA_ENGINEER, PRODUCT_MANAGER, CAREER_CHANGER, GENERALIST_TITLED_BACKEND]) {
      const { ranking, fits, wins } = winsFor(text);
      expect(fits.best).toBe(Math.max(...ranking.map((rank) => rank.score)));
      for (const win of wins.filter((win) => !fits.titledRoles.includes(win.role))) expect(win.score, win.id).toBeGreaterThanOrEqual(fits.best - BEST_FIT_MARGIN);
    }
    // With no title, a guide of the role the skills point to that scores far below the best is left out.
    const { ranking, fits, wins } = winsFor(CAREER_CHANGER);
    expect(fits.titledRoles).toEqual([]);
    const far = ranking.filter((rank) => fits.skillRoles.includes(rank.role) && rank.score < fits.floor);
    for (const rank of far) expect(wins.map((win) => win.id)).not.toContain(rank.id);
  });

  it("offers the guides of the resume's own title first, even when another role's guides score higher", () => {
    const { fits, wins } = winsFor(SENIOR_BACKEND);
    expect(fits.titledRoles).toEqual(['backend-developer']);
    expect(wins[0]?.role).toBe('backend-developer');
    const mlTitled = ROLE_RESUMES.find((resume) => resume.id === 'ml/fraud-feature-pipelines')!;
    const ml = winsFor(mlTitled.text);
    expect(ml.fits.titledRoles).toEqual(['machine-learning-engineer']);
    expect(ml.wins[0]?.role).toBe('machine-learning-engineer');
  });

  it('reads the role from the skills when no title names one: a career changer gets the guides of their highest score', () => {
    const { ranking, fits, wins } = winsFor(CAREER_CHANGER);
    expect(fits.titledRoles).toEqual([]);
    const top = ranking.filter((rank) => rank.core.shown.length > 0).sort((a, b) => b.score - a.score)[0]!;
    expect(fits.skillRoles).toEqual([top.role]);
    expect(wins.length).toBeGreaterThan(0);
    expect(rolesOf(wins)).toEqual([top.role]);
  });

  it('a title that names no speciality ("Software Engineer") still lets the skills say the role', () => {
    const { fits, wins } = winsFor(GENERALIST_TITLED_BACKEND);
    expect(fits.titledRoles).toEqual(['software-engineer']);
    expect(fits.skillRoles).toEqual(['backend-developer']);
    expect(rolesOf(wins)).toContain('backend-developer');
    for (const win of wins) expect(['software-engineer', 'backend-developer']).toContain(win.role);
  });

  it("puts the role the resume names as its title first, before a neighbour its tools happen to score higher in", () => {
    const { fits, wins } = winsFor(NODE_BACKEND);
    expect(fits.titledRoles).toContain('backend-developer');
    expect(wins[0]?.role).toBe('backend-developer');
  });

  it('draws from the best fits whatever a filter shows, and offers none when the filter shows none of them', () => {
    const { ranking, fits } = winsFor(SENIOR_BACKEND);
    expect(closestWins(ranking.filter((rank) => rank.role === 'frontend-developer'), fits)).toEqual([]);
    const stripe = closestWins(ranking.filter((rank) => rank.id.startsWith('stripe/')), fits);
    expect(stripe.map((rank) => rank.id)).toEqual(['stripe/backend-developer']);
  });

  it('says which guides the wins are drawn from, by role name and with the score they must reach', () => {
    const named = (text: string) => {
      const { fits } = winsFor(text);
      return { fits, text: describeBestFits(fits, (role) => roleNames.get(role)!) };
    };
    const generalist = named(GENERALIST_TITLED_BACKEND);
    expect(generalist.text).toBe(
      `Drawn only from your best fits: Software Engineer guides (your title) and Backend Developer guides (where your skills score highest, if they score ${generalist.fits.floor} or more: within ${BEST_FIT_MARGIN} points of your best, ${generalist.fits.best}).`,
    );
    expect(named(SENIOR_BACKEND).text).toMatch(/^Drawn only from your best fits: Backend Developer guides \(your title, and where your skills score highest\)\.$/);
    expect(named(CAREER_CHANGER).text).toMatch(/^Drawn only from your best fits: Data Engineer guides \(where your skills score highest, if they score \d+ or more: within 20 points of your best, \d+\)\.$/);
  });

  it("on the role corpus, every resume's first win is for its own role family or a generalist role", () => {
    const strays = ROLE_RESUMES.filter((resume) => {
      const first = winsFor(resume.text).wins[0];
      return first === undefined || (first.role !== resume.family && !GENERALIST_ROLES.has(first.role));
    });
    expect(strays.map((resume) => resume.id)).toEqual([]);
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
    const place = placeOfFamily(resume.text, resume.family, { titles: true, guides: specs });
    expect(place).toBeGreaterThanOrEqual(1);
    expect(place).toBeLessThanOrEqual(3);
  });
});
