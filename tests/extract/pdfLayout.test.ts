import { describe, expect, it } from 'vitest';
import { layoutPdfPages } from '../../src/extract/pdfLayout.ts';
import { groupIntoLines, lineText } from '../../src/extract/pdfLines.ts';
import { readPage } from '../../src/extract/readingOrder.ts';
import type { PdfTextRun } from '../../src/extract/types.ts';

/** A run of `size`-point text whose glyphs are half as wide as they are high. */
function run(text: string, x: number, y: number, size = 10): PdfTextRun {
  return { text, x, y, width: text.length * size * 0.5, height: size, font: 'Body' };
}

/** Lines of text stacked from `top` down, `spacing` apart, starting at `x`. */
function column(lines: readonly string[], x: number, top: number, spacing = 12, size = 10): PdfTextRun[] {
  return lines.map((text, i) => run(text, x, top - i * spacing, size));
}

/** The page's reading order (its geometry is tested on its own). */
function read(runs: PdfTextRun[]) {
  const { lines, columns } = readPage(groupIntoLines(runs));
  return { lines, columns };
}

describe('groupIntoLines and lineText', () => {
  it('puts runs on one baseline into a line, left to right, spacing them by their gaps', () => {
    const runs = [
      run('services', 90, 700.4),
      run('Built', 0, 700),
      run('distri', 30, 700),
      run('buted', 60, 700), // touches "distri": one word split in two runs
      run(' ', 40, 700), // whitespace-only runs are dropped; their gap remains
      run('Next line', 0, 688),
    ];
    const lines = groupIntoLines(runs);
    expect(lines.map(lineText)).toEqual(['Built distributed services', 'Next line']);
  });

  it('marks a gap wider than a word space with two spaces', () => {
    expect(lineText({ y: 0, height: 10, runs: [run('W O R K', 0, 0), run('H I S T O R Y', 45, 0)] })).toBe('W O R K  H I S T O R Y');
  });

  it('marks a gap wider than any word space with a tab: a name and the contact block on its baseline', () => {
    const line = { y: 0, height: 20, runs: [run('Inês Ferreira', 0, 0, 20), run('Porto, Portugal · ines@proton.me', 300, 0)] };
    expect(lineText(line)).toBe('Inês Ferreira\tPorto, Portugal · ines@proton.me');
  });

  it('keeps a raised superscript on its line', () => {
    expect(groupIntoLines([run('*', 100, 703, 6), run('Reduced costs by 40%', 0, 700)]).map(lineText)).toEqual(['Reduced costs by 40%*']);
  });
});

describe('readPage', () => {
  const header = [run('Jane Doe', 200, 760, 18), run('jane@example.com | +1 555 010 0199 | github.com/janedoe', 100, 740)];

  it('reads a one-column page line by line, right-aligned dates on their role line', () => {
    const runs = [
      ...header,
      run('Senior Engineer, Acme', 40, 700),
      run('2021 – Present', 480, 700),
      ...column(['• Built REST APIs in Go', '• Cut PostgreSQL latency by 40%'], 40, 688),
      run('Engineer, Globex', 40, 652),
      run('2017 – 2020', 495, 652),
      ...column(['• Ran Kafka pipelines'], 40, 640),
      run('Intern, Initech', 40, 616),
      run('2016 – 2017', 495, 616),
    ];
    expect(read(runs)).toEqual({
      lines: [
        'Jane Doe',
        'jane@example.com | +1 555 010 0199 | github.com/janedoe',
        '',
        'Senior Engineer, Acme\t2021 – Present',
        '• Built REST APIs in Go',
        '• Cut PostgreSQL latency by 40%',
        '',
        'Engineer, Globex\t2017 – 2020',
        '• Ran Kafka pipelines',
        '',
        'Intern, Initech\t2016 – 2017',
      ],
      columns: 1,
    });
  });

  it('reads a short side-by-side table row by row', () => {
    const runs = [
      ...column(['Languages', 'Data', 'Infrastructure'], 40, 700),
      ...column(['Go, Python, SQL', 'PostgreSQL, Kafka', 'Kubernetes, Docker'], 200, 700),
    ];
    expect(read(runs)).toEqual({
      lines: ['Languages\tGo, Python, SQL', 'Data\tPostgreSQL, Kafka', 'Infrastructure\tKubernetes, Docker'],
      columns: 1,
    });
  });

  it('reads a sidebar layout column by column, under its full-width header', () => {
    const sidebar = ['SKILLS', 'Go', 'PostgreSQL', 'Kafka', 'Kubernetes'];
    const main = ['EXPERIENCE', 'Senior Engineer, Acme', '• Built REST APIs in Go', '• Ran Kafka on Kubernetes', '• Led 4 engineers', '• Cut costs 40%'];
    const runs = [...header, ...column(sidebar, 40, 700, 15), ...column(main, 220, 702, 12)];
    expect(read(runs)).toEqual({
      lines: [header[0]?.text, header[1]?.text, '', ...sidebar, '', ...main],
      columns: 2,
    });
  });

  it('reads two equal columns with baselines in step column by column, not line across line', () => {
    const left = Array.from({ length: 10 }, (_, i) => `Left column line ${i + 1}`);
    const right = Array.from({ length: 10 }, (_, i) => `Right column line ${i + 1}`);
    const runs = [...column(left, 40, 700), ...column(right, 320, 700)];
    expect(read(runs)).toEqual({ lines: [...left, '', ...right], columns: 2 });
  });

  it('reads headings in a left gutter each before its row, and the section text in order', () => {
    const runs = [
      run('PROFILE', 40, 700),
      ...column(['Designer of payment flows for', 'banks and small shops.'], 160, 700),
      run('SKILLS', 40, 664),
      ...column(['Figma, user research,', 'accessibility audits', 'and design systems'], 160, 664),
      run('EDUCATION', 40, 616),
      ...column(['BA Graphic Design,', 'Glasgow School of Art'], 160, 616),
    ];
    expect(read(runs)).toEqual({
      lines: [
        'PROFILE',
        'Designer of payment flows for',
        'banks and small shops.',
        '',
        'SKILLS',
        'Figma, user research,',
        'accessibility audits',
        'and design systems',
        '',
        'EDUCATION',
        'BA Graphic Design,',
        'Glasgow School of Art',
      ],
      columns: 1,
    });
  });

  it('reads a table of dates beside entries row by row, with headings across it', () => {
    const runs = [
      run('Experience', 40, 700),
      run('2021 – now', 40, 686),
      ...column(['Engineer, Tidewater', '• Built the ledger in Go', '• Ran the on-call rota'], 160, 686),
      run('2018 – 2021', 40, 646),
      ...column(['Developer, Harbour Co', '• Shipped billing'], 160, 646),
      run('Education', 40, 614),
      run('2014 – 2018', 40, 600),
      ...column(['BSc Physics, Leeds', 'First class honours'], 160, 600),
    ];
    expect(read(runs)).toEqual({
      lines: [
        'Experience',
        '2021 – now\tEngineer, Tidewater',
        '• Built the ledger in Go',
        '• Ran the on-call rota',
        '2018 – 2021\tDeveloper, Harbour Co',
        '• Shipped billing',
        '',
        'Education',
        '2014 – 2018\tBSc Physics, Leeds',
        'First class honours',
      ],
      columns: 1,
    });
  });

  it('finds columns inside a column', () => {
    const lines = (name: string) => Array.from({ length: 4 }, (_, i) => `${name} ${i + 1}`);
    const runs = [...column(lines('A'), 40, 700, 15), ...column(lines('B'), 200, 705, 13), ...column(lines('C'), 400, 698, 11)];
    expect(read(runs)).toEqual({ lines: [...lines('A'), '', ...lines('B'), '', ...lines('C')], columns: 3 });
  });

  it('starts a block where the gap between lines clearly exceeds the line spacing', () => {
    const runs = [...column(['SUMMARY', 'Backend engineer', 'in Go.'], 40, 700), ...column(['SKILLS', 'Go, Kafka'], 40, 652)];
    expect(read(runs).lines).toEqual(['SUMMARY', 'Backend engineer', 'in Go.', '', 'SKILLS', 'Go, Kafka']);
  });
});

describe('layoutPdfPages', () => {
  const bodies = [
    ['Built REST APIs in Go', 'for card payments'],
    ['Ran Kafka on Kubernetes', 'at 3 million events a day'],
    ['Mentored 4 engineers', 'in PostgreSQL tuning'],
  ];
  const body = (page: number) => column(bodies[page - 1] ?? [], 40, 700);

  it('moves page-number footers out of the body into headerFooterText', () => {
    const pages = [1, 2].map((page) => [...body(page), run(`Jane Doe — Page ${page} of 2`, 250, 40, 8)]);
    expect(layoutPdfPages(pages)).toEqual({
      facts: expect.any(Array),
      text: 'Built REST APIs in Go\nfor card payments\n\nRan Kafka on Kubernetes\nat 3 million events a day',
      columns: 1,
      headerFooterText: ['Jane Doe — Page 1 of 2'],
      hiddenText: [],
    });
  });

  it('keeps a repeated header once, where it first appears', () => {
    const pages = [1, 2, 3].map((page) => [run('Jane Doe · jane@example.com', 40, 770, 8), ...body(page)]);
    const { text, headerFooterText } = layoutPdfPages(pages);
    expect(headerFooterText).toEqual(['Jane Doe · jane@example.com']);
    expect(text.split('\n').filter((line) => line.startsWith('Jane Doe'))).toHaveLength(1);
    expect(text.startsWith('Jane Doe · jane@example.com\n')).toBe(true);
  });

  it('keeps each piece of a repeated header that a wide gap sets apart on its own', () => {
    const pages = [1, 2].map((page) => [run('Inês Ferreira', 40, 770, 8), run('Porto, Portugal · ines@proton.me', 300, 770, 8), ...body(page)]);
    expect(layoutPdfPages(pages).headerFooterText).toEqual(['Inês Ferreira', 'Porto, Portugal · ines@proton.me']);
  });

  it('finds no running header or footer in a single page, but takes its page number line out of the body', () => {
    expect(layoutPdfPages([[...body(1), run('Built in Go, 2024', 250, 40, 8)]]).headerFooterText).toEqual([]);
    const numbered = layoutPdfPages([[...body(1), run('Page 1 of 1', 250, 40, 8)]]);
    expect(numbered.headerFooterText).toEqual(['Page 1 of 1']);
    expect(numbered.text).not.toContain('Page 1');
  });

  it('takes a page number line printed on one page only out of the body', () => {
    const pages = [body(1), [run('Jane Doe – Page 2', 250, 760, 8), ...body(2)]];
    const { text, headerFooterText } = layoutPdfPages(pages);
    expect(headerFooterText).toEqual(['Jane Doe – Page 2']);
    expect(text).not.toContain('Page 2');
  });

  it('leaves text too small to read out of the text, the columns and the running footers, and reports it', () => {
    const pages = [1, 2].map((page) => [...body(page), run('AWS GCP Azure', 300, 720, 1), run(`Page ${page} of 2`, 250, 40, 8)]);
    expect(layoutPdfPages(pages)).toEqual({
      facts: expect.any(Array),
      text: 'Built REST APIs in Go\nfor card payments\n\nRan Kafka on Kubernetes\nat 3 million events a day',
      columns: 1,
      headerFooterText: ['Page 1 of 2'],
      hiddenText: [{ kind: 'tiny-text', chars: 26, sample: 'AWS GCP Azure AWS GCP Azure' }],
    });
  });
});
