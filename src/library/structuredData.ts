import { stripCitations } from './citations.ts';
import { isoDate } from './formatDate.ts';
import type { Guide } from '../schemas/guide.ts';

/** schema.org JSON-LD for a guide page; the FAQ text is the frontmatter text the page also shows. */
export interface GuideStructuredDataInput {
  guide: Guide;
  companyName: string;
  roleName: string;
  /** Absolute URLs. */
  pageUrl: string;
  homeUrl: string;
  companyUrl: string;
  siteName: string;
}

type JsonLd = Record<string, unknown>;

export function articleJsonLd({ guide, pageUrl, homeUrl, siteName }: GuideStructuredDataInput): JsonLd {
  const updated = isoDate(guide.updated);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.title,
    description: guide.description,
    dateModified: updated,
    author: { '@type': 'Organization', name: `${siteName} editors`, url: homeUrl },
    publisher: { '@type': 'Organization', name: siteName, url: homeUrl },
    mainEntityOfPage: pageUrl,
    citation: guide.sources.map((source) => source.url),
  };
}

export function breadcrumbJsonLd({ companyName, roleName, pageUrl, homeUrl, companyUrl }: GuideStructuredDataInput): JsonLd {
  const crumbs = [
    { name: 'Guides', item: homeUrl },
    { name: companyName, item: companyUrl },
    { name: roleName, item: pageUrl },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, ...crumb })),
  };
}

export function faqJsonLd({ guide }: GuideStructuredDataInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: guide.faq.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: stripCitations(answer) },
    })),
  };
}

export function guideJsonLd(input: GuideStructuredDataInput): JsonLd[] {
  return [articleJsonLd(input), breadcrumbJsonLd(input), faqJsonLd(input)];
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
