import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { nodeFonts } from '../../src/export/fontSourceNode.ts';
import { layoutCopy, TYPOGRAPHIES, type TextMeasure } from '../../src/export/layoutCopy.ts';
import type { CopyItem, SafeCopy } from '../../src/export/types.ts';
import { writeDocxCopy } from '../../src/export/writeDocxCopy.ts';
import { writePdfCopy } from '../../src/export/writePdfCopy.ts';
import { writeTextCopy } from '../../src/export/writeTextCopy.ts';
import { readResume } from '../../src/scorer/readResume.ts';

function copyWith(items: CopyItem[], overrides: Partial<SafeCopy> = {}): SafeCopy {
  return {
    name: 'Mariam Haddad',
    header: ['Amman, Jordan | mariam.haddad@fastmail.com | +962 7 9012 3456'],
    sections: [
      { section: 'Experience', heading: 'Experience', items },
      { section: 'Skills', heading: 'Skills', items: [{ kind: 'text', text: 'SQL, dbt, Looker, Python' }] },
    ],
    changes: [],
    dropped: [],
    paper: 'a4',
    maxPages: 1,
    ...overrides,
  };
}

const ROLE: CopyItem = { kind: 'entry', text: 'Analytics Engineer, Aramex | Feb 2021 – Present' };
const bullets = (count: number): CopyItem[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'bullet', text: `Shipped data model ${index + 1} for the finance team, cutting its month-end close from 9 to ${index % 7} days across 14 markets` }));

/** Monospace stand-in widths: half an em a character. */
const mono: TextMeasure = { width: (text, size) => text.length * size * 0.5 };

async function readBack(bytes: Uint8Array, name: string) {
  const document = await extractDocument(bytes, name, nodePdfjs);
  return { document, structure: readResume(document.text, { lines: document.lines, pages: document.pages }) };
}

describe('layoutCopy', () => {
  it('fits one page with tighter type when the guide asks for one and the content allows', () => {
    const roomy = layoutCopy(copyWith([ROLE, ...bullets(4)]), mono);
    expect(roomy.typography).toEqual(TYPOGRAPHIES[0]);
    const long = layoutCopy(copyWith([ROLE, ...bullets(34)]), mono);
    expect(long.pages).toHaveLength(1);
    expect(long.typography.body).toBeLessThan(TYPOGRAPHIES[0]!.body);
  });

  it('takes the fewest pages, at the smallest comfortable type, when one page cannot hold it', () => {
    const layout = layoutCopy(copyWith([ROLE, ...bullets(120)]), mono);
    expect(layout.typography).toEqual(TYPOGRAPHIES.at(-1));
    expect(layout.pages.length).toBeGreaterThan(1);
  });

  it('never splits a bullet across pages, nor a date range across lines', () => {
    const layout = layoutCopy(copyWith([ROLE, ...bullets(120)], { maxPages: 9 }), mono);
    for (const page of layout.pages) expect(page[0]!.role).not.toBe('bullet-wrap');
    const narrow: TextMeasure = { width: (text, size) => text.length * size * 1.6 };
    const lines = layoutCopy(copyWith([{ kind: 'entry', text: 'Senior Analytics Engineer, Aramex Logistics | Feb 2021 – Present' }]), narrow).pages.flat().map((line) => line.text);
    expect(lines.some((line) => line.includes('Feb 2021 – Present'))).toBe(true);
  });
});

describe('the PDF copy', () => {
  it('is real text in a standard font: its bullets and headings read back as written', async () => {
    const copy = copyWith([ROLE, ...bullets(3)]);
    const { bytes, unwritable } = await writePdfCopy(copy, nodeFonts);
    expect(unwritable).toEqual([]);
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/BaseFont /Helvetica');
    const { document, structure } = await readBack(bytes, 'copy.pdf');
    expect(document.pages).toBe(1);
    expect(structure.sections).toEqual(['Experience', 'Skills']);
    expect(structure.bullets.map((line) => line.text.replace(/^•\s*/, ''))).toEqual(bullets(3).map((item) => item.text));
    expect(document.layout.ligaturesRepaired).toBe(0);
  });

  it('embeds a Unicode font for what the standard fonts cannot write, and it reads back', async () => {
    const copy = copyWith([ROLE, { kind: 'bullet', text: 'Saved ₹1.4 crore a year for Łódź and İzmir teams' }], { name: 'Mariam Ḥaddād' });
    const { bytes, unwritable } = await writePdfCopy(copy, nodeFonts);
    expect(unwritable).toEqual([]);
    const { document } = await readBack(bytes, 'copy.pdf');
    expect(document.text).toContain('Mariam Ḥaddād');
    expect(document.text).toContain('Saved ₹1.4 crore a year for Łódź and İzmir teams');
    expect(document.layout.undecodableChars).toBe(0);
  });

  it('names the characters no font it carries can draw', async () => {
    const { unwritable } = await writePdfCopy(copyWith([ROLE, { kind: 'bullet', text: 'Launched the 北京 office with 12 engineers' }]), nodeFonts);
    expect(unwritable).toEqual(['北', '京']);
  });
});

describe('the DOCX copy', () => {
  it('has Word headings, Word list bullets and no page header', async () => {
    const { document, structure } = await readBack(await writeDocxCopy(copyWith([ROLE, ...bullets(2)])), 'copy.docx');
    expect(document.layout.headerFooterText).toEqual([]);
    const heading = document.lines.find((line) => document.text.slice(line.start, line.end) === 'Experience');
    expect(heading?.style.heading).toBe(true);
    const listed = document.lines.filter((line) => line.style.listLevel === 0);
    expect(listed).toHaveLength(2);
    expect(structure.contact.email).toBe('mariam.haddad@fastmail.com');
  });
});

describe('the text copy', () => {
  it('heads sections in capitals, marks bullets, and sets a blank line after a list', () => {
    const text = new TextDecoder().decode(writeTextCopy(copyWith([ROLE, ...bullets(1), { kind: 'entry', text: 'Data Analyst, Zain | 2018 – 2021' }])));
    expect(text).toBe(
      `Mariam Haddad
Amman, Jordan | mariam.haddad@fastmail.com | +962 7 9012 3456

EXPERIENCE
Analytics Engineer, Aramex | Feb 2021 – Present
• ${bullets(1)[0]!.text}

Data Analyst, Zain | 2018 – 2021

SKILLS
SQL, dbt, Looker, Python
`,
    );
  });
});
