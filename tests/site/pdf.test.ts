/**
 * The PDF of every circular, bulletin issue and compilation (src/lib/pdf/), read back with
 * poppler as a reader's tools would: tagged, in Chinese, every font embedded, GB/T 9704's page
 * numbers, the signature with its date, the 附件 label. The seed site (the 2012 circular alone)
 * is checked line by line; the real site for what must hold for any content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import { findPdfLink, formatSize, pdfTitle } from '../../src/lib/pdf/link.ts';
import type { Notice } from '../../src/schemas/notices.ts';
import { dist, root } from '../helpers/paths.ts';
import { pageNumber, pdfCatalog, pdfFonts, pdfInfo, pdfPages, pdfStructure } from '../helpers/pdf.ts';
import { seedCircular } from '../helpers/search-fixture.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { seedSite } from '../helpers/sites.ts';

/** The fonts the PDFs may embed (src/lib/pdf/fonts.ts), by PostScript name. */
const PROJECT_FONTS = /^[A-Z]{6}\+(NotoSerifSC-Regular|NotoSerifSC-Black|NotoSansSC-Medium|UKaiCN)$/u;

/** Every page of a site that links a PDF, with the link and the file. */
function linkedPdfs(outDir: string) {
  return htmlFiles(outDir).flatMap((page) => {
    const link = findPdfLink(readFileSync(path.join(outDir, page), 'utf8').replace(/<span class="pdf-size">[^<]*<\/span>/u, '<span class="pdf-size"></span>'));
    return link ? [{ page, ...link, file: path.join(outDir, link.href.slice(1)) }] : [];
  });
}

/** What every PDF must be, whatever its document. */
function checkPdf(file: string, info: { title: string; sample: boolean }) {
  const meta = pdfInfo(file);
  expect(meta.Tagged, file).toBe('yes');
  expect(meta['Page size'], file).toContain('(A4)');
  expect(meta.Title, file).toBe(pdfTitle(info as Parameters<typeof pdfTitle>[0]));
  expect(meta.CreationDate, file).toContain('2000');
  expect(pdfCatalog(file)).toEqual({ lang: 'zh-CN', outline: true });
  for (const font of pdfFonts(file)) {
    expect(font.embedded, `${file}: ${font.name}`).toBe(true);
    expect(font.name, file).toMatch(PROJECT_FONTS);
    expect(font.subset, `${file}: ${font.name}`).toBe(true);
  }
  const pages = pdfPages(file);
  expect(pages.length).toBe(Number(meta.Pages));
  // Every page but a blank one carries its number, — N —, as GB/T 9704 §7.5 writes it.
  pages.forEach((text, i) => {
    if (text !== '') expect(text, `${file}, page ${i + 1}`).toContain(pageNumber(i + 1));
  });
  if (info.sample) expect(pages.join(''), file).toContain('示例');
  return pages;
}

describe('the seed circular’s PDF (seed fixture site)', () => {
  const notice = readEntries({ root, contentDir: seedSite.contentDir }).entries.find((e) => e.id === seedCircular.id)!.data as Notice;
  const file = path.join(seedSite.outDir, `notices/${seedCircular.id}.pdf`);

  it('is linked from the page as 下载PDF with its size, and stays within 1 MB', () => {
    const $ = readPage(`notices/${seedCircular.id}/index.html`, seedSite.outDir);
    const link = $('a[data-szy-pdf]');
    expect(link.attr('href')).toBe(`/notices/${seedCircular.id}.pdf`);
    expect(link.text()).toBe(`下载PDF（${formatSize(statSync(file).size)}）`);
    expect(statSync(file).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('is tagged, in Chinese, with an outline and the document’s metadata (发文机关, 发文字号, address)', () => {
    checkPdf(file, { title: notice.title, sample: notice.sample });
    const meta = pdfInfo(file);
    expect(meta.Author).toBe(notice.issuer);
    expect(meta.Keywords).toContain(notice.docNumber);
    expect(meta.Subject).toBe(notice.description);
    expect(meta.Creator).toBe(`http://localhost:4321/notices/${seedCircular.id}/`);
    const tags = new Set(pdfStructure(file).split('\n').map((line) => line.trim().split(/[\s:]/u)[0]));
    for (const tag of ['H1', 'H2', 'H3', 'P', 'Table', 'TH', 'TD']) expect(tags, tag).toContain(tag);
  });

  it('keeps the signature and its date together on one page, after text of the body', () => {
    const pages = pdfPages(file);
    const signature = `${notice.issuer}${notice.signedOnPrinted}`;
    const on = pages.filter((text) => text.includes(signature));
    expect(on).toHaveLength(1);
    // Not alone at the top of a page: the body's last lines stand above it.
    expect(on[0]!.indexOf(signature)).toBeGreaterThan(20);
  });

  it('starts each attachment on a new page under the label 附件', () => {
    const pages = pdfPages(file);
    expect(notice.attachments.length).toBeGreaterThan(0);
    notice.attachments.forEach((attachment, i) => {
      const label = notice.attachments.length > 1 ? `附件${i + 1}` : '附件';
      expect(pages.filter((text) => text.startsWith(`${label}${attachment.title.replace(/\s+/gu, '')}`)), attachment.title).toHaveLength(1);
    });
  });

  it('repeats the table’s header row on every page the table runs over', () => {
    const pages = pdfPages(file);
    // The seed's one table: header cells 序号, 工作事项, 进度安排 (序号 is nowhere else in the text);
    // its first row's number and first cell, and its last row's number.
    const first = pages.findIndex((text) => text.includes('序号'));
    const last = pages.findIndex((text) => /18与省社科院共同编写/u.test(text));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last, 'the table runs over more than one page').toBeGreaterThan(first);
    for (const text of pages.slice(first, last + 1)) for (const cell of ['序号', '工作事项', '进度安排']) expect(text).toContain(cell);
  });
});

describe('the real site’s PDFs (any content)', () => {
  const pdfs = existsSync(path.join(dist, 'index.html')) ? linkedPdfs(dist) : [];
  const { entries } = readEntries({ root });
  const documents = entries.filter((e) => ['notices', 'bulletins', 'compilations'].includes(e.collection));

  it('has one PDF for every circular, bulletin issue and compilation, linked with its size', () => {
    expect(pdfs.map((p) => p.page).sort()).toEqual(documents.map((e) => `${e.collection}/${e.id}/index.html`).sort());
    for (const pdf of pdfs) {
      const $ = readPage(pdf.page);
      expect($('a[data-szy-pdf]').text(), pdf.page).toBe(`下载PDF（${formatSize(statSync(pdf.file).size)}）`);
    }
    const files = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.pdf'));
    expect(files).toHaveLength(pdfs.length);
  });

  const issue = pdfs.find((p) => p.page.startsWith('bulletins/'));
  it.skipIf(!issue)('prints a bulletin issue tagged, every font embedded, every page numbered, 示例 when a sample', () => {
    checkPdf(issue!.file, issue!.info);
  });

  it.each(pdfs.filter((p) => p !== issue).map((p) => [p.page, p] as const))('%s: its PDF holds the same promises', (_, pdf) => {
    checkPdf(pdf.file, pdf.info);
  });
});
