import { describe, expect, it } from 'vitest';
import { caseDocuments } from '../../src/lib/cases/case-page.ts';

const notices = [
  { id: 'a-2026-1', data: { title: '关于甲的通知', docNumber: '粤经信园区〔2026〕1号' } },
  { id: 'b-2026-2', data: { title: '关于乙的通知', docNumber: '粤经信园区〔2026〕2号' } },
];

describe('caseDocuments', () => {
  it('cites each related circular by its own title and 发文字号, linked to its page', () => {
    const { related } = caseDocuments({ relatedNotices: ['粤经信园区〔2026〕2号', '粤经信园区〔2026〕1号'], sources: [] }, notices);
    expect(related).toEqual([
      { path: '/notices/b-2026-2/', text: '《关于乙的通知》（粤经信园区〔2026〕2号）' },
      { path: '/notices/a-2026-1/', text: '《关于甲的通知》（粤经信园区〔2026〕1号）' },
    ]);
  });

  it.each([
    ['a source on the site is linked, under the title the source gives', { title: '甲通知（节选）', docNumber: '粤经信园区〔2026〕1号' }, { path: '/notices/a-2026-1/', text: '《甲通知（节选）》（粤经信园区〔2026〕1号）' }],
    ['a source with a 发文字号 not on the site is not linked', { title: '外省文件', docNumber: '某政〔2010〕9号' }, undefined],
    ['a source without a 发文字号 is not linked', { title: '新闻报道' }, undefined],
  ])('%s', (_, source, link) => {
    const { sources } = caseDocuments({ relatedNotices: [], sources: [{ ...source, quote: '原文', note: '说明' }] }, notices);
    expect(sources).toEqual([{ title: source.title, link, quote: '原文', note: '说明' }]);
  });

  it('refuses a related 发文字号 that is not on the site, which the content check should have reported', () => {
    expect(() => caseDocuments({ relatedNotices: ['粤经信园区〔2026〕9号'], sources: [] }, notices)).toThrow('粤经信园区〔2026〕9号');
  });
});
