import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import wordListPath from 'word-list';

/**
 * A small library that passes `lint:content`, written by the test: one role, a few skills, and one guide per
 * company whose prose is made of distinct words drawn from an English word list (so no sentence, phrase or
 * section repeats another by accident). Each test breaks one thing in it.
 */
const WORDS = readFileSync(wordListPath, 'utf8')
  .split('\n')
  .filter((word) => /^[a-z]{5,9}$/.test(word));

/** Deterministic words: the same fixture on every run. */
function wordStream(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return WORDS[state % WORDS.length]!;
  };
}

function sentenceMaker(seed: number) {
  const next = wordStream(seed);
  return (words = 13) => {
    const text = Array.from({ length: words }, next).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
}

export const SKILLS = `Message Queues:
  kind: concept
  category: architecture
Kafka:
  broader: [Message Queues]
  category: infrastructure
PostgreSQL:
  aliases: [Postgres]
  category: database
${['Kotlin', 'Rust', 'Python', 'Elixir', 'Scala', 'Haskell'].map((name) => `${name}:\n  category: language`).join('\n')}
${['Git', 'Terraform', 'Kubernetes', 'Docker', 'Ansible', 'Prometheus', 'Redis', 'GraphQL'].map((name) => `${name}:\n  category: infrastructure`).join('\n')}
`;

/** Each company's guide asks for its own eight skills from this pool (no two guides share most of them). */
const POOL = ['Kotlin', 'Message Queues', 'Terraform', 'Rust', 'Kubernetes', 'Python', 'Redis', 'GraphQL', 'Docker', 'Elixir', 'Scala', 'Ansible', 'Prometheus', 'Haskell'];
const skillsOf = (index: number) => Array.from({ length: 8 }, (_, offset) => POOL[(index * 5 + offset) % POOL.length]!);

const ROLE = `name: Backend Developer
summary: Backend developers build the services and data stores behind a product.
titles: [Backend Developer, Backend Engineer]
core: [Kotlin, PostgreSQL, Message Queues]
`;

export interface FixtureCompany {
  id: string;
  name: string;
  seed: number;
  skills: string[];
}

export const COMPANIES: FixtureCompany[] = [
  { id: 'acme', name: 'Acme', seed: 11, skills: skillsOf(0) },
  { id: 'globex', name: 'Globex', seed: 2024, skills: skillsOf(1) },
  { id: 'initech', name: 'Initech', seed: 777, skills: skillsOf(2) },
];

function companyFile({ id, name, seed, skills }: FixtureCompany): string {
  const sentence = sentenceMaker(seed + 1);
  return `name: ${name}
summary: ${sentence()} [@${id}-careers]
website: https://www.${id}.example
hosts: [${id}-engineering.example]
industry: Software
headquarters: Springfield
stack: [${skills.slice(0, 2).join(', ')}]
culture:
  - ${sentence()} [@${id}-careers]
interview:
  summary: ${sentence()} [@${id}-careers]
  rounds:
    - name: Recruiter call
      detail: ${sentence()} [@${id}-careers]
sources:
  - id: ${id}-careers
    kind: company
    title: How we hire at ${name}
    url: https://careers.${id}.example/how-we-hire
`;
}

const posting = (id: string, n: number, asks: string[]) => `  - id: ${id}-posting-${n}
    kind: posting
    title: Backend Engineer ${n}
    url: https://careers.${id}.example/jobs/${n}
    read: 2026-11-20
    asks: [${asks.join(', ')}]`;

function guideFile({ id, name, seed, skills }: FixtureCompany): string {
  const sentence = sentenceMaker(seed);
  const paragraph = (count: number, cite: string) => `${Array.from({ length: count }, () => sentence()).join(' ')}${cite}`;
  const keyword = (label: string, importance: string) => `  - label: ${label}
    terms: [${label}]
    importance: ${importance}
    advice: ${sentence(6)}`;
  return `---
title: Backend Developer Resume ATS Guide for ${name}
description: ${sentence(10)}
company: ${id}
role: backend-developer
region: US
updated: 2026-11-20
reviewed: 2026-11-21
keywords:
${skills.map((skill, index) => keyword(skill, index < 2 ? 'required' : 'preferred')).join('\n')}
mistakes:
  - title: ${sentence(4)}
    detail: ${sentence(8)}
    check:
      rule: concise-bullets
  - title: ${sentence(4)}
    detail: ${sentence(8)}
    check:
      terms: [${skills[0]}]
  - title: ${sentence(4)}
    detail: ${sentence(8)}
    check:
      terms: [${skills[2]}]
faq:
  - question: ${sentence(6).slice(0, -1)}?
    answer: ${sentence(16)}
  - question: ${sentence(6).slice(0, -1)}?
    answer: ${sentence(16)}
  - question: ${sentence(6).slice(0, -1)}?
    answer: ${sentence(16)}
sources:
  - id: ${id}-blog
    kind: company
    title: ${name} engineering blog
    url: https://${id}-engineering.example/posts/queues
${posting(id, 1, [...skills.slice(0, 2), ...skills.slice(2, 5)])}
${posting(id, 2, [...skills.slice(0, 2), ...skills.slice(5)])}
${posting(id, 3, skills.slice(0, 1))}
---

## Resume strategy

${paragraph(7, '')}

## About the role

${paragraph(7, ` [@${id}-blog]`)}

## What hiring managers look for

${paragraph(7, ` [@${id}-blog]`)}

## The interview

${paragraph(7, ` [@${id}-careers]`)}
`;
}

const roots: string[] = [];

/** Writes the library; returns its content folder. */
export function contentLibrary(): string {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-lint-'));
  roots.push(root);
  const content = join(root, 'content');
  const files: Record<string, string> = {
    'skills.yaml': SKILLS,
    'roles/backend-developer.yaml': ROLE,
    ...Object.fromEntries(COMPANIES.flatMap((company) => [[`companies/${company.id}.yaml`, companyFile(company)], [`guides/${company.id}/backend-developer.mdx`, guideFile(company)]])),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return content;
}

export function editContent(content: string, path: string, change: (text: string) => string) {
  const file = join(content, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(file, after);
}

export function removeContentLibraries() {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}
