import { describe, expect, it } from 'vitest';
import { queryWords } from '../../src/lib/search/query.ts';
import { holdsEveryWord, searchEveryWord } from '../../src/lib/search/run.ts';

describe('queryWords', () => {
  it('cuts a query as Pagefind’s browser script does: Intl.Segmenter words, no punctuation, lower case', () => {
    const q = '973.3%“转关和重‘动经动产快构加培’”、Python 3.12';
    const words = queryWords(q);
    expect(words.join('')).toBe('9733转关和重动经动产快构加培python312');
    expect(words).toContain('python');
    expect(words.every((w) => !/[\s\p{P}]/u.test(w))).toBe(true);
    // Chinese is cut into words where the browser's dictionary cuts it, not character by character.
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    expect(queryWords('产业转移工作')).toEqual([...segmenter.segment('产业转移工作')].map((s) => s.segment));
  });

  it('gives nothing for punctuation alone', () => {
    expect(queryWords('“”《》、。 ')).toEqual([]);
  });
});

describe('holdsEveryWord', () => {
  it.each([
    [['疫苗', '接种'], '管结接宣。', false],
    [['接种'], '疫苗接\u200B种，', true],
    [['产业', '转移'], '推进产业和劳动力“双转移”', true],
    [['产业', '转移'], '推进产业发展', false],
    [['python'], '没有英文', true],
    [['２０１２年'], '2012年', true],
  ])('%j in %s: %s', (words, text, holds) => {
    expect(holdsEveryWord(words, text)).toBe(holds);
  });
});

describe('searchEveryWord', () => {
  const page = (content: string) => ({ data: async () => ({ content, meta: { title: '题' } }) });
  const pagefind = (contents: string[]) => ({
    asked: [] as (string | null)[],
    async search(term: string | null) {
      this.asked.push(term);
      return { results: contents.map(page), filters: { type: { 通知: contents.length } }, unfilteredResultCount: contents.length };
    },
  });

  it('keeps the results when the best one holds every word of the query', async () => {
    const found = await searchEveryWord(pagefind(['疫苗接种工作', '接种']), '疫苗接种');
    expect(found.results).toHaveLength(2);
  });

  it('finds nothing when the best result lacks a word of the query (Pagefind left it out)', async () => {
    const found = await searchEveryWord(pagefind(['管结接宣', '接']), '疫苗接种');
    expect(found.results).toEqual([]);
    expect(found.filters).toEqual({ type: { 通知: 0 } });
    expect(found.unfilteredResultCount).toBe(0);
  });

  it('leaves a search by filters alone', async () => {
    const pf = pagefind(['正文']);
    expect((await searchEveryWord(pf, null, { filters: { type: { any: ['通知'] } } })).results).toHaveLength(1);
    expect(pf.asked).toEqual([null]);
  });
});
