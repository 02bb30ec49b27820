import { describe, expect, it } from 'vitest';
import type { LayoutFacts } from '../../src/document/types.ts';
import { buildSafeCopy, type CopySource } from '../../src/export/buildSafeCopy.ts';
import { analyzeResume } from '../../src/scorer/analyzeResume.ts';
import { CLEAN_LAYOUT } from '../document/layoutFacts.ts';
import { taxonomy } from '../scorer/taxonomyFixture.ts';


function copyOf(text: string, layout: Partial<LayoutFacts> | null = {}, extra: Partial<CopySource> = {}) {
  const facts = layout === null ? null : { ...CLEAN_LAYOUT, ...layout };
  const analysis = analyzeResume({ text, taxonomy, ...(facts ? { layout: facts } : {}) });
  return buildSafeCopy({ text, lines: [], layout: facts, structure: analysis.structure, region: 'US', maxPages: 2, edited: false, ...extra });
}

const RESUME = `Tomasz Wiśniewski
Gdańsk, Poland · tomasz.w@proton.me · +48 601 234 567

WORK HISTORY
Platform Engineer, Baltic Freight | Mar 2020 – Present
• Moved 30 services from VMs to Kubernetes, cutting deploy time from 40 to 6 minutes
• Wrote the Terraform modules 5 teams use for their queues

ACADEMIC BACKGROUND
MSc Computer Science, Gdańsk University of Technology | 2014 – 2019

Technical Skills
Go, Terraform, Kubernetes, PostgreSQL
`;

describe('buildSafeCopy', () => {
  it('sets the name first and alone, then the header, then each section under its standard heading', () => {
    const copy = copyOf(RESUME);
    expect(copy.name).toBe('Tomasz Wiśniewski');
    expect(copy.header).toEqual(['Gdańsk, Poland · tomasz.w@proton.me · +48 601 234 567']);
    expect(copy.sections.map((section) => section.heading)).toEqual(['Experience', 'Education', 'Skills']);
    expect(copy.changes.find((note) => note.id === 'headings-renamed')?.message).toContain('"WORK HISTORY" → "Experience"');
  });

  it('names a heading a column broke over two lines once, whole', () => {
    const copy = copyOf('Mei Tanaka\nmei@tanaka.jp\n\nTECHNICAL\nSKILLS\nFigma, Sketch\n');
    expect(copy.sections).toEqual([{ section: 'Skills', heading: 'Skills', items: [{ kind: 'text', text: 'Figma, Sketch' }] }]);
    expect(copy.changes.find((note) => note.id === 'headings-renamed')?.message).toBe('Headings carry the standard names every ATS files them under: "TECHNICAL SKILLS" → "Skills".');
  });

  it('writes a Markdown resume as plain words, and says so', () => {
    const copy = copyOf('Ravi Kumar\nravi@kumar.dev · [LinkedIn](https://www.linkedin.com/in/ravi-k)\n\n## Experience\n**Data Engineer, Flipkart** — 2019 – 2024\n- Built **Spark** jobs for 40 teams\n', { pictures: 0 });
    expect(copy.header).toEqual(['ravi@kumar.dev · LinkedIn (https://www.linkedin.com/in/ravi-k)']);
    expect(copy.sections[0]!.items).toEqual([
      { kind: 'entry', text: 'Data Engineer, Flipkart — 2019 – 2024' },
      { kind: 'bullet', text: 'Built Spark jobs for 40 teams' },
    ]);
    expect(copy.changes.map((note) => note.id)).toContain('markup-removed');
  });

  it('keeps every bullet whole as a list item, and role lines with their dates as entries', () => {
    const experience = copyOf(RESUME).sections[0]!;
    expect(experience.items).toEqual([
      { kind: 'entry', text: 'Platform Engineer, Baltic Freight | Mar 2020 – Present' },
      { kind: 'bullet', text: 'Moved 30 services from VMs to Kubernetes, cutting deploy time from 40 to 6 minutes' },
      { kind: 'bullet', text: 'Wrote the Terraform modules 5 teams use for their queues' },
    ]);
  });

  it('puts dates that stood on a line of their own on the role line next to them', () => {
    const copy = copyOf(`Ana Ruiz
ana@ruiz.dev

Experience
Data Analyst, Ferrovial
Jun 2019 – Aug 2023
• Built 14 Tableau dashboards for the rail division

Education
2012 – 2016
BSc Statistics, Universidad de Sevilla
`);
    expect(copy.sections[0]!.items[0]).toEqual({ kind: 'entry', text: 'Data Analyst, Ferrovial | Jun 2019 – Aug 2023' });
    expect(copy.sections[1]!.items).toEqual([{ kind: 'entry', text: 'BSc Statistics, Universidad de Sevilla | 2012 – 2016' }]);
    expect(copy.changes.map((note) => note.id)).toContain('dates-on-role-line');
  });

  it('moves the name and contact details from the page header to the top of the body, and drops page numbers', () => {
    const copy = copyOf('Summary\nWard nurse of six years.\n\nExperience\nNurse, St Mary’s | 2018 – 2024\n• Cared for 12 patients a shift\n', {
      headerFooterText: ['Priya Raman', 'priya.raman@nhs.net | 07700 900123', 'Page 1 of 2', 'Page'],
    });
    expect(copy.name).toBe('Priya Raman');
    expect(copy.header).toEqual(['priya.raman@nhs.net | 07700 900123']);
    expect(copy.changes.find((note) => note.id === 'contact-into-body')?.message).toBe(
      'Moved into the body from the page header or footer, which many ATS skip: "Priya Raman", "priya.raman@nhs.net | 07700 900123".',
    );
    expect(copy.dropped.find((note) => note.id === 'margins-dropped')?.message).toBe('Page numbers ("Page 1 of 2", "Page") are left out: the copy has no page header or footer.');
  });

  it('says nothing is left out of a page header whose every line the copy holds', () => {
    const copy = copyOf(RESUME, { headerFooterText: ['Tomasz Wiśniewski'] });
    expect(copy.dropped.map((note) => note.id)).not.toContain('margins-dropped');
    expect(copy.changes.map((note) => note.id)).not.toContain('contact-into-body');
  });

  it('writes out links the file held only behind an icon, beside the email and phone', () => {
    const copy = copyOf(RESUME.replace('\n\nWORK', '\nPlatform engineer in logistics.\n\nWORK'), {
      links: [{ url: 'https://www.linkedin.com/in/twisniewski', visible: false }, { url: 'mailto:tomasz.w@proton.me', visible: true }],
    });
    expect(copy.header).toEqual(['Gdańsk, Poland · tomasz.w@proton.me · +48 601 234 567', 'https://www.linkedin.com/in/twisniewski', 'Platform engineer in logistics.']);
    expect(copy.header.join(' ')).not.toContain('mailto:');
    expect(copy.changes.map((note) => note.id)).toContain('links-written-out');
  });

  it('gathers a split section under one heading and sets a multi-column file in the usual order', () => {
    const copy = copyOf(
      `Lena Brandt
lena@brandt.io

Skills
Figma, Sketch

Experience
Designer, Zalando | 2019 – 2024
• Redesigned checkout for 9 markets

Tools
Miro, Jira
`,
      { columns: 2 },
    );
    expect(copy.sections.map((section) => section.section)).toEqual(['Experience', 'Skills']);
    expect(copy.sections[1]!.items.map((item) => item.text)).toEqual(['Figma, Sketch', 'Miro, Jira']);
    expect(copy.changes.find((note) => note.id === 'one-column')?.message).toContain('2 columns');
  });

  it('keeps a one-column file in its own section order', () => {
    const copy = copyOf('Lena Brandt\nlena@brandt.io\n\nSkills\nFigma\n\nExperience\nDesigner, Zalando | 2019 – 2024\n• Redesigned checkout for 9 markets\n');
    expect(copy.sections.map((section) => section.section)).toEqual(['Skills', 'Experience']);
  });

  it('leaves out glyphs that decode to nothing and says what it dropped', () => {
    const copy = copyOf('Kofi Mensah\n\uE0B0 kofi@mensah.gh \uFFFD +233 24 123 4567\n\nSkills\nExcel\n', { undecodableChars: 2, hiddenText: [{ kind: 'white-text', chars: 40, sample: 'python java kubernetes' }] });
    expect(copy.header).toEqual(['kofi@mensah.gh +233 24 123 4567']);
    expect(copy.dropped.map((note) => note.id)).toEqual(['icons-dropped', 'hidden-text-dropped', 'graphics-dropped']);
    expect(copy.dropped.find((note) => note.id === 'hidden-text-dropped')?.message).toContain('python java kubernetes');
  });

  it('says nothing of drawings for pasted text, which has none', () => {
    expect(copyOf(RESUME, null).dropped).toEqual([]);
  });

  it('sets the copy on Letter in North America and A4 elsewhere', () => {
    expect(copyOf(RESUME).paper).toBe('letter');
    expect(copyOf(RESUME, {}, { region: 'PL' }).paper).toBe('a4');
  });

  it('keeps the items of a resume with no headings, unheaded', () => {
    const copy = copyOf('Sam Ortiz\nsam@ortiz.mx\n• Led 3 launches\n• Hired 5 engineers\n');
    expect(copy.sections).toEqual([{ section: 'Contact', heading: '', items: [{ kind: 'bullet', text: 'Led 3 launches' }, { kind: 'bullet', text: 'Hired 5 engineers' }] }]);
  });
});

describe('what the copy says it leaves out of pictures', () => {
  it('counts the pictures a DOCX lists, says nothing when it has none, and speaks of any for a PDF', () => {
    expect(copyOf(RESUME, { pictures: 2 }).dropped.find((note) => note.id === 'graphics-dropped')?.message).toBe(
      "The file's 2 pictures (photos, logos, charts, diagrams) are not carried over: an ATS reads no images, and the copy is text only.",
    );
    expect(copyOf(RESUME, { pictures: 0 }).dropped).toEqual([]);
    expect(copyOf(RESUME, { pictures: null }).dropped.find((note) => note.id === 'graphics-dropped')?.message).toMatch(/^Any photo, logo/);
  });
});

describe('a sidebar read before the main column', () => {
  it('sets the main column’s headline under the name, not in the sidebar’s last section', () => {
    // The sidebar opens with the name as a badge; the main column names the person again, over a headline.
    const copy = copyOf(
      `Noor Aziz

Contact
noor@aziz.pk

Certifications
CKA, 2022
Noor Aziz
Staff Platform Engineer

Experience
Platform Lead, Careem | 2020 – 2024
• Ran 300 services on Kubernetes
`,
      { columns: 2 },
    );
    expect(copy.name).toBe('Noor Aziz');
    expect(copy.header[0]).toBe('Staff Platform Engineer');
    expect(copy.sections.find((section) => section.section === 'Certifications')?.items).toEqual([{ kind: 'text', text: 'CKA, 2022' }]);
  });
});
