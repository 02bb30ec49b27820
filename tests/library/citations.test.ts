import { describe, expect, it } from 'vitest';
import { citationsInHtml, citedTextHtml } from '../../src/library/citationHtml.ts';
import { citedIds, stripCitations } from '../../src/library/citations.ts';

describe('inline citations', () => {
  const text = 'Payouts run daily [@blog-payouts]. Offers take three to eight weeks, candidates on Glassdoor say [@glassdoor-loop; @careers-faq].';

  it('finds every source a text cites, one or several per citation', () => {
    expect(citedIds(text)).toEqual(['blog-payouts', 'glassdoor-loop', 'careers-faq']);
  });

  it('links each citation to the numbered sources it names, on the page', () => {
    expect(citedTextHtml('Payouts <daily> [@blog-payouts].', { 'blog-payouts': 2 })).toBe(
      'Payouts &#60;daily&#62;<sup class="cite">[<a href="#source-blog-payouts" aria-label="source 2">2</a>]</sup>.',
    );
    expect(citationsInHtml('<p>Three to eight weeks [@glassdoor-loop; @careers-faq].</p>', { 'careers-faq': 1, 'glassdoor-loop': 4 })).toBe(
      '<p>Three to eight weeks<sup class="cite">[<a href="#source-glassdoor-loop" aria-label="source 4">4</a>, <a href="#source-careers-faq" aria-label="source 1">1</a>]</sup>.</p>',
    );
  });

  it('refuses a citation the page has no source for, naming it', () => {
    expect(() => citedTextHtml('A claim [@blog-missing].', { 'blog-payouts': 1 })).toThrow('[@blog-missing] cites no source of this page (its sources: blog-payouts)');
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
