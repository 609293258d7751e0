import { describe, expect, it } from 'vitest';
import { citedCells, datasetDownloads, periodYear, sourceAddress } from '../../src/lib/datasets/page.ts';

describe('datasetDownloads', () => {
  it.each([
    [false, ['XLSX', 'CSV', 'JSON']],
    [true, ['XLSX', 'CSV', 'JSON', 'SVG', 'PNG']],
  ])('a dataset with a chart: %s → %j', (hasChart, labels) => {
    const downloads = datasetDownloads('park-output', hasChart);
    expect(downloads.map((d) => d.label)).toEqual(labels);
    expect(downloads.map((d) => d.href)).toEqual(labels.map((l) => `/data/park-output.${l.toLowerCase()}`));
  });
});

describe('citedCells', () => {
  it('lists only the cells with a source, numbering rows from 1 and naming their column', () => {
    const cells = citedCells({
      headings: ['城市', '产值（亿元）'],
      rows: [
        [{ text: '河源' }, { text: '20.0', source: '产值20.0亿元' }],
        [{ text: '梅州' }, { text: '12.6', source: '推算：20.0 − 7.4', derived: true }],
      ],
    });
    expect(cells).toEqual([
      { row: 1, heading: '产值（亿元）', text: '20.0', source: '产值20.0亿元', derived: false },
      { row: 2, heading: '产值（亿元）', text: '12.6', source: '推算：20.0 − 7.4', derived: true },
    ]);
  });
});

describe('sourceAddress', () => {
  it.each([
    [undefined, '/', '/notices/a/'],
    [undefined, '/szy/', '/szy/notices/a/'],
    ['https://example.gov.cn', '/szy/', 'https://example.gov.cn/szy/notices/a/'],
  ])('origin %s, base %s → %s', (origin, base, expected) => {
    expect(sourceAddress('a', origin, base)).toBe(expected);
  });
});

describe('periodYear', () => {
  it.each([
    ['2011年', '2011'],
    ['2011年1—6月', '2011'],
    ['“十二五”期间', undefined],
  ])('%s → %s', (period, year) => {
    expect(periodYear(period)).toBe(year);
  });
});
