import { describe, expect, it } from 'vitest';
import { citationNumbers, pageSources } from '../../src/library/pageSources.ts';
import type { Source } from '../../src/schemas/source.ts';

const source = (id: string, kind: Exclude<Source['kind'], 'posting'>): Source => ({ id, kind, title: id, url: `https://example.org/${id}` });

describe('a page\'s numbered sources', () => {
  const guide = [source('reports', 'review'), source('blog', 'company'), { id: 'job', kind: 'posting', title: 'Job', url: 'https://jobs.example/1', read: new Date('2026-11-30'), asks: ['Go'] } satisfies Source, source('news', 'press')];
  const company = [source('careers', 'company'), source('talk', 'engineers'), source('blog', 'company')];
  const numbered = pageSources(guide, company);

  it('lists the company\'s own words first, then postings, candidate reports and press, each file\'s order kept', () => {
    expect(numbered.map(({ number, source }) => `${number} ${source.id}`)).toEqual(['1 blog', '2 careers', '3 talk', '4 job', '5 reports', '6 news']);
  });

  it('numbers each citation as the list does', () => {
    expect(citationNumbers(numbered)).toEqual({ blog: 1, careers: 2, talk: 3, job: 4, reports: 5, news: 6 });
  });
});
