import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { datasetSchema, type Dataset } from '../../schemas/datasets.ts';

/**
 * Reads every dataset in a folder outside Astro (scripts and tests), parsed as
 * Astro's loader does: YAML 1.1, then the collection's schema. Sorted by id.
 */
export function loadDatasets(dir: string): { id: string; data: Dataset }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/u, ''),
      data: datasetSchema.parse(parse(readFileSync(path.join(dir, name), 'utf8'), { schema: 'yaml-1.1' })),
    }));
}
