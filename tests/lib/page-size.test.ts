import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

/** Route files only wire data to components; the shaping lives in src/lib, where table tests reach it (src/lib/README.md). */
const MAX_LINES = 80;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? routeFiles(path.join(dir, d.name)) : /\.(astro|ts)$/u.test(d.name) ? [path.join(dir, d.name)] : [],
  );
}

it.each(routeFiles(path.join(root, 'src/pages')).map((file) => [path.relative(root, file)]))(`%s stays within ${MAX_LINES} lines`, (file) => {
  expect(readFileSync(path.join(root, file), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
});
