/** URL paths of a dataset's page and downloads (before withBase). */
export function datasetPaths(id: string) {
  return {
    page: `/data/${id}/`,
    csv: `/data/${id}.csv`,
    xlsx: `/data/${id}.xlsx`,
    json: `/data/${id}.json`,
    svg: `/data/${id}.svg`,
    png: `/data/${id}.png`,
  };
}

/** The machine-readable catalogue of every dataset (Frictionless Data Package). */
export const datapackagePath = '/data/datapackage.json';

/**
 * Names a dataset file cannot take: its downloads would have the address of the site's own
 * files under /data/ (datapackage.json, catalogue.csv and catalogue.json).
 */
export const RESERVED_DATASET_IDS: readonly string[] = ['datapackage', 'catalogue'];
