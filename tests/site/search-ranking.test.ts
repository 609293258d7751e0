import { describe, expect, it } from 'vitest';
import { circularSentences, QUOTING_BASE, QUOTING_PAGES, quotingSiteBuild } from '../helpers/search-fixture.ts';
import type { PagefindApi } from '../helpers/pagefind-node.ts';
import { loadQuerySet, openIndex, topUrls as topUrlsUnder } from '../helpers/search-queries.ts';

/**
 * A test site (never published): the 2012 circular and 40 short SAMPLE circulars that each
 * quote two of its sentences and cite it by title and 发文字号. The long document must still
 * come first for its own terms, and the whole query set must still find it in the top 5.
 */
const circular = '/notices/yue-jingxin-yuanqu-2012-68/';
// Shared with the search page's browser tests, which serve it under a sub-path; ranking knows nothing of
// addresses, so results are compared by their path under it.
const build = quotingSiteBuild();
const index = build.status === 0 ? openIndex(build.outDir) : Promise.reject(new Error(build.output));
const topUrls = async (pagefind: PagefindApi, q: string, n?: number) => (await topUrlsUnder(pagefind, q, n)).map((url) => (url.startsWith(QUOTING_BASE) ? url.slice(QUOTING_BASE.length - 1) : url));

describe('search ranking when many short pages quote a long document', () => {
  it('builds the test site', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('the short pages really compete: every one cites the circular by title and 发文字号', async () => {
    expect(circularSentences().length).toBeGreaterThan(50);
    for (const q of ['关于印发2012年产业转移工作要点的通知', '粤经信园区〔2012〕68号', '广东省经济和信息化委员会']) {
      expect((await topUrls(await index, q, 100)).length, q).toBe(QUOTING_PAGES + 1);
    }
  });

  it.each(['粤经信园区〔2012〕68号', '粤经信园区[2012]68号', '关于印发2012年产业转移工作要点的通知', '2012年产业转移工作要点', '腾笼换鸟', '双转移', '省经信委', '园区'])(
    'ranks the circular first for its own term %s, which short pages quote too',
    async (q) => {
      const top = await topUrls(await index, q);
      expect(top.length, q).toBeGreaterThan(1);
      expect(top[0], q).toBe(circular);
    },
  );

  it.each(loadQuerySet().map((c) => [c.q, c] as const))('still finds the expected page in the top 5 for %s', async (_q, c) => {
    const top = await topUrls(await index, c.q);
    for (const url of c.expect) expect(top, `${c.kind}: ${c.q}`).toContain(url);
  });
});
