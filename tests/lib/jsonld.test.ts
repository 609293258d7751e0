import { describe, expect, it } from 'vitest';
import { circularLd, sampleLd } from '../../src/lib/feeds/jsonld.ts';

const circular = { title: '关于示意的通知', url: 'https://example.gov.cn/notices/a/', issuer: '示意机关', bodyStatus: '全文' };

describe('circularLd', () => {
  it.each([
    ['every fact known', { docNumber: '粤经信园区〔2026〕1号', signedOn: '2026-03-23', publishedAt: '2026-03-24 09:00' }, { legislationIdentifier: '粤经信园区〔2026〕1号', legislationDate: '2026-03-23', datePublished: '2026-03-24T09:00+08:00' }],
    ['发文字号 and 发布时间 declared unknown: left out, no placeholder', { signedOn: '2010-03-23' }, { legislationDate: '2010-03-23' }],
    ['成文日期 known only to the month', { signedOn: '2009-05' }, { legislationDate: '2009-05' }],
  ])('%s', (_, facts, expected) => {
    const data = circularLd({ ...circular, ...facts });
    for (const key of ['legislationIdentifier', 'legislationDate', 'datePublished']) {
      if (key in expected) expect(data[key], key).toBe(expected[key as keyof typeof expected]);
      else expect(data, key).not.toHaveProperty(key);
    }
    expect(JSON.stringify(data)).not.toMatch(/不详|未载明|undefined/u);
  });
});

describe('sampleLd', () => {
  it('types a sample circular as a plain work marked 示例, with no identifier of an official document', () => {
    const data = sampleLd(circularLd({ ...circular, docNumber: '粤经信园区〔2026〕1号', signedOn: '2026-03-23' }));
    expect(data['@type']).toBe('CreativeWork');
    expect(data.name).toBe('关于示意的通知（示例）');
    expect(Object.keys(data).filter((k) => k.startsWith('legislation'))).toEqual([]);
  });
});
