import { beijingIso } from '../text/beijing-time.ts';

/**
 * schema.org descriptions of pages, as JSON-LD (<script type="application/ld+json">:
 * data for search engines, never executed). One builder per page type.
 */
export type JsonLd = Record<string, unknown>;

const ORG = (name: string) => ({ '@type': 'GovernmentOrganization', name });

/** The home page: the site itself. */
export function websiteLd(name: string, url: string, description: string): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, description, inLanguage: 'zh-CN' };
}

/** A list page (circulars, issues, compilations, register). */
export function collectionPageLd(name: string, url: string, items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url,
    inLanguage: 'zh-CN',
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, url: item.url })),
    },
  };
}

/**
 * A circular: an official document with its 发文字号; datePublished in Beijing time, a date
 * alone when the time is not known. A fact declared unknown is left out, never a placeholder;
 * `issuer` is the body's name as recognised (src/lib/notices/issuers.ts), not a printed slip.
 */
export function circularLd(d: {
  title: string;
  url: string;
  docNumber?: string;
  issuer: string;
  /** 成文日期: YYYY-MM-DD, or YYYY-MM / YYYY when known only so far (ISO 8601 allows both). */
  signedOn?: string;
  publishedAt?: string;
  /** What the page's body is: the text as issued or the editors' summary (bodyStatuses[…].short). */
  bodyStatus: string;
  description?: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: d.title,
    url: d.url,
    ...(d.docNumber === undefined ? {} : { legislationIdentifier: d.docNumber }),
    ...(d.signedOn === undefined ? {} : { legislationDate: d.signedOn }),
    ...(d.publishedAt === undefined ? {} : { datePublished: beijingIso(d.publishedAt) }),
    creativeWorkStatus: d.bodyStatus,
    legislationPassedBy: ORG(d.issuer),
    author: ORG(d.issuer),
    description: d.description,
    inLanguage: 'zh-CN',
  };
}

/** The mark a sample entry's name carries wherever a machine reads it: <title>, og:title, JSON-LD. */
export const SAMPLE_MARK = '（示例）';

/**
 * The JSON-LD of a sample entry: its name marked 示例, and typed as a plain CreativeWork, never as
 * legislation or another official kind, with no identifier of an official document (发文字号).
 */
export function sampleLd(data: JsonLd): JsonLd {
  const marked: JsonLd = { ...data, '@type': 'CreativeWork', genre: '示例' };
  for (const key of Object.keys(marked)) if (key.startsWith('legislation')) delete marked[key];
  for (const key of ['name', 'headline']) if (typeof marked[key] === 'string' && !(marked[key] as string).includes('示例')) marked[key] = `${String(marked[key])}${SAMPLE_MARK}`;
  return marked;
}

/** A document known only from citations (the register). */
export function citedDocumentLd(d: { title: string; url: string; issuedBy?: string; citedBy: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: d.title,
    url: d.url,
    inLanguage: 'zh-CN',
    ...(d.issuedBy ? { creditText: d.issuedBy } : {}),
    subjectOf: d.citedBy.map((c) => ({ '@type': 'CreativeWork', name: c.name, url: c.url })),
  };
}

/** An issue of the programme's bulletin (专刊) with its articles. */
export function bulletinIssueLd(d: {
  title: string;
  url: string;
  issueLabel: string;
  serial: number;
  date: string;
  editor: string;
  /** The bulletin's name (site settings' bulletinName). */
  periodical: string;
  articles: { name: string; url: string }[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    name: d.title,
    url: d.url,
    issueNumber: d.issueLabel,
    datePublished: d.date,
    inLanguage: 'zh-CN',
    publisher: { '@type': 'Organization', name: d.editor },
    isPartOf: { '@type': 'Periodical', name: d.periodical },
    position: d.serial,
    hasPart: d.articles.map((a) => ({ '@type': 'Article', headline: a.name, url: a.url })),
  };
}

/** A policy compilation: a collection of documents in sections. */
export function compilationLd(d: { title: string; url: string; date: string; editor: string; parts: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Collection',
    name: d.title,
    url: d.url,
    datePublished: d.date,
    editor: { '@type': 'Organization', name: d.editor },
    inLanguage: 'zh-CN',
    hasPart: d.parts.map((p) => ({ '@type': 'CreativeWork', name: p.name, url: p.url })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function serializeLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}

/** An article of a 专刊 issue, on its own page: its source (when first published elsewhere) and its issue. */
export function bulletinArticleLd(d: {
  title: string;
  url: string;
  author?: string;
  /** The issue's date (YYYY-MM or YYYY-MM-DD). */
  date: string;
  issue: { name: string; url: string };
  source?: { name: string; date: string; url?: string };
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: d.title,
    url: d.url,
    inLanguage: 'zh-CN',
    datePublished: d.date,
    ...(d.author ? { author: { '@type': 'Organization', name: d.author } } : {}),
    isPartOf: { '@type': 'PublicationIssue', name: d.issue.name, url: d.issue.url },
    ...(d.source
      ? { isBasedOn: { '@type': 'CreativeWork', name: d.source.name, datePublished: d.source.date, ...(d.source.url ? { url: d.source.url } : {}) } }
      : {}),
  };
}
