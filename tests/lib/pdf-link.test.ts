import { describe, expect, it } from 'vitest';
import { renumberNodeIds } from '../../src/lib/pdf/finish.ts';
import { findPdfLink, formatSize, pdfPathOf, pdfTitle, withPdfSize, type PdfInfo } from '../../src/lib/pdf/link.ts';

const info: PdfInfo = { title: '关于“示例”的通知', author: '示例局', subject: '摘要 & 说明', keywords: ['示例〔2012〕1号'], sample: true, address: 'http://localhost:4321/notices/a/' };
const escapeAttribute = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');
const page = `<p><a href="/x/notices/a.pdf" download data-szy-pdf="${escapeAttribute(JSON.stringify(info))}">下载PDF<span class="pdf-size"></span></a></p>`;

describe('the 下载PDF link', () => {
  it.each([
    ['/notices/abc/', '/notices/abc.pdf'],
    ['/base/bulletins/2012-01/', '/base/bulletins/2012-01.pdf'],
    ['/compilations/x/index.html', '/compilations/x.pdf'],
  ])('puts the PDF of %s at %s', (page, pdf) => expect(pdfPathOf(page)).toBe(pdf));

  it.each([
    [900, '1 KB'],
    [310_000, '303 KB'],
    [1_300_000, '1.2 MB'],
  ])('writes %i bytes as %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));

  it('reads the metadata back from the built page, entities and all, and writes the size in', () => {
    expect(findPdfLink(page)).toEqual({ href: '/x/notices/a.pdf', info });
    expect(withPdfSize(page, 310_000)).toContain('下载PDF<span class="pdf-size">（303 KB）</span></a>');
    expect(findPdfLink('<a href="/a.pdf">下载</a>')).toBeUndefined();
  });

  it('marks a sample’s PDF title 示例', () => {
    expect(pdfTitle(info)).toBe('【示例】关于“示例”的通知');
    expect(pdfTitle({ ...info, sample: false })).toBe('关于“示例”的通知');
  });
});

describe('renumberNodeIds', () => {
  const pdf = (ids: number[]) => Buffer.from(`/ID (node${String(ids[0]).padStart(8, '0')})\n/Names [ ${ids.map((id) => `(node${String(id).padStart(8, '0')}) 1 0 R`).join(' ')} ]`, 'latin1');

  it('gives the same bytes whatever numbers the renderer process handed out, in the same order and length', () => {
    const early = Buffer.from(renumberNodeIds(pdf([228, 229, 230])));
    const late = Buffer.from(renumberNodeIds(pdf([487, 488, 1230])));
    expect(early.equals(late)).toBe(true);
    expect(early.toString('latin1')).toBe('/ID (node00000001)\n/Names [ (node00000001) 1 0 R (node00000002) 1 0 R (node00000003) 1 0 R ]');
    expect(early.length).toBe(pdf([228, 229, 230]).length);
  });
});
