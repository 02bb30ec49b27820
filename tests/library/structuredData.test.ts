import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide.ts';
import { guideJsonLd, serializeJsonLd } from '../../src/library/structuredData.ts';
import { context, validGuide } from '../schemas/guideFixture.ts';

const guide = guideSchema(context).parse(validGuide());
const input = {
  guide,
  companyName: 'Acme',
  roleName: 'Backend Developer',
  pageUrl: 'https://shortlist.example/guides/acme/backend-developer/',
  homeUrl: 'https://shortlist.example/',
  companyUrl: 'https://shortlist.example/companies/acme/',
  siteName: 'Shortlist',
};

describe('guide structured data', () => {
  const [article, breadcrumbs, faq] = guideJsonLd(input);

  it('describes the guide as an Article by the site\'s editors, with its update date', () => {
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: guide.title,
      dateModified: '2026-11-01',
      author: { '@type': 'Organization', name: 'Shortlist editors' },
      mainEntityOfPage: input.pageUrl,
    });
  });

  it('lists the breadcrumb trail in order, ending at the page', () => {
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Guides', item: input.homeUrl },
        { position: 2, name: 'Acme', item: input.companyUrl },
        { position: 3, name: 'Backend Developer', item: input.pageUrl },
      ],
    });
  });

  it('carries the FAQ text as written, without the citations that only the page can number', () => {
    const cited = guideJsonLd({ ...input, guide: { ...guide, faq: [{ question: 'How long does it take?', answer: 'Candidates on Glassdoor report 3 to 8 weeks [@glassdoor; @careers].' }] } })[2];
    const questions = (cited as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }).mainEntity;
    expect(questions.map((q) => [q.name, q.acceptedAnswer.text])).toEqual([['How long does it take?', 'Candidates on Glassdoor report 3 to 8 weeks.']]);
    expect(faq).toMatchObject({ '@type': 'FAQPage' });
  });

  it('cannot be closed early by text that contains a script tag', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});
