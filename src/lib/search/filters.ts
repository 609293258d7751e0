/**
 * The shared Pagefind filter and metadata conventions. Every content type describes its
 * pages with these facts; SearchMeta.astro turns them into data-pagefind-* attributes.
 */

/** Content types, in the order the search page lists them. */
export const contentTypes = ['通知', '典型案例', '专刊', '政策汇编', '数据', '园区'] as const;
export type ContentType = (typeof contentTypes)[number];

/** Filter names and their labels on the search page, in display order. */
export const filterLabels = {
  type: '类型',
  year: '年份',
  region: '区域',
  city: '地市',
  theme: '主题',
  park: '园区',
  issuer: '发布机关',
  body: '正文',
} as const;
export type FilterName = keyof typeof filterLabels;

/** What the search index needs to know about one page. */
export interface SearchFacts {
  /** Content type (filter `type`). */
  type: ContentType;
  /** Title shown in results (meta `title`). */
  title: string;
  /**
   * The page's date, YYYY-MM-DD, or YYYY-MM / YYYY when known only to the month or year: sort
   * key `date`, meta `date`, filter `year`. Undefined when no date is known (a circular whose
   * dates are all declared unknown): the page then has no date meta, sort key or year filter.
   */
  date: string | undefined;
  /** 发文字号 where there is one (meta `docNumber`). */
  docNumber?: string;
  /** Region(s), e.g. 粤东 (filter `region`). */
  regions?: readonly string[];
  /** City or cities, e.g. 清远市 (filter `city`). */
  cities?: readonly string[];
  /** Themes / subjects (filter `theme`). */
  themes?: readonly string[];
  /** Park(s) (filter `park`). */
  parks?: readonly string[];
  /** Issuing or publishing body (filter `issuer`). */
  issuer?: string;
  /** Sample content (示例), marked in results. */
  sample?: boolean;
  /** Only for a circular whose body is not the text as issued: what it is, e.g. 编者摘要 (meta `bodyStatus`, filter `body`). */
  bodyStatus?: string;
}

/**
 * The (filter name, value) pairs of a page, in the conventional order.
 * @example searchFilters({ type: '通知', title: 't', date: '2012-02-06', themes: ['产业转移'] })
 * // [['type', '通知'], ['year', '2012'], ['theme', '产业转移']]
 */
export function searchFilters(facts: SearchFacts): [FilterName, string][] {
  if (facts.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(facts.date)) throw new Error(`搜索索引：日期“${facts.date}”应写作 YYYY-MM-DD（或 YYYY-MM、YYYY）。`);
  const pairs: [FilterName, string][] = [['type', facts.type], ...(facts.date === undefined ? [] : [['year', facts.date.slice(0, 4)] as [FilterName, string]])];
  const many = (name: FilterName, values: readonly string[] | undefined) => {
    for (const v of values ?? []) if (v.trim()) pairs.push([name, v.trim()]);
  };
  many('region', facts.regions);
  many('city', facts.cities);
  many('theme', facts.themes);
  many('park', facts.parks);
  if (facts.issuer) pairs.push(['issuer', facts.issuer]);
  if (facts.bodyStatus) pairs.push(['body', facts.bodyStatus]);
  return pairs;
}
