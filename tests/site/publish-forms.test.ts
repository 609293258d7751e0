import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockAstro } from '../helpers/astro-lock.ts';
import { buildFixture, fixtureContent } from '../helpers/fixture-build.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { unmarkedSampleListings } from '../helpers/sample-marks.ts';
import { readPage } from '../helpers/site.ts';

/**
 * One extra build: the site's content plus the sample circulars of tests/fixtures/publish-forms
 * (each way of writing 发布时间, and a body that is the editors' summary), shared with the
 * accepted-fixtures check (tests/helpers/fixture-build.ts).
 */
const build = buildFixture('publish-forms');
const contentDir = fixtureContent('publish-forms');
const outDir = build.outDir;
const rss = readFileSync(path.join(outDir, 'notices/rss.xml'), 'utf8');

/** The RSS item of a page: its pubDate and dc:date. */
function feedItem(id: string): { pubDate?: string; dcDate?: string } {
  const item = rss.split('<item>').find((i) => i.includes(`/notices/${id}/</link>`)) ?? '';
  return { pubDate: /<pubDate>([^<]*)<\/pubDate>/u.exec(item)?.[1], dcDate: /<dc:date>([^<]*)<\/dc:date>/u.exec(item)?.[1] };
}

/** The JSON-LD of a page. */
function jsonLd(id: string): Record<string, unknown> {
  return JSON.parse(readPage(`/notices/${id}/`, outDir)('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
}

describe('a build of content with every form of 发布时间', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each([
    // id, as written → page, <time datetime>, JSON-LD, RSS pubDate, dc:date
    ['test-beijing-offset', '2012年2月6日 15:30', '2012-02-06T15:30+08:00', 'Mon, 06 Feb 2012 15:30:00 +0800'],
    ['test-utc', '2012年2月7日 04:00', '2012-02-07T04:00+08:00', 'Tue, 07 Feb 2012 04:00:00 +0800'],
    ['test-other-offset', '2012年2月7日 04:30', '2012-02-07T04:30+08:00', 'Tue, 07 Feb 2012 04:30:00 +0800'],
    ['test-no-offset-seconds', '2012年2月6日 15:30', '2012-02-06T15:30+08:00', 'Mon, 06 Feb 2012 15:30:00 +0800'],
    ['test-quoted', '2012年2月6日 15:30', '2012-02-06T15:30+08:00', 'Mon, 06 Feb 2012 15:30:00 +0800'],
    ['test-date-only', '2012年2月6日', '2012-02-06', 'Mon, 06 Feb 2012 00:00:00 +0800'],
  ])('%s is published at %s Beijing time on the page, in JSON-LD and in RSS', (id, shown, iso, pubDate) => {
    const $ = readPage(`/notices/${id}/`, outDir);
    const time = $('dt:contains("发布时间") + dd time');
    expect(time.text()).toBe(shown);
    expect(time.attr('datetime')).toBe(iso);
    expect(jsonLd(id).datePublished).toBe(iso);
    expect(feedItem(id)).toEqual({ pubDate, dcDate: iso });
  });

  it('lists a date-only circular by its date, with no invented time', () => {
    const $ = readPage('/notices/', outDir);
    const item = $(`a[href$="/notices/test-date-only/"]`).closest('li');
    expect(item.find('time').attr('datetime')).toBe('2012-02-06');
    expect(item.text()).not.toMatch(/\d{1,2}:\d{2}/u);
  });

  it('says on each circular whether its body is the text as issued, and in search data and JSON-LD', () => {
    const full = readPage('/notices/test-quoted/', outDir);
    expect(full('.body-status').text()).toContain('按发布原文照录');
    expect(full('dt:contains("正文") + dd').text()).toBe('全文');
    const summary = readPage('/notices/test-summary/', outDir);
    expect(summary('.body-status').text()).toContain('编者摘要');
    expect(summary('.body-status').text()).not.toContain('按发布原文照录');
    expect(summary('dt:contains("正文") + dd').text()).toBe('编者摘要');
    expect(summary('[data-pagefind-meta="bodyStatus"]').text()).toBe('编者摘要');
    expect(summary('[data-pagefind-filter="body"]').text()).toBe('编者摘要');
    // Search marks only what is not the text as issued.
    expect(full('[data-pagefind-meta="bodyStatus"], [data-pagefind-filter="body"]')).toHaveLength(0);
    expect(jsonLd('test-summary').creativeWorkStatus).toBe('编者摘要');
    expect(jsonLd('test-quoted').creativeWorkStatus).toBe('全文');
    // The footer makes no claim about the body that a page may contradict.
    expect(summary('footer').text()).not.toContain('按发布原文照录');
  });

  it('marks the sample circulars 示例 wherever they are listed (the 发文字号索引 too)', () => {
    expect(unmarkedSampleListings(outDir, contentDir)).toEqual([]);
  });

  it('prints no warning an editor cannot act on: no [WARN] and no stray render times', () => {
    const lines = build.output.split('\n');
    expect(lines.filter((l) => /\[WARN\]|MODULE_LEVEL_DIRECTIVE/u.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s*\(\+[\d.]+m?s\)\s*$/u.test(l))).toEqual([]);
    // Each generated page is on a line of its own.
    expect(build.output).toMatch(/├─ \/notices\/test-date-only\/index\.html\n/u);
  });
});

describe('a real warning still shows', () => {
  it('a collection folder that is missing is reported by the build', () => {
    // Content with circulars only: Astro warns that the other collections' folders do not exist.
    const only = mkdtempSync(path.join(os.tmpdir(), 'szy-forms-only-'));
    cpSync(path.join(fixtures, 'publish-forms/notices'), path.join(only, 'notices'), { recursive: true });
    const unlock = lockAstro();
    const sync = spawnSync('npm', ['run', '--silent', 'astro', '--', 'sync'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: only, ASTRO_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'szy-cache-')), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    unlock();
    expect(`${sync.stdout}\n${sync.stderr}`).toMatch(/\[WARN\] \[glob-loader\] The base directory ".*cases\/" does not exist/u);
  });
});
