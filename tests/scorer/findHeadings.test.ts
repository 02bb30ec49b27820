import { describe, expect, it } from 'vitest';
import { PLAIN_LINE_STYLE, type LineStyle } from '../../src/document/types.ts';
import { findHeadings, type HeadingCandidate } from '../../src/scorer/findHeadings.ts';

/** Lines of pasted text: no geometry, no style. */
const plain = (text: string): HeadingCandidate[] => text.split('\n').map((line) => ({ text: line, geometry: null, style: null }));

/** Lines of a file, each `[text, style]`; a string alone is a body line. */
function styled(lines: readonly (string | readonly [string, Partial<LineStyle>])[]): HeadingCandidate[] {
  return lines.map((line) =>
    typeof line === 'string'
      ? { text: line, geometry: null, style: { ...PLAIN_LINE_STYLE, emphasis: false } }
      : { text: line[0], geometry: null, style: { ...PLAIN_LINE_STYLE, emphasis: false, ...line[1] } },
  );
}

const headingsOf = (lines: HeadingCandidate[]) => findHeadings(lines).flatMap((section, i) => (section ? [`${lines[i]!.text} → ${section}`] : []));

describe('findHeadings', () => {
  it('reads a heading a narrow column broke over two lines as one, and no line in other capitals above a heading', () => {
    const text = 'MEI TANAKA\n\nPROFESSIONAL\nEXPERIENCE\nDesigner, Mercari\n\nKEY\nSKILLS\nFigma\nBERLIN\nEDUCATION\nMA Design';
    expect(headingsOf(plain(text))).toEqual([
      'PROFESSIONAL → Experience',
      'EXPERIENCE → Experience',
      'KEY → Skills',
      'SKILLS → Skills',
      'EDUCATION → Education',
    ]);
  });

  it('reads a section word in a list of one-word items as an item when the headings are set in capitals', () => {
    const text = 'ANA SOUSA\n\nPROFILE\nProduct designer.\n\nSKILLS\nFigma\nResearch\nLeadership\nTeaching\n\nEDUCATION\nMA Interaction Design';
    expect(headingsOf(plain(text))).toEqual(['PROFILE → Summary', 'SKILLS → Skills', 'EDUCATION → Education']);
  });

  it('reads it as an item when the headings stand after blank lines and it does not', () => {
    const text = 'Ana Sousa\n\nSummary\nProduct designer.\n\nSkills\nFigma\nWorkshops\nVolunteering\n\nExperience\nDesigner, Kiwi Labs';
    expect(headingsOf(plain(text))).toEqual(['Summary → Summary', 'Skills → Skills', 'Experience → Experience']);
  });

  it('reads it as an item when the file sets the headings bold and the item is not', () => {
    const lines = styled([
      ['Experience', { emphasis: true }],
      'Nurse, St Mary’s',
      ['Skills', { emphasis: true }],
      'Triage',
      'Leadership',
      ['Education', { emphasis: true }],
      'BSc Nursing',
    ]);
    expect(headingsOf(lines)).toEqual(['Experience → Experience', 'Skills → Skills', 'Education → Education']);
  });

  it('keeps a heading that lacks the others’ cue when it does not sit under a list item', () => {
    const text =
      'Ana Sousa · ana@sousa.pt · +351 912 345 678\nExperience\nDesigner at Kiwi Labs, 2019 – now.\n\nSKILLS\nFigma\n\nEDUCATION\nMA Interaction Design';
    expect(headingsOf(plain(text))).toEqual(['Experience → Experience', 'SKILLS → Skills', 'EDUCATION → Education']);
  });

  it('reads a label inside an entry as part of it when the headings are set apart and it is not', () => {
    const lines = styled([
      ['Experience', { heading: true }],
      'Machine Learning Engineer, Windkraft GmbH, 2021 – now',
      'Key achievements:',
      ['• Cut false alarms by 38%', { listLevel: 0 }],
      ['Publications', { heading: true }],
      ['Education', { heading: true }],
    ]);
    expect(headingsOf(lines)).toEqual(['Experience → Experience', 'Publications → Publications', 'Education → Education']);
  });

  it('keeps every heading when the document sets none apart', () => {
    const text = 'Summary\nProduct designer.\nSkills\nFigma\nLeadership\nExperience\nDesigner';
    expect(headingsOf(plain(text))).toEqual(['Summary → Summary', 'Skills → Skills', 'Leadership → Leadership', 'Experience → Experience']);
  });

  it.each([
    ['bold', { emphasis: true }],
    ['marked a heading by the file', { heading: true }],
  ] as const)('reads a list paragraph %s as the heading it names', (_how, style) => {
    const lines = styled([['• Work History', { ...style, listLevel: 0 }], '• Built the billing API', ['• Education', { ...style, listLevel: 0 }]]);
    expect(headingsOf(lines)).toEqual(['• Work History → Experience', '• Education → Education']);
  });

  it('reads a list item in capitals that names a section as a heading, and a plain one as an item', () => {
    expect(headingsOf(plain('• CERTIFICATIONS\n• Leadership\n• AWS Solutions Architect'))).toEqual(['• CERTIFICATIONS → Certifications']);
  });
});
