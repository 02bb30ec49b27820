import { describe, expect, it } from 'vitest';
import type { LineGeometry } from '../../src/document/types.ts';
import { readContactDetails, type PrintedLine } from '../../src/scorer/readContactDetails.ts';

/** A line drawn in a column whose right edge is at 12 ems, ending at `right`, in type `size` times the body's. */
const drawn = (text: string, right: number, size = 1): PrintedLine => ({
  text,
  geometry: { indent: 0, textIndent: 0, right, columnRight: 12, size } satisfies LineGeometry,
  pieceStarts: [],
});
const plain = (text: string): PrintedLine => ({ text, geometry: null, pieceStarts: [] });

const read = (lines: PrintedLine[], headerLines = lines.length, more: { marginLines?: string[]; linkUrls?: string[] } = {}) =>
  readContactDetails({ lines, headerLines, marginLines: more.marginLines ?? [], linkUrls: more.linkUrls ?? [], region: 'GB' });

describe('readContactDetails', () => {
  it('reads an email a sidebar broke before and after its "@" whole, and reports it as wrapped', () => {
    const contact = read([
      drawn('Tomasz Wiśniewski', 9, 2),
      drawn('tomasz.wisniewski.', 11.8),
      drawn('photo@outlook.co', 11.9),
      drawn('m', 0.5),
      drawn('London', 3),
    ]);
    expect(contact).toMatchObject({ email: 'tomasz.wisniewski.photo@outlook.com', wrapped: ['tomasz.wisniewski.photo@outlook.com'] });
  });

  it('reads a LinkedIn URL a sidebar broke in its path whole', () => {
    const contact = read([drawn('Tomasz Wiśniewski', 9, 2), drawn('linkedin.com/in/tomaszwis', 11.7), drawn('niewski', 3.5)]);
    expect(contact.linkedin).toBe('linkedin.com/in/tomaszwisniewski');
  });

  it('does not join a short line to the next, nor lines printed without geometry', () => {
    expect(read([drawn('Tomasz Wiśniewski', 9, 2), drawn('London', 3), drawn('tw@photo.uk', 6)])).toMatchObject({ email: 'tw@photo.uk', location: null });
    expect(read([plain('Tomasz Wiśniewski'), plain('tomasz.wisniewski.'), plain('photo@outlook.com')]).email).toBe('photo@outlook.com');
  });

  it('takes the name from the largest type when the header holds none', () => {
    const lines = [
      drawn('CONTACT', 4),
      drawn('+44 7700 900123', 8),
      drawn('', 0),
      drawn('Skills', 3),
      drawn('Ana Lima', 7, 2.4),
      drawn('Product Designer', 8, 1.3),
    ];
    expect(read(lines, 2).name).toBe('Ana Lima');
  });

  it('reads the pieces a wide gap set apart on one line each on their own: a name, and the place that opens the contact block', () => {
    const header = { text: 'Inês Ferreira Porto, Portugal · ines@proton.me · +351 912 345 678', geometry: null, pieceStarts: [14] };
    expect(read([header, plain('linkedin.com/in/inesferreira')])).toMatchObject({
      name: 'Inês Ferreira',
      location: 'Porto, Portugal',
      phone: '+351 912 345 678',
    });
  });

  it('reads a name printed on the same line as the phone and email', () => {
    expect(read([plain('Kofi Mensah (718) 555-0123 · kofi@mensah.dev')]).name).toBe('Kofi Mensah');
  });

  it('reads profiles only a link gives, as the link gives them', () => {
    const contact = read([plain('Kofi Mensah'), plain('kofi@mensah.dev')], 2, {
      linkUrls: ['mailto:kofi@mensah.dev', 'https://www.linkedin.com/in/kofimensah', 'https://github.com/kmensah', 'https://mensah.dev/talks'],
    });
    expect(contact).toMatchObject({ linkedin: 'https://www.linkedin.com/in/kofimensah', github: 'https://github.com/kmensah', portfolio: null });
  });

  it('reads details missing from the body in the page header, and only those', () => {
    const contact = read([plain('Profile'), plain('Nurse with ten years in intensive care.')], 0, {
      marginLines: ['Grace Adeyemi · grace.adeyemi@nhs.net · 07700 900461', 'Page 1 of 2'],
    });
    expect(contact).toMatchObject({ name: 'Grace Adeyemi', email: 'grace.adeyemi@nhs.net', phone: '07700 900461' });
  });
});
