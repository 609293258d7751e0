import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dropCachesMadeByOtherSchemas } from '../../src/lib/build/schema-cache.ts';

it('drops the parsed entries and page cache when the schemas change, and only then', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'szy-schema-cache-'));
  for (const dir of ['src/schemas', 'src/lib/content']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'src/content.config.ts'), 'export {};\n');
  writeFileSync(path.join(root, 'src/schemas/notices.ts'), 'export const a = 1;\n');
  const cache = path.join(root, 'cache');
  const store = path.join(cache, 'data-store.json');
  const fill = () => {
    mkdirSync(cache, { recursive: true });
    writeFileSync(store, '{}');
  };
  fill();
  // A cache of unknown origin is dropped once.
  expect(dropCachesMadeByOtherSchemas(root, cache)).toBe(true);
  expect(existsSync(store)).toBe(false);
  fill();
  expect(dropCachesMadeByOtherSchemas(root, cache)).toBe(false);
  expect(existsSync(store)).toBe(true);
  writeFileSync(path.join(root, 'src/schemas/notices.ts'), 'export const a = 2;\n');
  expect(dropCachesMadeByOtherSchemas(root, cache)).toBe(true);
  expect(existsSync(store)).toBe(false);
});
