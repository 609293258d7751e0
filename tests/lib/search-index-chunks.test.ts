import { describe, expect, it } from 'vitest';
import { chunksForAddressQuery, pagefindTerm, predictChunks, requestedChunks, type ChunkList, type IndexChunk } from '../../src/lib/search/index-chunks.ts';

describe('pagefindTerm', () => {
  it('cuts a Chinese query into words with the browser’s segmenter, as Pagefind does for zh', () => {
    const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const expected = [...words.segment('广东省产业转移')].map((s) => s.segment).join(' ');
    expect(pagefindTerm('广东省产业转移', 'zh-CN')).toBe(expected);
    expect(expected.split(' ').length).toBeGreaterThan(1);
  });

  it('drops punctuation, lower-cases and strips diacritics', () => {
    expect(pagefindTerm('“腾笼换鸟”，', 'zh-CN')).toBe(pagefindTerm('腾笼换鸟', 'zh-CN'));
    expect(pagefindTerm('Café GDP', 'en')).toBe('cafe gdp');
    expect(pagefindTerm('Café GDP', 'zh-CN')).toBe('cafe gdp');
  });

  it('keeps the index’s include characters and the Japanese voicing marks', () => {
    expect(pagefindTerm('a_b', 'en', ['_'])).toBe('a_b');
    expect(pagefindTerm('ガス', 'ja')).toBe('ガス');
  });

  it('gives nothing for a query of punctuation alone', () => {
    expect(pagefindTerm('“”，。', 'zh-CN')).toBe('');
  });
});

describe('requestedChunks', () => {
  const chunks: IndexChunk[] = [
    { from: '000', to: '两翼', hash: 'zh-cn_a' },
    { from: '产业', to: '产品', hash: 'zh-cn_b' },
    { from: '促进', to: '龙', hash: 'zh-cn_c' },
  ];

  it('takes for each word the chunks whose first and last words enclose it, sorted, once each', () => {
    expect(requestedChunks('转移 产业', chunks)).toEqual(['zh-cn_b', 'zh-cn_c']);
    expect(requestedChunks('产业 产业转移', chunks)).toEqual(['zh-cn_b']);
    expect(requestedChunks('2012', chunks)).toEqual(['zh-cn_a']);
    // Every enclosing chunk, not the first only.
    expect(requestedChunks('产业', [...chunks, { from: '产', to: '产业', hash: 'zh-cn_0' }])).toEqual(['zh-cn_0', 'zh-cn_b']);
  });

  it('compares as UTF-8 bytes, as Pagefind’s WebAssembly does, not as JavaScript strings', () => {
    // ＂ (U+FF02) sorts after 𠀀 (U+20000) in UTF-16 code units, before it in UTF-8 bytes.
    const wide: IndexChunk[] = [{ from: '！', to: '𠀀', hash: 'x' }];
    expect('＂' <= '𠀀').toBe(false);
    expect(requestedChunks('＂', wide)).toEqual(['x']);
  });

  it('for a word in no chunk, takes the chunks whose bounds, cut to the word’s length in characters, enclose it', () => {
    // 产 sorts before 产业, the first word of chunk b, yet begins its words.
    expect(requestedChunks('产', chunks)).toEqual(['zh-cn_b']);
    // 0 sorts before 000; cut to one character, chunk a runs from 0 to 两.
    expect(requestedChunks('0', chunks)).toEqual(['zh-cn_a']);
    expect(requestedChunks('0', [{ from: '1', to: '两', hash: 'y' }])).toEqual([]);
  });

  it('looks loosely for each word on its own, whatever the other words found', () => {
    expect(requestedChunks('产 转移', chunks)).toEqual(['zh-cn_b', 'zh-cn_c']);
  });
});

describe('predictChunks and chunksForAddressQuery', () => {
  const list: ChunkList = {
    chunks: [
      ['000', '两翼', 'zh-cn_a'],
      ['两者', '省', 'zh-cn_b'],
      ['省份', '龙', 'zh-cn_c'],
    ],
    include: ['_'],
  };

  it('predicts from the query the page hands to Pagefind', () => {
    expect(predictChunks('产业转移', 'zh-CN', list)).toEqual(requestedChunks(pagefindTerm('产业转移', 'zh-CN'), list.chunks.map(([from, to, hash]) => ({ from, to, hash }))));
    expect(predictChunks('', 'zh-CN', list)).toEqual([]);
  });

  it('normalises the address’s query as the page does (发文字号 brackets, widths, quotes)', () => {
    expect(chunksForAddressQuery('粤经信园区[2012]68号', 'zh-CN', list)).toEqual(predictChunks('粤经信园区〔2012〕68号', 'zh-CN', list));
    expect(chunksForAddressQuery('“产业转移”', 'zh-CN', list)).toEqual(predictChunks('产业转移', 'zh-CN', list));
    expect(chunksForAddressQuery('产业转移', 'zh-CN', list).length).toBeGreaterThan(0);
  });

  it('predicts nothing for a query the traditional → simplified converter would change, rather than guess', () => {
    expect(chunksForAddressQuery('產業轉移', 'zh-CN', list)).toEqual([]);
  });
});
