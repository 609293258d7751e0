import type { Dataset } from '../../schemas/datasets.ts';
import type { SourceDocument } from './downloads.ts';
import { datasetPaths } from './paths.ts';

/**
 * A Frictionless Data Package describing every dataset's downloads: one resource
 * per file, the CSV with its table schema (field names are the CSV headings).
 * `url` turns a site path into the link written in the package; `siteName` titles it.
 */
export function datapackage(datasets: readonly { id: string; data: Dataset; source: SourceDocument }[], url: (path: string) => string, siteName: string) {
  return {
    profile: 'data-package',
    name: 'site-statistics',
    title: `${siteName}统计数据`,
    licenses: [{ name: 'other-open', title: '政府公开信息，转载引用请注明来源文件' }],
    resources: datasets.flatMap(({ id, data, source }) => {
      const paths = datasetPaths(id);
      const common = { title: data.title, description: data.description, sources: [{ title: source.docNumber ? `${source.title}（${source.docNumber}）` : source.title, path: source.url }] };
      return [
        {
          name: `${id}-csv`,
          path: url(paths.csv),
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          profile: 'tabular-data-resource',
          ...common,
          schema: {
            fields: data.columns.map((c) => ({
              name: c.unit ? `${c.label}（${c.unit}）` : c.label,
              type: c.type === 'number' ? 'number' : 'string',
              ...(c.unit ? { unit: c.unit } : {}),
              constraints: { required: !c.optional },
            })),
          },
        },
        { name: `${id}-xlsx`, path: url(paths.xlsx), format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...common },
        { name: `${id}-json`, path: url(paths.json), format: 'json', mediatype: 'application/json', ...common },
        ...(data.chart
          ? [
              { name: `${id}-svg`, path: url(paths.svg), format: 'svg', mediatype: 'image/svg+xml', ...common },
              { name: `${id}-png`, path: url(paths.png), format: 'png', mediatype: 'image/png', ...common },
            ]
          : []),
      ];
    }),
  };
}
