import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/scorer/analyzeResume.ts';
import { ORDINARY_SENTENCES } from '../fixtures/skillSenses/ordinarySentences.ts';
import { KNOWN_MISREADS } from '../fixtures/skillSenses/knownMisreads.ts';
import { skillsIn } from '../fixtures/skillSenses/readSentence.ts';
import { TECHNICAL_SENTENCES } from '../fixtures/skillSenses/technicalSentences.ts';
import { RESUME_SKILLS } from '../fixtures/ranking/resumeSkills.ts';
import { ROLE_RESUMES } from '../fixtures/ranking/roleResumes.ts';
import { addReading, emptyTally, precisionOf, recallOf } from '../fixtures/skillTally.ts';
import { taxonomy } from './taxonomyFixture.ts';

describe('the fixtures', () => {
  it('expect only skills the taxonomy defines', () => {
    const unknown = TECHNICAL_SENTENCES.flatMap(({ skills }) => skills.filter((skill) => !Object.hasOwn(taxonomy, skill)));
    expect(unknown).toEqual([]);
  });

  it('hold each sentence once', () => {
    const texts = [...ORDINARY_SENTENCES, ...TECHNICAL_SENTENCES.map(({ text }) => text)];
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });
});

const readRight = (sentence: string) => !KNOWN_MISREADS.has(sentence);
const ordinary = (sentence: string) => {
  expect(skillsIn(sentence, 'alone')).toEqual([]);
  expect(skillsIn(sentence, 'other field')).toEqual([]);
};
const technical = ({ text, skills }: { text: string; skills: readonly string[] }) => expect(skillsIn(text, 'technical entry')).toEqual([...skills].sort());

describe('a word used in its ordinary sense is not a skill, alone or in a technical resume', () => {
  it.each(ORDINARY_SENTENCES.filter(readRight))('%s', ordinary);
  it.fails.each(ORDINARY_SENTENCES.filter((sentence) => !readRight(sentence)))('still misread: %s', ordinary);
});

describe('a technical sentence in a software job names exactly its skills', () => {
  it.each(TECHNICAL_SENTENCES.filter(({ text }) => readRight(text)))('$text', technical);
  it.fails.each(TECHNICAL_SENTENCES.filter(({ text }) => !readRight(text)))('still misread: $text', technical);
});

describe('how context decides', () => {
  const found = (text: string) => [...new Set(analyzeResume({ text, taxonomy }).mentionsOf(Object.keys(taxonomy)).map((mention) => mention.term))].sort();

  it('reads a tool whose name is an English word only where its job talks technology', () => {
    const software = 'Experience\nPlatform Engineer, Quarry Labs, 2020–2024\n• Moved the build farm to Kubernetes.\n• Wrote the Spinnaker stages that promote each Helm release.';
    expect(found(software)).toEqual(['Helm', 'Kubernetes', 'Spinnaker']);
    const sailing = 'Experience\nDeckhand, Quarry Bay Charters, 2020–2024\n• Took the Helm release drill with the crew each morning.';
    expect(found(sailing)).toEqual([]);
  });

  it('reads a named tool beside an abbreviated one, and never an abbreviation beside a place', () => {
    expect(found('Experience\n• Built a Java service on AWS handling 5,000 requests/s')).toEqual(['AWS', 'Java']);
    expect(found('Experience\n• Opened a Java café in Sheffield S3 with two friends.')).toEqual([]);
  });

  it('reads a tool by its version number, and never a year as one', () => {
    expect(found('Experience\n• Upgraded the admin tool to Angular 17.')).toEqual(['Angular']);
    expect(found('Experience\n• Spring 2023 internship at a garden centre.')).toEqual([]);
  });

  it('reads a tool the skills section names again where a bullet names it mid-sentence', () => {
    const resume = 'Experience\nAnalyst, Harbour Retail, 2019–2024\n• Automated weekly sales reporting in Python for 40 stores.\nSkills\nPython, Excel';
    expect(found(resume)).toEqual(['Excel', 'Python']);
    expect(found('Experience\nAnalyst, Harbour Retail, 2019–2024\n• Automated weekly sales reporting in Python for 40 stores.')).toEqual([]);
  });

  it('reads a name the taxonomy also spells in capitals in either spelling', () => {
    expect(found('Experience\n• Tuned Nginx buffers for the image service.\n• Moved TLS termination from NGINX to Envoy.')).toEqual(['Envoy', 'Nginx', 'TLS']);
  });

  it('reads an acronym only in capitals', () => {
    expect(found('Skills\nRAG, LLMs')).toEqual(['Large Language Models']);
    expect(found('Experience\n• Folded each rag and restocked the rice for the Kafka reading group.')).toEqual([]);
  });

  it('reads a practice under a job titled for software or product work, and not under another field\'s title', () => {
    expect(found('Experience\nSite Reliability Engineer, Acme, 2020–2024\n• Automated remediation of full disks, removing 10 hours of toil a week.')).toEqual(['Toil Reduction']);
    expect(found('Experience\nProduct Manager, Acme, 2020–2024\n• Owned the 18-month roadmap and ran customer interviews with 25 teams.')).toEqual(['Roadmapping', 'User Research']);
    expect(found('Experience\nProgramme Manager, Riverside Food Bank, 2020–2024\n• Owned the roadmap for volunteers and ran customer interviews with donors.')).toEqual([]);
    expect(found('Experience\nReliability Engineer, Northfield Paper Mill, 2020–2024\n• Automated remediation of jams on the presses, removing the toil of night checks.')).toEqual([]);
  });

  it('reads a tool that ends a bullet as the tool, whatever heading follows', () => {
    expect(found('Experience\nBackend Developer, Acme, 2020–2024\n• Built the card vault proxy in Go\n\nEducation\nBSc Computer Science, 2016')).toEqual(['Go']);
  });

  it('reads no skill in a person or place named beside it, even in a technical line', () => {
    expect(found('Experience\n• Paired with Ruby Okafor on the PostgreSQL migration.')).toEqual(['PostgreSQL']);
    expect(found('Experience\n• Moved the Kubernetes team offices to Sheffield S3.')).toEqual(['Kubernetes']);
  });
});

describe('whole resumes', () => {
  it("read the skills a reader's key lists, with recall of at least 97% and precision of at least 99%", () => {
    const tally = emptyTally();
    for (const resume of ROLE_RESUMES) {
      const skills = analyzeResume({ text: resume.text, taxonomy }).mentionsOf(Object.keys(taxonomy)).map((mention) => mention.term);
      addReading(tally, skills, RESUME_SKILLS[resume.id] ?? []);
    }
    expect(recallOf(tally)).toBeGreaterThanOrEqual(0.97);
    expect(precisionOf(tally)).toBeGreaterThanOrEqual(0.99);
  });
});
