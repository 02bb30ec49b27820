import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_LINE_STYLE, type DocumentLine, type LineGeometry } from '../../src/document/types.ts';
import { extractPdfText } from '../../src/extract/extractPdfText.ts';
import { extractPlainText } from '../../src/extract/extractPlainText.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import { readResume } from '../../src/scorer/readResume.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { textPdf } from '../extract/pdfBombs.ts';
import { taxonomy } from './taxonomyFixture.ts';

const bulletsOf = (text: string, lines: readonly DocumentLine[] = []) =>
  scoreResume({ text, taxonomy, keywords: [], lines }).bullets.map((bullet) => `${bullet.section}: ${bullet.text}`);

type Drawn = Omit<LineGeometry, 'columnRight'>;

/**
 * The document lines of `text`, each drawn with the geometry given for it (by line, blank lines skipped), in
 * one column as wide as its widest line.
 */
function drawn(text: string, geometry: (Drawn | null)[]): DocumentLine[] {
  const columnRight = Math.max(...geometry.map((line) => line?.right ?? 0));
  const lines: DocumentLine[] = [];
  let start = 0;
  let i = 0;
  for (const line of text.split('\n')) {
    const given = geometry[i++] ?? null;
    if (line !== '') lines.push({ start, end: start + line.length, geometry: given && { ...given, columnRight }, style: PLAIN_LINE_STYLE, pieceStarts: [] });
    else i -= 1;
    start += line.length + 1;
  }
  return lines;
}
const at = (indent: number, textIndent = indent, right = textIndent + 10): Drawn => ({ indent, textIndent, right, size: 1 });

describe('bullets as a recruiter reads them', () => {
  it('joins a wrapped line that starts under the bullet’s first word, even in capitals', () => {
    const text = 'Experience\n• Built the settlement pipeline on\nKafka Streams and PostgreSQL\n• Cut costs by 30%';
    // Without geometry the capital reads as a new line; with the hanging indent it is the same bullet.
    expect(bulletsOf(text, drawn(text, [at(0), at(0, 1), at(1), at(0, 1)]))).toEqual([
      'Experience: Built the settlement pipeline on Kafka Streams and PostgreSQL',
      'Experience: Cut costs by 30%',
    ]);
  });

  it('reads a line whose words start right of a mark the text does not hold as a bullet (a symbol-font marker)', () => {
    const text = 'Projects\nWrote a Go client for the payments API\nused by 40 services\nRan the on-call rotation';
    expect(bulletsOf(text, drawn(text, [at(0), at(0, 1.2), at(1.2), at(0, 1.2)]))).toEqual([
      'Projects: Wrote a Go client for the payments API used by 40 services',
      'Projects: Ran the on-call rotation',
    ]);
  });

  it('does not take the icons of a contact line for list markers', () => {
    const text = 'Jane Doe\n+44 20 7946 0958\nExperience\n• Built APIs';
    expect(bulletsOf(text, drawn(text, [at(0), at(0, 1.5), at(0), at(0, 1)]))).toEqual(['Experience: Built APIs']);
  });

  it('reads the indentation of a plain-text resume: wraps indented under the words join their bullet', () => {
    const document = extractPlainText(
      new TextEncoder().encode('Experience\n  - Migrated the ledger to PostgreSQL with zero\n    Downtime across 3 regions\n  - Led 4 engineers'),
    );
    expect(readResume(document.text, { lines: document.lines }).bullets.map((line) => line.text)).toEqual([
      '• Migrated the ledger to PostgreSQL with zero Downtime across 3 regions',
      '• Led 4 engineers',
    ]);
  });

  it('reads a PDF bullet drawn with a hanging indent as one bullet', async () => {
    // The fixture's font writes WinAnsi, so the marker is a dash: drawn as its own run, like any bullet glyph.
    const runs = [
      { text: 'Experience', x: 72, y: 700, size: 14 },
      { text: '-', x: 72, y: 680, size: 11 },
      { text: 'Designed the refunds API used by 300 merchants, with', x: 86, y: 680, size: 11 },
      { text: 'Versioning and rate limits per account', x: 86, y: 666, size: 11 },
      { text: '-', x: 72, y: 652, size: 11 },
      { text: 'Streamed settlement events through Kafka', x: 86, y: 652, size: 11 },
    ];
    const document = await extractPdfText(textPdf(runs), nodePdfjs);
    expect(readResume(document.text, { lines: document.lines }).bullets.map((line) => line.text)).toEqual([
      '• Designed the refunds API used by 300 merchants, with Versioning and rate limits per account',
      '• Streamed settlement events through Kafka',
    ]);
  });

  it('reads a list whose markers are drawn as shapes (a browser’s bullets): indented items, wraps told by the line running to the edge', () => {
    const text = [
      'Experience',
      'Backend Engineer, Acme   2019 – 2023',
      'Built the ledger service that reconciles card payouts across',
      'Twelve banks every night',
      'Ran the on-call rotation',
      'Cut costs by 30%',
    ].join('\n');
    // The role line runs to the column's edge (40 em); the first item fills it, the others stop short.
    const geometry = [at(0, 0, 8), at(0, 0, 40), at(1.6, 1.6, 39.5), at(1.6, 1.6, 14), at(1.6, 1.6, 13), at(1.6, 1.6, 9)];
    expect(bulletsOf(text, drawn(text, geometry))).toEqual([
      'Experience: Built the ledger service that reconciles card payouts across Twelve banks every night',
      'Experience: Ran the on-call rotation',
      'Experience: Cut costs by 30%',
    ]);
  });

  it('does not join after a line that stopped short of the edge, whatever the next word', () => {
    const text = 'Projects\nShipped a Go SDK\nKafka consumer for 40 teams';
    expect(bulletsOf(text, drawn(text, [at(0), at(1.6, 1.6, 10), at(1.6, 1.6, 20)]).concat([]))).toEqual([
      'Projects: Shipped a Go SDK',
      'Projects: Kafka consumer for 40 teams',
    ]);
  });

  it('starts a new item at a capitalised past-tense verb, even after a line that ran to the edge', () => {
    const text = 'Experience\nDesigned the ledger schema and wrote the runbooks used by all teams\nPartnered with finance on the audit\nKafka consumers for 40 teams';
    const lines = drawn(text, [at(0), at(1, 1, 40), at(1, 1, 24), at(1, 1, 20)]);
    expect(bulletsOf(text, lines)).toEqual([
      'Experience: Designed the ledger schema and wrote the runbooks used by all teams',
      'Experience: Partnered with finance on the audit',
      'Experience: Kafka consumers for 40 teams',
    ]);
  });

  it('starts a new item at any capitalised regular past tense, not only the verbs it lists', () => {
    // Each item is the widest line of its list, so it reads as running to the edge; the verbs are on no list.
    for (const verb of ['Fixed', 'Patched', 'Catalogued', 'Unified']) {
      const text = `Experience\nWrote CUDA kernels for sparse solvers, cutting solve time from 420 ms to 95 ms\n${verb} the copy and compute streams of the runtime`;
      const lines = drawn(text, [at(0), at(1, 1, 40), at(1, 1, 30)]);
      expect(bulletsOf(text, lines)).toEqual([
        'Experience: Wrote CUDA kernels for sparse solvers, cutting solve time from 420 ms to 95 ms',
        `Experience: ${verb} the copy and compute streams of the runtime`,
      ]);
    }
  });

  it('ends a bullet at a finished sentence followed by a capital or a figure, and at a dated line', () => {
    const text = 'Experience\n• Raised crash-free sessions to 99.9%.\n2018 – 2021 | iOS Engineer, Jetstream\n• Shipped the booking app\nMobile Lead, Kiwi Apps Jan 2016 – Jun 2018';
    expect(bulletsOf(text)).toEqual(['Experience: Raised crash-free sessions to 99.9%.', 'Experience: Shipped the booking app']);
  });

  it('reads items drawn as shapes indented from the line that heads them, wherever that line stands', () => {
    const text = 'Experience\nApr 2021 – now  Demand Planner\nSiemens, Erlangen\nRebuilt the forecast\nAutomated the report\nSep 2018 – 2021  Analyst\nDHL, Unna\nModelled slotting';
    const lines = drawn(text, [at(0), at(0, 0, 30), at(11, 11, 20), at(12.4, 12.4, 30), at(12.4, 12.4, 30), at(0, 0, 30), at(11, 11, 18), at(12.4, 12.4, 28)]);
    expect(bulletsOf(text, lines)).toEqual(['Experience: Rebuilt the forecast', 'Experience: Automated the report', 'Experience: Modelled slotting']);
  });

  it('never merges two lines that each open with a marker, and never splits one', () => {
    const marker = fc.constantFrom('• ', '- ', '* ', '1. ', '2) ');
    const words = fc.array(fc.constantFrom('Built', 'the', 'API', 'and', 'kafka', 'for', 'Go', 'with', '30%', 'users'), { minLength: 1, maxLength: 8 });
    const item = fc.tuple(marker, words, fc.array(words, { maxLength: 2 })).map(([mark, first, wraps]) => ({ first: `${mark}${first.join(' ')}`, wraps: wraps.map((wrap) => wrap.join(' ')) }));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        const text = ['Experience', ...items.flatMap((entry) => [entry.first, ...entry.wraps])].join('\n');
        const geometry = ['Experience', ...items.flatMap((entry) => [at(0, 1), ...entry.wraps.map(() => at(1))])].map((g) => (typeof g === 'string' ? at(0) : g));
        const bullets = readResume(text, { lines: drawn(text, geometry) }).bullets;
        expect(bullets).toHaveLength(items.length);
        bullets.forEach((bullet, i) => expect(bullet.text).toBe([items[i]!.first, ...items[i]!.wraps].join(' ')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('lines the page wrapped, read whole', () => {
  const linesOf = (text: string, lines: readonly DocumentLine[]) => readResume(text, { lines }).lines.filter((line) => !line.isHeading).map((line) => line.text);

  it('reads a dated line that hangs under a bullet’s words as its wrap', () => {
    const text = 'Leadership\n• Non-Executive Director and Chair of the Audit Committee, Pennine\nBuilding Society (2020 – present)\n• Chaired 12 board meetings a year';
    expect(bulletsOf(text, drawn(text, [at(0), at(0, 1, 30), at(1), at(0, 1)]))).toEqual([
      'Leadership: Non-Executive Director and Chair of the Audit Committee, Pennine Building Society (2020 – present)',
      'Leadership: Chaired 12 board meetings a year',
    ]);
  });

  it('reads a summary the page wrapped as one line; a capital after it may start a new item, and does', () => {
    const summary = 'Summary\nProduct designer with eight years in payments and\ne-commerce, at home in research.\nOpen to relocation.';
    expect(linesOf(summary, drawn(summary, [at(0), at(0, 0, 30), at(0, 0, 29), at(0, 0, 12)]))).toEqual([
      'Product designer with eight years in payments and e-commerce, at home in research.',
      'Open to relocation.',
    ]);
    const sidebar = 'Skills\nStakeholder management and\nroadmapping\nCustomer research interviews\nFigma';
    expect(linesOf(sidebar, drawn(sidebar, [at(0), at(0, 0, 13), at(0, 0, 6), at(0, 0, 14), at(0, 0, 3)]))).toEqual([
      'Stakeholder management and roadmapping',
      'Customer research interviews',
      'Figma',
    ]);
  });

  it('joins a dot-separated list the column wrapped before a dot, which is no bullet marker', () => {
    const text = 'Skills\nGo · Kafka · PostgreSQL\n• Redis · Kubernetes ·\nTerraform · gRPC\n\nExperience\nEngineer, Acme · Berlin · Remote | 2020 – 2024\n• Built APIs';
    const lines = drawn(text, [at(0), at(0, 0, 14), at(0, 1, 13), at(0, 0, 8), at(0, 0, 14), at(0, 0, 14), at(0, 1, 5)]);
    expect(linesOf(text, lines)).toEqual(['Go · Kafka · PostgreSQL • Redis · Kubernetes · Terraform · gRPC', 'Engineer, Acme · Berlin · Remote | 2020 – 2024', '• Built APIs']);
  });
});
