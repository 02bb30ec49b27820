import { describe, expect, it } from 'vitest';
import { citedIds, splitCitations, stripCitations } from '../../src/library/citations.ts';

describe('inline citations', () => {
  const text = 'Payouts run daily [@blog-payouts]. Offers take three to eight weeks, candidates on Glassdoor say [@glassdoor-loop; @careers-faq].';

  it('finds every source a text cites, one or several per citation', () => {
    expect(citedIds(text)).toEqual(['blog-payouts', 'glassdoor-loop', 'careers-faq']);
  });

  it('cuts the text at its citations, keeping the words between them as written', () => {
    expect(splitCitations(text)).toEqual([
      { text: 'Payouts run daily' },
      { ids: ['blog-payouts'] },
      { text: '. Offers take three to eight weeks, candidates on Glassdoor say' },
      { ids: ['glassdoor-loop', 'careers-faq'] },
      { text: '.' },
    ]);
  });

  it('reads the same without them, for text that leaves the page', () => {
    expect(stripCitations(text)).toBe('Payouts run daily. Offers take three to eight weeks, candidates on Glassdoor say.');
  });

  it('leaves Markdown links, footnotes and e-mail-like text alone', () => {
    const plain = 'See [the post](https://example.org) [1], write to jobs@acme.example or [^note].';
    expect(citedIds(plain)).toEqual([]);
    expect(stripCitations(plain)).toBe(plain);
  });
});
