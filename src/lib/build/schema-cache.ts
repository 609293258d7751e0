import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The files whose change alters what the schemas make of unchanged content files. */
const SCHEMA_DIRS = ['src/schemas', 'src/lib/content'];

/**
 * Astro keeps the parsed entries (data-store.json) across builds and parses a file again only
 * when the file changes; a change to a schema (a new field with a default, a field made
 * optional) would leave old entries without it. When the schemas' sources differ from those
 * the cache was made with, the parsed entries and the page cache are dropped, once.
 * @returns true when the caches were dropped.
 */
export function dropCachesMadeByOtherSchemas(root: string, cacheDir: string): boolean {
  const hash = createHash('sha256');
  const files = [path.join(root, 'src/content.config.ts'), ...SCHEMA_DIRS.flatMap((dir) => readdirSync(path.join(root, dir)).sort().map((f) => path.join(root, dir, f)))];
  for (const file of files) if (file.endsWith('.ts')) hash.update(`${path.relative(root, file)}\n${readFileSync(file, 'utf8')}\n`);
  const digest = hash.digest('hex');
  const stamp = path.join(cacheDir, 'szy-schema-digest');
  const stale = !existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest;
  if (stale) for (const cached of ['data-store.json', 'incremental-build.json']) rmSync(path.join(cacheDir, cached), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return stale;
}
