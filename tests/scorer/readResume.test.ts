import { describe, expect, it } from 'vitest';
import { readResume } from '../../src/scorer/readResume.ts';
import { BACKEND_RESUME } from './resumeTexts.ts';

describe('sections', () => {
  it('finds the standard sections in order', () => {
    expect(readResume(BACKEND_RESUME).sections).toEqual(['Summary', 'Experience', 'Education', 'Skills']);
  });

  it.each([
    ['WORK HISTORY', 'Experience'],
    ['Professional Experience:', 'Experience'],
    ['Technical Skills', 'Skills'],
    ['Licenses & Certifications', 'Certifications'],
    ['Personal Projects', 'Projects'],
    ['Academic Background', 'Education'],
  ])('reads "%s" as %s', (heading, section) => {
    expect(readResume(`Jane Doe\n${heading}\nSomething under it`).sections).toEqual([section]);
  });

  it('does not take an invented heading or a sentence for a section', () => {
    expect(readResume("Jane Doe\nWhere I've been\nI have experience in many things").sections).toEqual([]);
  });

  it('reads "Skills: Go, Python" as a skills line', () => {
    const { lines, sections } = readResume('Jane Doe\nSkills: Go, Python');
    expect(sections).toEqual(['Skills']);
    expect(lines.at(-1)).toMatchObject({ text: 'Skills: Go, Python', section: 'Skills' });
  });
});

describe('bullets', () => {
  it('joins a bullet wrapped over two lines', () => {
    const { bullets } = readResume('Experience\n• Built a payments API used by 300\nmerchants across Europe\n• Led the migration');
    expect(bullets.map((line) => line.text)).toEqual(['• Built a payments API used by 300 merchants across Europe', '• Led the migration']);
  });

  it('does not swallow the next role into a bullet', () => {
    const { bullets, lines } = readResume('Experience\n• Built the ledger\nBackend Engineer, Shoply — 2018 – 2021\n• Cut latency by 45%');
    expect(bullets).toHaveLength(2);
    expect(lines.map((line) => line.text)).toContain('Backend Engineer, Shoply — 2018 – 2021');
  });

  it('counts experience bullets as where skills are demonstrated, not the skills list', () => {
    const { contextLines } = readResume(BACKEND_RESUME);
    expect(contextLines.some((line) => line.text.includes('Built a Go service'))).toBe(true);
    expect(contextLines.some((line) => line.text.startsWith('Go, Ruby'))).toBe(false);
  });
});

describe('contact details', () => {
  it('reads email, international phone, LinkedIn, GitHub and location', () => {
    expect(readResume(BACKEND_RESUME).contact).toEqual({
      name: 'Jane Doe',
      portfolio: null,
      wrapped: [],
      email: 'jane.doe@example.com',
      phone: '+49 30 12345678',
      linkedin: 'linkedin.com/in/janedoe',
      github: 'github.com/janedoe',
      location: 'Berlin, Germany',
    });
  });

  it.each([
    ['(415) 555-0132', 'US'],
    ['415.555.0132', 'US'],
    ['+1 415 555 0132', 'US'],
    ['020 7946 0958', 'GB'],
    ['+44 20 7946 0958', 'US'],
  ])('reads the phone number %s (region %s)', (phone, region) => {
    expect(readResume(`Sam Lee\nSan Francisco, CA | ${phone} | sam@lee.dev`, { region }).contact.phone).toBe(phone);
  });

  it('reads a US location and leaves absent details null', () => {
    expect(readResume('Sam Lee\nSan Francisco, CA\n\nExperience\n• Built things').contact).toEqual({
      name: 'Sam Lee',
      portfolio: null,
      wrapped: [],
      email: null,
      phone: null,
      linkedin: null,
      github: null,
      location: 'San Francisco, CA',
    });
  });

  it('does not read a year range as a phone number', () => {
    expect(readResume('Sam Lee\nExperience\nAcme 2019 - 2021\n• Built 2019-2021 reports').contact.phone).toBeNull();
  });
});

describe('dates and size', () => {
  it.each(['Jan 2021 – Present', 'March 2019 - June 2021', '03/2019 – 06/2021', '2018–2020', 'Sep. 2020 to current'])('counts %s as a date range', (range) => {
    expect(readResume(`Experience\nEngineer, Acme ${range}`).dateRanges).toBe(1);
  });

  it('uses the real page count when it has one and estimates it otherwise', () => {
    expect(readResume(BACKEND_RESUME, { pages: 2 })).toMatchObject({ pages: 2, pagesEstimated: false });
    expect(readResume('word '.repeat(1200))).toMatchObject({ pages: 3, pagesEstimated: true, words: 1200 });
  });
});
