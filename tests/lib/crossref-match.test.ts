import { describe, expect, it } from 'vitest';
import { buildLinkIndex, findCrossRefs, normalizeTitle, segmentText, type LinkTarget } from '../../src/lib/crossref/match.ts';

const circular: LinkTarget = {
  key: 'notices/yue-jingxin-yuanqu-2012-68',
  path: '/notices/yue-jingxin-yuanqu-2012-68/',
  titles: ['关于印发2012年产业转移工作要点的通知'],
  docNumber: '粤经信园区〔2012〕68号',
};
const attachment: LinkTarget = { key: circular.key, path: '/notices/yue-jingxin-yuanqu-2012-68/#要点', titles: ['2012年产业转移工作要点'] };
const sanjiehe: LinkTarget = {
  key: 'documents/sanjiehe',
  path: '/documents/sanjiehe/',
  titles: ['关于建立各级政府、协会、产业转移工业园“三结合”的指导意见', '关于建立各级政府、协会、产业转移工业园三结合的指导意见'],
};
const banfa: LinkTarget = { key: 'documents/banfa', path: '/documents/banfa/', titles: ['广东省产业转移目标责任考核评价办法'] };
const shortCode: LinkTarget = { key: 'notices/other', path: '/notices/other/', titles: ['另一份通知'], docNumber: '粤府〔2011〕102号' };
const index = buildLinkIndex([circular, attachment, sanjiehe, banfa, shortCode]);

/** The linked passages of a text, as [text as written, path]. */
const links = (text: string) => findCrossRefs(text, index).map((r) => [text.slice(r.start, r.end), r.target.path]);

describe('findCrossRefs links exact titles and numbers', () => {
  it.each([
    ['现将《2012年产业转移工作要点》印发', [['《2012年产业转移工作要点》', attachment.path]]],
    ['见《关于印发2012年产业转移工作要点的通知》', [['《关于印发2012年产业转移工作要点的通知》', circular.path]]],
    ['《 关于印发2012年产业转移工作要点的通知 》（空格）', [['《 关于印发2012年产业转移工作要点的通知 》', circular.path]]],
    ['《关于印发２０１２年产业转移工作要点的通知》（全角数字）', [['《关于印发２０１２年产业转移工作要点的通知》', circular.path]]],
    ['抓紧出台《关于建立各级政府、协会、产业转移工业园“三结合”的指导意见》', [['《关于建立各级政府、协会、产业转移工业园“三结合”的指导意见》', sanjiehe.path]]],
    ['附表写作《关于建立各级政府、协会、产业转移工业园三结合的指导意见》', [['《关于建立各级政府、协会、产业转移工业园三结合的指导意见》', sanjiehe.path]]],
    ['半角引号《关于建立各级政府、协会、产业转移工业园"三结合"的指导意见》', [['《关于建立各级政府、协会、产业转移工业园"三结合"的指导意见》', sanjiehe.path]]],
    ['依据粤经信园区〔2012〕68号文件', [['粤经信园区〔2012〕68号', circular.path]]],
    ['粤经信园区[2012]68号', [['粤经信园区[2012]68号', circular.path]]],
    ['粤经信园区（2012）68号', [['粤经信园区（2012）68号', circular.path]]],
    ['粤经信园区【2012】068号', [['粤经信园区【2012】068号', circular.path]]],
    ['粤经信园区 〔2012〕 68号', [['粤经信园区 〔2012〕 68号', circular.path]]],
    ['粤府〔2011〕102号和粤经信园区〔2012〕68号', [['粤府〔2011〕102号', shortCode.path], ['粤经信园区〔2012〕68号', circular.path]]],
    [
      '《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）',
      [['《关于印发2012年产业转移工作要点的通知》', circular.path], ['粤经信园区〔2012〕68号', circular.path]],
    ],
  ])('%s', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe('findCrossRefs leaves near-misses as plain text', () => {
  it.each([
    ['2012年产业转移工作要点（无书名号）'],
    ['《2011年产业转移工作要点》（年份不同）'],
    ['《2012年产业转移工作要点的通知》（多了字）'],
    ['《产业转移工作要点》（少了字）'],
    ['《广东省产业转移目标责任考核办法》（少了“评价”）'],
    ['《广东省产业转移目标责任考核评价办法（修订）》（多了括注）'],
    ['〈2012年产业转移工作要点〉（单书名号）'],
    ['粤经信园区〔2012〕6号（序号不同）'],
    ['粤经信园区〔2012〕680号（序号是其前缀）'],
    ['粤经信园区〔2011〕68号（年份不同）'],
    ['粤经信〔2012〕68号（机关代字不全）'],
    ['粤经信园区〔12〕68号（两位年份）'],
    ['经信园区〔2012〕68号（机关代字不全）'],
  ])('%s', (text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('findCrossRefs', () => {
  it('leaves out excluded targets (a page does not link to itself)', () => {
    const refs = findCrossRefs('《关于印发2012年产业转移工作要点的通知》和《广东省产业转移目标责任考核评价办法》', index, (t) => t.key === circular.key);
    expect(refs.map((r) => r.target.key)).toEqual(['documents/banfa']);
  });
});

describe('normalizeTitle', () => {
  it.each([
    [' 关于 印发 ', '关于印发'],
    ['２０１２年', '2012年'],
    ['“三结合”', '"三结合"'],
    ['"三结合"', '"三结合"'],
  ])('%s → %s', (input, output) => {
    expect(normalizeTitle(input)).toBe(output);
  });
});

describe('segmentText', () => {
  it('splits a text at its references and keeps every character', () => {
    const text = '见《广东省产业转移目标责任考核评价办法》。';
    const segments = segmentText(text, findCrossRefs(text, index));
    expect(segments.map((s) => [s.text, s.target?.key])).toEqual([
      ['见', undefined],
      ['《广东省产业转移目标责任考核评价办法》', 'documents/banfa'],
      ['。', undefined],
    ]);
  });

  it('returns a text without references as one plain segment', () => {
    expect(segmentText('没有引用', [])).toEqual([{ text: '没有引用' }]);
  });
});
