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
