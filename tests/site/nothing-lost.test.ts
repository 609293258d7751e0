import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { dist, fixtures, root } from '../helpers/paths.ts';
import { fingerprint } from '../helpers/site.ts';

mkdirSync(path.join(root, 'node_modules/.cache/szy-builds'), { recursive: true });

describe.each([
  ['metadata the content check rejects', 'broken-content', true],
  ['an MDX body that passes the check but Astro cannot build', 'broken-mdx', false],
])('a build that fails on %s', (_name, fixture, byCheck) => {
  it('leaves the published site byte for byte as it was', () => {
    // The published site: a copy of the run's build of content/ (tests/global-setup.ts), in a folder of its own.
    const good = { outDir: path.join(mkdtempSync(path.join(root, 'node_modules/.cache/szy-builds/published-')), 'dist') };
    cpSync(dist, good.outDir, { recursive: true });
    const before = fingerprint(good.outDir);
    expect(Object.keys(before)).toContain('index.html');

    const bad = runBuild({ OUT_DIR: good.outDir, CONTENT_DIR: path.join(fixtures, fixture) });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('保持不变');
    // The two kinds fail at different stages: the content check, or Astro itself.
    expect(bad.output.includes('内容检查发现')).toBe(byCheck);
    expect(fingerprint(good.outDir)).toEqual(before);
    const siblings = readdirSync(path.dirname(good.outDir)).filter((f) => f.startsWith(`${path.basename(good.outDir)}.`));
    expect(siblings, 'no staging folder is left behind').toEqual([]);
  });
});
