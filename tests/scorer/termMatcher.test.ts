import { describe, expect, it } from 'vitest';
import { findTerms, termMatchers } from '../../src/scorer/termMatchers.ts';
import { taxonomy } from './taxonomyFixture.ts';

const matchers = termMatchers(taxonomy);
/** The canonical skills found in a text, in order. */
const skillsIn = (text: string) => findTerms(matchers.allSkills(), text).map((match) => match.term);
const found = (term: string, text: string) => matchers.get(term).find(text).length > 0;

describe('aliases resolve to the canonical skill', () => {
  it.each([
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['Golang', 'Go'],
    ['NodeJS', 'Node.js'],
    ['RESTful', 'REST'],
    ['REST API', 'REST'],
  ])('%s → %s', (alias, canonical) => {
    expect(matchers.resolve(alias)).toBe(canonical);
    expect(skillsIn(`Worked with ${alias} daily`)).toEqual([canonical]);
  });

  it('finds plural, hyphenated and spaced variants of concept names', () => {
    expect(found('Microservices', 'split the monolith into micro-services')).toBe(true);
    expect(found('Microservices', 'a new microservice')).toBe(true);
    expect(found('Rate Limiting', 'added rate-limiting to the public API')).toBe(true);
    expect(found('Circuit Breakers', 'wrapped calls in a circuit breaker')).toBe(true);
    expect(found('Circuit Breakers', 'circuit\nbreakers across a line break')).toBe(true);
  });
});

describe('tokens with symbols match on the right boundaries', () => {
  it('tells C, C++, C# and .NET apart', () => {
    expect(skillsIn('Languages: C, C++, C#, .NET')).toEqual(['C', 'C++', 'C#', '.NET']);
    expect(skillsIn('Built a C++ engine')).toEqual(['C++']);
  });

  it('reads Node.js, CI/CD and TCP/IP whole', () => {
    expect(skillsIn('Node.js services shipped by CI/CD over TCP/IP')).toEqual(['Node.js', 'CI/CD', 'TCP/IP']);
    expect(skillsIn('a CI / CD pipeline')).toEqual(['CI/CD']);
  });

  it('finds no JavaScript in "JS" inside "Node.js"', () => {
    expect(skillsIn('Node.js')).toEqual(['Node.js']);
  });
});

describe('ordinary English is not a skill', () => {
  it.each([
    ['Go', 'Led the go-to-market launch'],
    ['Go', 'Helped the team go live in May'],
    ['Go', 'Go live was on time'],
    ['Go', 'ready to go'],
    ['R', 'Worked in R&D for two years'],
    ['R', 'Jane R. Doe'],
    ['React', 'Learned to react to incidents quickly'],
    ['REST', 'Coordinated the rest of the team'],
    ['Spring', 'Completed a spring internship'],
    ['Spring', 'Graduated Spring 2023'],
    ['Java', 'Built JavaScript widgets'],
    ['SQL', 'Stored events in NoSQL and MySQL'],
    ['Rust', 'Removed rust from old pipes'],
    ['Swift', 'Ensured swift delivery'],
    ['C', 'Reported to C-level executives'],
    ['C', 'Graded C in chemistry'],
    ['Node.js', 'Replaced a failed node in the cluster'],
    ['Ruby on Rails', 'Installed guard Rails on the stairs'],
  ])('no %s in "%s"', (term, text) => {
    expect(found(term, text)).toBe(false);
  });

  it.each([
    ['Go', 'Built a Go service handling 4k requests/s'],
    ['Go', 'Languages: Go, Python'],
    ['R', 'Languages: Python, R, SQL'],
    ['React', 'Built the dashboard in React and TypeScript'],
    ['REST', 'Designed REST endpoints'],
    ['Spring', 'Wrote Spring Boot services'],
    ['Java', 'Java 17 services'],
    ['SQL', 'Tuned SQL queries'],
    ['C', 'C, C++ and Rust'],
  ])('%s in "%s"', (term, text) => {
    expect(found(term, text)).toBe(true);
  });
});

it('counts "Ruby on Rails" once, not also as Ruby', () => {
  expect(findTerms([matchers.get('Ruby'), matchers.get('Ruby on Rails')], 'Ruby on Rails apps').map((match) => match.term)).toEqual([
    'Ruby on Rails',
  ]);
});

describe('a practice is found in the words of its work', () => {
  const described = (term: string, text: string) => matchers.get(term).find(text).map((match) => text.slice(match.start, match.end));

  it.each([
    ['Query Optimization', 'Rewrote the margin queries in Snowflake', 'queries'],
    ['Query Optimization', 'tuning the search query', 'query'],
    ['Schema Migrations', 'Migrated the payouts schema with no downtime', 'schema'],
    ['Database Indexing', 'Indexed the orders table by merchant', 'table'],
    ['Stakeholder Management', 'Partnered with the legal and sales leads on launch', 'leads'],
    ['Incident Response', 'Mitigated a 40-minute card authorisation outage', 'outage'],
    ['Code Review', 'Reviewed 400 changes a year', 'changes'],
    ['Capacity Planning', 'Forecast database headroom for peak season', 'headroom'],
  ])('%s in "%s"', (term, text, object) => {
    expect(described(term, text)).toEqual([object]);
  });

  it('names only what it acted on, so a tool named on the way stays a mention of its own', () => {
    expect(skillsIn('Tuned the slowest PostgreSQL queries behind order search')).toEqual(['PostgreSQL', 'Query Optimization']);
  });

  it('stops at a comma, a preposition and the end of its line', () => {
    expect(described('Query Optimization', 'Tuned the cache, then the queries')).toEqual([]);
    expect(described('Model Serving', 'Cut serving cost 35% with model distillation')).toEqual([]);
    expect(described('Mentoring', 'Built training pipelines in TensorFlow\nSoftware Engineer, Acme')).toEqual([]);
    expect(described('Query Optimization', 'Tuned the slowest order\nsearch queries')).toEqual(['queries']);
  });

  it('reads a plain form that could be a noun only where a clause starts', () => {
    expect(described('Schema Design', 'Model the data for the new ledger')).toEqual(['data']);
    expect(described('Schema Design', 'a nightly job feeds the recommendations model the data team trains')).toEqual([]);
  });
});
