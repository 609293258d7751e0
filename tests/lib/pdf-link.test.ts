import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishPdf, renumberNodeIds } from '../../src/lib/pdf/finish.ts';
import { findPdfLink, formatSize, pdfPathOf, pdfTitle, withPdfSize, type PdfInfo } from '../../src/lib/pdf/link.ts';
import { pdfInfo, pdfPages } from '../helpers/pdf.ts';

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

/** The one page's content stream. */
const PAGE_TEXT = 'BT /F1 12 Tf 72 720 Td (Page one) Tj ET';

/**
 * A PDF laid out as Chromium's Skia backend writes one: its Info dictionary first (object 1, with
 * the clock's time), a plain cross-reference table, a trailer without an ID; `title` is the page's.
 */
function chromiumLikePdf(title: string, clock: string): Buffer {
  const objects = [
    `<</Title (${title})\n/Creator (Mozilla/5.0 HeadlessChrome/156)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${clock}+00'00')\n/ModDate (D:${clock}+00'00')>>`,
    '<</Type /Catalog\n/Pages 3 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (zh-CN)>>',
    '<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>',
    '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n/Resources <</Font <</F1 5 0 R>>>>\n/Contents 6 0 R>>',
    '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>',
    `<</Length ${PAGE_TEXT.length}>>\nstream\n${PAGE_TEXT}\nendstream`,
  ];
  let out = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Whether every object the cross-reference table lists starts where the table says. */
function offsetsValid(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const xref = Number(/startxref\n(\d+)/u.exec(text)![1]);
  const [, count] = /^xref\n0 (\d+)\n/u.exec(text.slice(xref))!;
  const table = xref + `xref\n0 ${count}\n`.length;
  return Array.from({ length: Number(count) }, (_, n) => text.slice(table + 20 * n, table + 20 * n + 20)).every((entry, n) => entry.endsWith('f \n') || text.startsWith(`${n} 0 obj`, Number(entry.slice(0, 10))));
}

describe('finishPdf', () => {
  it('writes the document’s metadata and fixed dates in place of Chromium’s, the file still whole to poppler', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-finish-'));
    try {
      const early = Buffer.from(finishPdf(chromiumLikePdf('page title - site', '20261202154040'), info));
      const late = Buffer.from(finishPdf(chromiumLikePdf('page title - site', '20270315081500'), info));
      expect(early.equals(late), 'the clock leaves no trace').toBe(true);
      expect(offsetsValid(early)).toBe(true);
      const file = path.join(dir, 'a.pdf');
      writeFileSync(file, early);
      const meta = pdfInfo(file);
      expect(meta).toMatchObject({ Title: '【示例】关于“示例”的通知', Author: '示例局', Subject: '摘要 & 说明', Keywords: '示例〔2012〕1号', Creator: info.address, Pages: '1' });
      expect(meta.CreationDate).toContain('2000');
      expect(meta.ModDate).toContain('2000');
      expect(early.toString('latin1')).not.toMatch(/HeadlessChrome|2026/u);
      expect(pdfPages(file)).toEqual(['Pageone']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, in Chinese, a file not laid out as Chromium writes it rather than write a broken one', () => {
    const pdf = chromiumLikePdf('t', '20261202154040').toString('latin1');
    expect(() => finishPdf(Buffer.from(pdf.replace('/Lang (zh-CN)', '/Lang (en-US)'), 'latin1'), info)).toThrow(/Lang/u);
    expect(() => finishPdf(Buffer.from(pdf.replace(/startxref\n\d+/u, 'startxref\n12'), 'latin1'), info)).toThrow(/交叉引用表/u);
    expect(() => finishPdf(Buffer.from(`${pdf}% an update\n${pdf.slice(pdf.indexOf('trailer'))}`, 'latin1'), info)).toThrow(/增量更新|文件尾/u);
  });
});
