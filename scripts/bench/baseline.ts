/**
 * The benchmark's baseline: a bare Astro 7 + MDX + Pagefind site over the same
 * content folder, with a minimal layout (one page per document and one list page),
 * no schema, no content check, no components. Written into a temporary folder that
 * borrows the project's node_modules, so both builds use the same versions.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusGenerator } from './generators/index.ts';

export function writeBaseline(dir: string, nodeModules: string, contentDir: string, generators: CorpusGenerator[]): void {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory' }, outDir: process.env.OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR, devToolbar: { enabled: false } });
`,
  );
  const collections = generators.map((g) => `  ${g.collection}: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(path.join(contentDir, g.dir))} }) }),`);
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${collections.join('\n')}
};
`,
  );
  const names = JSON.stringify(generators.map((g) => g.collection));
  mkdirSync(path.join(dir, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/pages/[collection]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = await Promise.all(${names}.map((c) => getCollection(c)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const all = (await Promise.all(${names}.map((c) => getCollection(c)))).flat();
---
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>Baseline</title></head>
<body><ul>{all.map((e) => <li><a href={\`/\${e.collection}/\${e.id}/\`}>{e.data.title}</a></li>)}</ul></body></html>
`,
  );
  writeFileSync(
    path.join(dir, 'build.mjs'),
    `// astro build, then the Pagefind index with the same language setting as the site.
import { spawnSync } from 'node:child_process';
import * as pagefind from 'pagefind';
const out = process.env.OUT_DIR;
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(1);
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: out + '/pagefind' });
await pagefind.close();
`,
  );
}
