import type { Dataset } from '../../schemas/datasets.ts';
import { DOWNLOAD_CONTENTS, SOURCE_HEADING, type SourceDocument } from './downloads.ts';
import { datapackagePath, datasetPaths } from './paths.ts';

/** A resource of the package beyond the datasets' downloads (the catalogue of every document). */
export interface ExtraResource {
  name: string;
  /** Site path of the file (before the base), under the folder of datapackage.json. */
  path: string;
  [key: string]: unknown;
}

/**
 * A resource path as the Data Package spec wants it: relative to the descriptor (a POSIX
 * path with no leading slash and no `..`), so the package reads the same wherever the site
 * is served (any SITE_URL, any SITE_BASE) and the Frictionless libraries accept it.
 * @example relativeToPackage('/data/firms-2011.csv') // 'firms-2011.csv'
 */
export function relativeToPackage(sitePath: string): string {
  const folder = datapackagePath.slice(0, datapackagePath.lastIndexOf('/') + 1);
  if (!sitePath.startsWith(folder)) throw new Error(`datapackage.json 只能描述 ${folder} 下的文件，这里是 ${sitePath}。`);
  return sitePath.slice(folder.length);
}

/**
 * A Frictionless Data Package describing every dataset's downloads: one resource
 * per file, the CSV with its table schema (field names are the CSV headings, the last
 * one the 来源文件 column every CSV has), plus `extra` resources (the catalogue).
 * CSVs are UTF-8 without a byte order mark (the Frictionless JavaScript library would read
 * one into the first heading). Each tabular resource's description says what that file holds.
 */
export function datapackage(datasets: readonly { id: string; data: Dataset; source: SourceDocument }[], siteName: string, extra: readonly ExtraResource[] = []) {
  return {
    profile: 'data-package',
    name: 'site-statistics',
    title: `${siteName}统计数据`,
    licenses: [{ name: 'other-open', title: '政府公开信息，转载引用请注明来源文件' }],
    resources: [
      ...datasets.flatMap(({ id, data, source }) => {
        const paths = datasetPaths(id);
        // A tabular file's description: the dataset's, then what this file holds.
        const about = (holds: string) => `${data.description ?? data.title}\n本文件：${holds}`;
        const common = { title: data.title, description: data.description, sources: [{ title: source.docNumber ? `${source.title}（${source.docNumber}）` : source.title, path: source.url }] };
        return [
          {
            name: `${id}-csv`,
            path: relativeToPackage(paths.csv),
            format: 'csv',
            mediatype: 'text/csv',
            encoding: 'utf-8',
            profile: 'tabular-data-resource',
            ...common,
            description: about(DOWNLOAD_CONTENTS.csv),
            schema: {
              fields: [
                ...data.columns.map((c) => ({
                  name: c.unit ? `${c.label}（${c.unit}）` : c.label,
                  type: c.type === 'number' ? 'number' : 'string',
                  ...(c.unit ? { unit: c.unit } : {}),
                  constraints: { required: !c.optional },
                })),
                { name: SOURCE_HEADING, type: 'string', description: '该行数值出自的文件（《标题》（发文字号））；推算值写明由哪份文件的数值推算', constraints: { required: true } },
              ],
            },
          },
          { name: `${id}-xlsx`, path: relativeToPackage(paths.xlsx), format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...common, description: about(DOWNLOAD_CONTENTS.xlsx) },
          { name: `${id}-json`, path: relativeToPackage(paths.json), format: 'json', mediatype: 'application/json', ...common, description: about(DOWNLOAD_CONTENTS.json) },
          ...(data.chart
            ? [
                { name: `${id}-svg`, path: relativeToPackage(paths.svg), format: 'svg', mediatype: 'image/svg+xml', ...common },
                { name: `${id}-png`, path: relativeToPackage(paths.png), format: 'png', mediatype: 'image/png', ...common },
              ]
            : []),
        ];
      }),
      ...extra.map((r) => ({ ...r, path: relativeToPackage(r.path) })),
    ],
  };
}
