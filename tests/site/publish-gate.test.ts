/**
 * The site's promises (nothing from another origin, no script on content pages, no inline
 * style or handlers) are enforced where the data passes: the content check stops a body that
 * breaks them at file:line, and the build checks every page before it replaces dist/, so a
 * broken component cannot publish either. Either way the published site stays as it was.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { fingerprint } from '../helpers/site.ts';

/** A folder standing for the published site, inside the project as the build's own tests place them. */
function publishedSite(): string {
  const tmpRoot = path.join(root, 'node_modules/.cache/szy-builds');
  mkdirSync(tmpRoot, { recursive: true });
  const dir = mkdtempSync(path.join(tmpRoot, 'published-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>已发布</title><p>已发布的网站</p>\n');
  mkdirSync(path.join(dir, 'notices'));
  writeFileSync(path.join(dir, 'notices/index.html'), '<!doctype html><title>通知公告</title>\n');
  return dir;
}

function buildOver(fixture: string) {
  const outDir = publishedSite();
  const before = fingerprint(outDir);
  const result = runBuild({ OUT_DIR: outDir, CONTENT_DIR: path.join(fixtures, fixture) });
  const siblings = readdirSync(path.dirname(outDir)).filter((f) => f.startsWith(`${path.basename(outDir)}.`));
  return { ...result, unchanged: JSON.stringify(fingerprint(outDir)) === JSON.stringify(before), siblings };
}

describe('a build over bodies that would load from another origin or run script (tests/fixtures/broken-html)', () => {
  const result = buildOver('broken-html');

  it('fails at the content check, leaving the published site as it was', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('内容检查发现 5 处错误');
    expect(result.unchanged).toBe(true);
    expect(result.siblings).toEqual([]);
  });

  it.each([
    ['iframe.mdx', '不能使用 <iframe>'],
    ['tracker-image.mdx', '来自其他网站（tracker.example）'],
    ['javascript-link.mdx', '以 javascript: 开头'],
    ['script.mdx', '不能使用 <script>'],
    ['inline-style.mdx', '不能写 style'],
  ])('names %s at file:line with the reason', (file, reason) => {
    const block = result.output.split('\n\n').find((b) => b.includes(`broken-html/notices/${file}:14:1`));
    expect(block, result.output).toBeDefined();
    expect(block).toContain(reason);
  });
});

describe('a build whose page breaks a promise through a component (tests/fixtures/broken-component)', () => {
  const result = buildOver('broken-component');

  it('passes the content check but is refused before it replaces dist/', () => {
    expect(result.output).not.toContain('内容检查发现');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('网站不予发布');
    expect(result.output).toContain('保持不变');
    expect(result.unchanged).toBe(true);
    expect(result.siblings, 'no staging folder is left behind').toEqual([]);
  });

  it('names the page, its source file and each violation', () => {
    expect(result.output).toContain('✖ 页面 notices/tracker/index.html');
    expect(result.output).toContain('来自：tests/fixtures/broken-component/notices/tracker.mdx');
    expect(result.output).toContain('其他网站（tracker.example）');
    expect(result.output).toContain('<span onclick>');
  });
});
