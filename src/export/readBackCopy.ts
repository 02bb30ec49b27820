import { CONTACT_FIELDS } from '../scorer/readContact.ts';
import type { ScoreReport } from '../scorer/types.ts';
import { comparableText } from '../text/comparableText.ts';
import { plainMarkup } from './plainMarkup.ts';
import type { ReadBack } from './types.ts';

/** Sameness as the copy is written: Markdown's marks in the source are not words it lost. */
const comparable = (text: string) => comparableText(plainMarkup(text));


/**
 * What reading the copy back gave against what the source gave, by the same engine: the same sections, every
 * bullet word for word (in any order: the copy gathers a section the file split), every contact detail with
 * the same value, and no keyword lost. Passes only when all four hold; the copy may read more (a link the
 * file hid behind an icon now counts).
 */
export function readBackCopy(source: ScoreReport, copy: ScoreReport, pages: number | null): ReadBack {
  const copyBullets = new Map<string, number>();
  for (const bullet of copy.bullets) copyBullets.set(comparable(bullet.text), (copyBullets.get(comparable(bullet.text)) ?? 0) + 1);
  const changed: string[] = [];
  for (const bullet of source.bullets) {
    const left = copyBullets.get(comparable(bullet.text)) ?? 0;
    if (left === 0) changed.push(bullet.text);
    else copyBullets.set(comparable(bullet.text), left - 1);
  }
  const contactFields = CONTACT_FIELDS.filter((field) => source.contact[field] !== null);
  const missing = contactFields.filter((field) => comparable(copy.contact[field] ?? '') !== comparable(source.contact[field]!));
  const copyMatched = new Set(copy.keywords.filter((keyword) => keyword.status === 'matched').map((keyword) => keyword.label));
  const sourceMatched = source.keywords.filter((keyword) => keyword.status === 'matched');
  const lost = sourceMatched.filter((keyword) => !copyMatched.has(keyword.label)).map((keyword) => keyword.label);
  const readBack: ReadBack = {
    sections: {
      expected: source.sections.length,
      found: copy.sections.length,
      missing: source.sections.filter((section) => !copy.sections.includes(section)),
      extra: copy.sections.filter((section) => !source.sections.includes(section)),
    },
    bullets: { expected: source.bullets.length, found: copy.bullets.length, changed },
    contact: { found: CONTACT_FIELDS.filter((field) => copy.contact[field] !== null).length, missing },
    keywords: { expected: sourceMatched.length, found: copyMatched.size, lost },
    pages,
    passed: false,
  };
  readBack.passed =
    readBack.sections.missing.length === 0 &&
    readBack.sections.extra.length === 0 &&
    changed.length === 0 &&
    copy.bullets.length === source.bullets.length &&
    missing.length === 0 &&
    lost.length === 0;
  return readBack;
}

/** Each way the copy read back differently from the source, in words: empty when it passed. */
export function describeDifferences({ sections, bullets, contact, keywords }: ReadBack): string[] {
  return [
    ...sections.missing.map((section) => `Section not read back: ${section}`),
    ...sections.extra.map((section) => `Section read back that your resume lacks: ${section}`),
    ...bullets.changed.map((bullet) => `Bullet not read back whole: "${bullet}"`),
    ...(bullets.changed.length === 0 && bullets.found !== bullets.expected ? [`${bullets.found} bullets read back where your resume has ${bullets.expected}`] : []),
    ...contact.missing.map((field) => `Contact detail not read back: ${field}`),
    ...keywords.lost.map((keyword) => `Keyword lost: ${keyword}`),
  ];
}

/** The read-back in one line: "Read back: 6 sections, 14 bullets, contact complete, 23 of 23 keywords". */
export function describeReadBack(readBack: ReadBack): string {
  const { sections, bullets, contact, keywords } = readBack;
  const parts = [
    sections.missing.length + sections.extra.length === 0
      ? `${sections.found} section${sections.found === 1 ? '' : 's'}`
      : `${sections.found} of ${sections.expected} sections${sections.missing.length > 0 ? ` (missing ${sections.missing.join(', ')})` : ''}${sections.extra.length > 0 ? ` (new: ${sections.extra.join(', ')})` : ''}`,
    bullets.changed.length === 0 && bullets.found === bullets.expected
      ? `${bullets.found} bullet${bullets.found === 1 ? '' : 's'}`
      : `${bullets.expected - bullets.changed.length} of ${bullets.expected} bullets whole${bullets.found !== bullets.expected ? ` (${bullets.found} read)` : ''}`,
    contact.missing.length === 0 ? 'contact complete' : `contact missing ${contact.missing.join(', ')}`,
    `${keywords.expected - keywords.lost.length} of ${keywords.expected} keywords kept`,
  ];
  if (readBack.pages !== null) parts.push(`${readBack.pages} page${readBack.pages === 1 ? '' : 's'}`);
  return `Read back: ${parts.join(', ')}.`;
}
