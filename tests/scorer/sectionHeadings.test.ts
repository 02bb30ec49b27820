import { describe, expect, it } from 'vitest';
import { readResume } from '../../src/scorer/readResume.ts';
import { inlineSection, RECOGNISED_HEADINGS, sectionOfHeading } from '../../src/scorer/sectionHeadings.ts';
import type { SectionName } from '../../src/scorer/types.ts';

type Case = [line: string, section: SectionName];

function readsAll(cases: Case[]): void {
  it.each(cases)('reads "%s" as %s', (line, section) => {
    expect(sectionOfHeading(line)).toBe(section);
  });
}

describe('sectionOfHeading', () => {
  describe('less common sections', () => {
    readsAll([
      ['Publications', 'Publications'],
      ['Talks', 'Publications'],
      ['Patents', 'Publications'],
      ['Conference Talks', 'Publications'],
      ['Awards', 'Awards'],
      ['Honors', 'Awards'],
      ['Scholarships', 'Awards'],
      ['Volunteering', 'Volunteering'],
      ['Community Service', 'Volunteering'],
      ['Service', 'Volunteering'],
      ['Activities', 'Activities'],
      ['Extracurricular Activities', 'Activities'],
      ['Campus Involvement', 'Activities'],
      ['Leadership', 'Leadership'],
      ['Leadership Experience', 'Leadership'],
      ['Positions of Responsibility', 'Leadership'],
      ['Teaching', 'Teaching'],
      ['Teaching Experience', 'Teaching'],
      ['Tutoring', 'Teaching'],
      ['References', 'References'],
      ['Referees', 'References'],
      ['Interests', 'Interests'],
      ['Hobbies', 'Interests'],
      ['Languages', 'Languages'],
      ['Spoken Languages', 'Languages'],
      ['Certifications', 'Certifications'],
      ['Courses', 'Courses'],
      ['Coursework', 'Courses'],
      ['Training', 'Courses'],
      ['Professional Development', 'Courses'],
      ['Open Source', 'Projects'],
      ['Personal Projects', 'Projects'],
      ['Open Source Projects', 'Projects'],
      ['Professional Experience', 'Experience'],
      ['Work History', 'Experience'],
      ['Employment', 'Experience'],
      ['Employment History', 'Experience'],
      ['Internship Experience', 'Experience'],
      ['Technical Skills', 'Skills'],
      ['Core Competencies', 'Skills'],
      ['Programming Languages', 'Skills'],
      ['Profile', 'Summary'],
      ['Summary', 'Summary'],
      ['About Me', 'Summary'],
      ['Career Summary', 'Summary'],
      ['Research', 'Research'],
      ['Research Experience', 'Research'],
      ['Military Service', 'Military'],
      ['Military Experience', 'Military'],
      ['Volunteer Experience', 'Volunteering'],
      ['Academic Background', 'Education'],
    ]);
  });

  describe('numbered headings', () => {
    readsAll([
      ['1. Education', 'Education'],
      ['2) Work Experience', 'Experience'],
      ['03 Projects', 'Projects'],
      ['1.2 Technical Skills', 'Skills'],
      ['II. Experience', 'Experience'],
      ['iv) Publications', 'Publications'],
      ['A) Skills', 'Skills'],
      ['B. Awards', 'Awards'],
      ['§ Skills', 'Skills'],
      ['## Experience', 'Experience'],
      ['01 — Summary', 'Summary'],
    ]);
  });

  describe('trailing colons and separators, rules and symbols around the heading', () => {
    readsAll([
      ['Education:', 'Education'],
      ['EXPERIENCE :', 'Experience'],
      ['Skills |', 'Skills'],
      ['Projects ——', 'Projects'],
      ['— Experience —', 'Experience'],
      ['== Skills ==', 'Skills'],
      ['*** Awards ***', 'Awards'],
      ['--- Education ---', 'Education'],
      ['[ Publications ]', 'Publications'],
      ['■ Leadership ■', 'Leadership'],
      ['>> Interests', 'Interests'],
    ]);
  });

  describe('parts joined by "&", "and", "/"', () => {
    readsAll([
      ['Skills & Tools', 'Skills'],
      ['Awards and Honors', 'Awards'],
      ['Licenses/Certifications', 'Certifications'],
      ['Honors & Awards', 'Awards'],
      ['Publications, Talks & Patents', 'Publications'],
      ['Education and Training', 'Education'],
      ['Hobbies + Interests', 'Interests'],
      ['Teaching & Mentoring', 'Teaching'],
      ['Languages / Frameworks', 'Languages'],
      ['Leadership & Community Involvement', 'Leadership'],
    ]);
  });

  describe('qualifiers, asides, possessives and trailing words', () => {
    readsAll([
      ['Experience (selected)', 'Experience'],
      ['Selected Publications', 'Publications'],
      ['Relevant Coursework', 'Courses'],
      ['Professional Experience & Leadership', 'Experience'],
      ['Additional Experience', 'Experience'],
      ['Other Interests', 'Interests'],
      ['Recent Projects [2020–2024]', 'Projects'],
      ['Key Skills', 'Skills'],
      ['Publications — Selected', 'Publications'],
      ['Master’s Thesis', 'Research'],
      ["Bachelor's Thesis", 'Research'],
      ['Peer-Reviewed Publications', 'Publications'],
      ['Extra-Curricular Activities', 'Activities'],
      ['Skills Summary', 'Skills'],
      ['Sales Experience', 'Experience'],
      ['Side Projects', 'Projects'],
      ['Award', 'Awards'],
    ]);
  });

  describe('case, small capitals and extraction artefacts', () => {
    readsAll([
      ['EDUCATION', 'Education'],
      ['WORK EXPERIENCE', 'Experience'],
      ['Work experience', 'Experience'],
      ['Eᴅᴜᴄᴀᴛɪᴏɴ', 'Education'],
      ['ᴘʀᴏᴊᴇᴄᴛꜱ', 'Projects'],
      ['𝐒𝐊𝐈𝐋𝐋𝐒', 'Skills'],
      ['ＳＫＩＬＬＳ', 'Skills'],
      ['Certiﬁcations', 'Certifications'],
    ]);
  });

  describe('letter-spaced headings collapsed by extraction', () => {
    readsAll([
      ['S U M M A R Y', 'Summary'],
      ['S U M M A RY', 'Summary'],
      ['SUMMA RY', 'Summary'],
      ['E X P E R I E N C E', 'Experience'],
      ['EXPERIEN CE', 'Experience'],
      ['W O R K  E X P E R I E N C E', 'Experience'],
      ['T E C H N I C A L  S K I L L S', 'Skills'],
      ['S K I L L S & T O O L S', 'Skills'],
      ['P U B L I C A TI O N S', 'Publications'],
    ]);
  });

  describe('near-misses: lines that start with or contain a heading word but are not headings', () => {
    it.each([
      'Experience building payment APIs in Go.',
      'Experience building payment APIs in Go',
      'Education Specialist, Acme',
      'Skills Development Coordinator',
      'Experience Inc.',
      'Experience Inc',
      'Experience Design Lead',
      'Research Assistant',
      'Teaching Assistant, University of Leeds',
      'Publications Manager at Elsevier',
      'Volunteer Coordinator',
      'Project Manager',
      'Leadership Team Member',
      'Awards Committee Chair',
      'Customer Service',
      'Social Work',
      'HEAD OF PROJECTS',
      '• Leadership',
      '- Research',
      '* Skills',
      'leadership',
      'Skills: Go, Java',
      'Projects delivered on time and under budget',
      'Interests include climbing and chess',
      'Research and development of payment systems',
      'References available upon request',
      'Training new hires on the on-call rotation',
      'Top 10 Projects',
      'Education 2019',
      'Summary Judgment Motions',
      'Where I have been',
      'Selected',
      'Projects, Awards, Talks, Patents, Courses, Languages, Interests',
      'Skills.',
    ])('"%s" is not a heading', (line) => {
      expect(sectionOfHeading(line)).toBeUndefined();
    });
  });
});

describe('inlineSection', () => {
  it.each([
    ['Skills: Go, Java', 'Skills', 'Go, Java'],
    ['Technical Skills: Go, Java', 'Skills', 'Go, Java'],
    ['Tools & Technologies: Docker, Terraform', 'Skills', 'Docker, Terraform'],
    ['Licenses/Certifications: AWS Solutions Architect', 'Certifications', 'AWS Solutions Architect'],
    ['Languages: English, German', 'Languages', 'English, German'],
    ['Interests (selected): chess, climbing', 'Interests', 'chess, climbing'],
  ])('reads "%s" as %s', (line, section, rest) => {
    expect(inlineSection(line)).toEqual({ section, rest });
  });

  it.each(['Location: Berlin', '• Skills: Go', 'Experience building APIs: Go, Java', 'https://github.com/janedoe'])(
    'does not read "%s" as a section',
    (line) => {
      expect(inlineSection(line)).toBeUndefined();
    },
  );
});

describe('RECOGNISED_HEADINGS', () => {
  it('lists a vocabulary for every section but Contact, each word read back as its section', () => {
    for (const [section, phrases] of Object.entries(RECOGNISED_HEADINGS)) {
      expect(phrases.length).toBeGreaterThan(0);
      for (const phrase of phrases) expect(sectionOfHeading(phrase.replace(/\b\w/g, (letter) => letter.toUpperCase()))).toBe(section);
    }
  });
});

describe('in a resume', () => {
  it('reads decorated and less common headings as sections, in order', () => {
    const text = 'Jane Doe\n1. WORK HISTORY:\n• Built a ledger\n— Research Experience —\n• Ran a study\nS U M M A RY\nEngineer.';
    expect(readResume(text).sections).toEqual(['Experience', 'Research', 'Summary']);
  });

  it('counts research, leadership, teaching and military lines as where skills are demonstrated', () => {
    const text = 'Jane Doe\nResearch\n• Modelled traffic in Python\nLeadership\n• Led a robotics club\nTeaching\n• Taught SQL\nMilitary Service\n• Ran logistics\nInterests\nChess';
    expect(readResume(text).contextLines.map((line) => line.text)).toEqual([
      '• Modelled traffic in Python',
      '• Led a robotics club',
      '• Taught SQL',
      '• Ran logistics',
    ]);
  });
});
