import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docNumberVariants, indexTerms, loadSynonyms, synonymTerms } from '../../src/lib/search/terms.ts';
import { normalizeQueryLazy } from '../../src/lib/search/query.ts';
import { root } from '../helpers/paths.ts';

const groups = [
  { terms: ['双转移', '产业转移和劳动力转移'] },
  { terms: ['省经信委', '广东省经济和信息化委员会', '经信委'] },
];

describe('docNumberVariants', () => {
  it('indexes the 发文字号 once in the 〔〕 form, and year and number run together (one word)', () => {
    expect(docNumberVariants('粤经信园区〔2012〕68号')).toEqual(['粤经信园区〔2012〕68号', '201268']);
  });

  const words = (text: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  it.each(['粤经信园区[2012]68号', '粤经信园区(2012)68号', '粤经信园区（2012）68号', '粤经信园区【2012】68号', '粤经信园区［2012］68号', '粤经信园区 2012 68号'])(
    'needs no form of its own for %s: the page normalises it and Pagefind cuts it into the same words as the 〔〕 form',
    async (typed) => {
      expect(words(await normalizeQueryLazy(typed))).toEqual(words('粤经信园区〔2012〕68号'));
    },
  );

  it('finds every word of 2012年68号 and of 201268号 among the indexed forms', async () => {
    const indexed = new Set(docNumberVariants('粤经信园区〔2012〕68号').flatMap(words));
    for (const typed of ['粤经信园区2012年68号', '粤经信园区201268号']) {
      const missing = words(await normalizeQueryLazy(typed)).filter((w) => !indexed.has(w));
      // 年 is a word on nearly every page (dates), so only it may come from the page's own text.
      expect(missing.filter((w) => w !== '年'), typed).toEqual([]);
    }
  });

  it('keeps a malformed number as it is', () => {
    expect(docNumberVariants('第68号')).toEqual(['第68号']);
  });
});

describe('synonymTerms', () => {
  it.each([
    ['全省产业转移和劳动力转移工作会议', ['双转移', '产业转移和劳动力转移']],
    ['“双转移”战略', ['双转移', '产业转移和劳动力转移']],
    ['广东省经济和信息化委员会', ['省经信委', '广东省经济和信息化委员会', '经信委']],
    ['与劳动力无关的文字', []],
  ])('for %s gives %j', (text, expected) => {
    expect(synonymTerms(text, groups)).toEqual(expected);
  });
});

describe('indexTerms', () => {
  it("weights the page's own names apart from what it mentions", () => {
    const terms = indexTerms({ text: '推进“双转移”', docNumber: '粤经信园区〔2012〕68号', issuer: '广东省经济和信息化委员会', groups });
    expect(terms.own).toContain('201268');
    expect(terms.own).toContain('省经信委');
    expect(terms.related).toEqual(['双转移', '产业转移和劳动力转移']);
  });

  it('gives a page citing the issuer no weighted issuer names', () => {
    const terms = indexTerms({ text: '转发广东省经济和信息化委员会的通知', issuer: '示例市经济和信息化局', groups });
    expect(terms.own).toEqual(['示例市经济和信息化局']);
    expect(terms.related).toContain('省经信委');
  });
});

describe('loadSynonyms', () => {
  it('reads the real synonym file', () => {
    const loaded = loadSynonyms(path.join(root, 'content'));
    expect(loaded.find((g) => g.terms.includes('双转移'))?.terms).toContain('产业转移和劳动力转移');
  });

  it('gives no synonyms for a content folder without the file', () => {
    expect(loadSynonyms(mkdtempSync(path.join(os.tmpdir(), 'szy-syn-')))).toEqual([]);
  });

  it('names the file and field of a malformed group', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-syn-'));
    mkdirSync(path.join(dir, 'search'));
    writeFileSync(path.join(dir, 'search/synonyms.yaml'), 'groups:\n  - terms: [双转移]\n');
    expect(() => loadSynonyms(dir)).toThrow(/synonyms\.yaml：搜索同义词文件有误。\n\s+字段：groups\.0\.terms\s+问题：每组至少填写两个说法。/u);
  });
});
