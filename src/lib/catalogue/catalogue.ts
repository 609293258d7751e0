import { stringify } from 'csv-stringify/sync';

/**
 * The catalogue of every document the site publishes (circulars, register documents,
 * bulletin issues and their articles, compilations, cases, datasets): one row each with its
 * metadata, for journalists and for sites that aggregate government documents. Written as
 * CSV (UTF-8, as the datasets' CSVs) and JSON under /data/, and described in datapackage.json.
 */

/** One published document. Empty string: the site has no such fact for it (never a guess). */
export interface CatalogueRecord {
  /** `collection/id`, plus `#anchor` for a bulletin article: stable between builds. */
  id: string;
  kind: string;
  title: string;
  docNumber: string;
  issuer: string;
  signedOn: string;
  date: string;
  subjects: string[];
  status: string;
  sample: boolean;
  url: string;
  bodyStatus: string;
}

/** The columns, in order: key, the CSV heading, and what the column holds (the Table Schema description). */
export const CATALOGUE_FIELDS: readonly { key: keyof CatalogueRecord; heading: string; description: string; type: 'string' | 'boolean' }[] = [
  { key: 'id', heading: '编号', description: '本站编号：栏目/文件名；专刊文章另带 #文章锚点。各次构建不变', type: 'string' },
  { key: 'kind', heading: '类型', description: '通知公告、政策文件目录（本站仅见引用或另有全文的文件）、专刊、专刊文章、政策汇编、典型案例、统计数据', type: 'string' },
  { key: 'title', heading: '标题', description: '文件或条目的标题，照录', type: 'string' },
  { key: 'docNumber', heading: '发文字号', description: '有发文字号的文件才有；政策文件目录只填引用原文所载的', type: 'string' },
  { key: 'issuer', heading: '发文机关', description: '通知公告的发文机关；政策文件目录的制发单位（只按引用原文）；专刊、政策汇编的编印单位；统计数据的来源文件发文机关', type: 'string' },
  { key: 'signedOn', heading: '成文日期', description: '通知公告的成文日期（年-月-日）', type: 'string' },
  { key: 'date', heading: '发布日期', description: '通知公告的发布日期；专刊及其文章的出版日期；政策汇编的编印日期；统计数据的本站更新日期；典型案例写年份', type: 'string' },
  { key: 'subjects', heading: '主题分类', description: '通知公告的主题分类、典型案例的主题，多个以“；”分隔', type: 'string' },
  { key: 'status', heading: '状态', description: '通知公告的有效性（有效、已废止、已修订）；政策文件目录按引用原文所述的状态', type: 'string' },
  { key: 'sample', heading: '示例', description: '“是”表示演示版式的示例内容，不是真实文件，其数据不入统计', type: 'boolean' },
  { key: 'url', heading: '网址', description: '本站页面的网址', type: 'string' },
  { key: 'bodyStatus', heading: '正文状态', description: '全文（按发布原文照录）、摘要（编者摘要）、仅见引用（本站没有全文，只有引用它的原文）、数据（统计数据表）', type: 'string' },
];

/** The order of kinds in the catalogue. */
const KIND_ORDER = ['通知公告', '政策文件目录', '专刊', '专刊文章', '政策汇编', '典型案例', '统计数据'];

/** Records in a stable order: by kind, newest first, then by id. */
export function sortCatalogue(records: readonly CatalogueRecord[]): CatalogueRecord[] {
  const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  return [...records].sort((a, b) => rank(a.kind) - rank(b.kind) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The CSV heading row and one row per record (示例 written 是/否, 主题分类 joined with “；”). */
export function catalogueCsv(records: readonly CatalogueRecord[]): string {
  const rows = sortCatalogue(records).map((r) => CATALOGUE_FIELDS.map(({ key }) => (key === 'sample' ? (r.sample ? '是' : '否') : key === 'subjects' ? r.subjects.join('；') : (r[key] as string))));
  return stringify([CATALOGUE_FIELDS.map((f) => f.heading), ...rows], { record_delimiter: '\r\n' });
}

/** The JSON: what the catalogue is, its fields, then the records (subjects as a list, sample as a boolean). */
export function catalogueJson(records: readonly CatalogueRecord[], title: string): string {
  const doc = {
    title,
    fields: CATALOGUE_FIELDS.map(({ key, heading, description }) => ({ key, heading, description })),
    records: sortCatalogue(records),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Site paths of the catalogue's two files (under the folder of datapackage.json). */
export const cataloguePaths = { csv: '/data/catalogue.csv', json: '/data/catalogue.json' } as const;

/** The catalogue's resources in datapackage.json: the CSV with its table schema, and the JSON. */
export function catalogueResources(title: string) {
  const description = '本站发布的全部文件及其元数据：通知公告、政策文件目录、专刊及其文章、政策汇编、典型案例、统计数据';
  return [
    {
      name: 'catalogue-csv',
      path: cataloguePaths.csv,
      title,
      description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        fields: CATALOGUE_FIELDS.map(({ heading, description: d, type }) => ({ name: heading, type, description: d, ...(type === 'boolean' ? { trueValues: ['是'], falseValues: ['否'] } : {}), constraints: { required: ['编号', '类型', '标题', '网址', '示例'].includes(heading) } })),
        primaryKey: '编号',
      },
    },
    { name: 'catalogue-json', path: cataloguePaths.json, title, description, format: 'json', mediatype: 'application/json' },
  ];
}
