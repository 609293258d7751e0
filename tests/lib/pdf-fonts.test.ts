/**
 * The PDF's fonts cut down to fixed character sets (src/lib/pdf/subset.ts), and the fallback
 * that keeps every character: a document is printed with the smallest cut that holds all its
 * characters, and one with a character outside every cut with the whole fonts. Printed with
 * Chromium and read back with poppler.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forPdfFonts, KAI_DIR } from '../../src/lib/pdf/fonts.ts';
import { launchPdfBrowser, printPages } from '../../src/lib/pdf/render.ts';
import { makePdfs } from '../../src/lib/pdf/stage.ts';
import { firstUncovered, printCharset, subsetPdfFontDirs, ttcFace } from '../../src/lib/pdf/subset.ts';
import { pdfFonts, pdfPages } from '../helpers/pdf.ts';

/** Two characters of GBK that GB 2312 lacks (a name's 堃 and 喆), both in Noto Serif SC. */
const RARE = '堃喆';
/** A level-2 hanzi of GB 2312 (东莞's 莞), outside the `common` cut. */
const LEVEL_2 = '莞';

describe('the cut-down character set', () => {
  it('holds every hanzi of GB 2312, its symbols, ASCII and the punctuation a 公文 uses', () => {
    const hanzi = [...printCharset()].filter((c) => /\p{Script=Han}/u.test(String.fromCodePoint(c)) && c >= 0x4e00);
    expect(hanzi.length).toBe(6763);
    expect(firstUncovered('关于印发《广东省产业转移工业园认定办法》的通知 粤经信园区〔2012〕68号 — 1 — ①②③ ℃ №1 ＡＢＣ abc 123 ○·…“”‘’（）：；')).toBeUndefined();
  });

  it('names the first character outside it', () => {
    expect(firstUncovered(`张${RARE}同志`)).toBe('堃');
    expect(firstUncovered('𠀀')).toBe('𠀀');
  });

  it('has a smaller cut, `common`: GB 2312’s level-1 hanzi (3,755) and all its symbols, without level 2', () => {
    const hanzi = [...printCharset('common')].filter((c) => /\p{Script=Han}/u.test(String.fromCodePoint(c)) && c >= 0x4e00);
    expect(hanzi.length).toBe(3755);
    expect(firstUncovered('关于印发《广东省产业转移工业园认定办法》的通知 粤经信园区〔2012〕68号 — 1 — ①②③ ℃ №1 ＡＢＣ abc 123 ○·…“”‘’（）：；', 'common')).toBeUndefined();
    expect(firstUncovered(`东${LEVEL_2}市`, 'common')).toBe(LEVEL_2);
    expect(firstUncovered(`东${LEVEL_2}市`, 'gb2312')).toBeUndefined();
  });
});

describe('the stylesheet the PDF build’s Chromium reads', () => {
  it('keeps, of each @font-face, only the local() sources of the PDF’s fonts, in order', () => {
    const css = '@font-face{font-family:"GW FangSong";src:local(FangSong_GB2312),local("仿宋_GB2312"),local(Noto Serif SC Regular),local(NotoSerifSC-Regular),local(Noto Serif CJK SC Regular)}body{color:red}';
    expect(forPdfFonts(css)).toBe('@font-face{font-family:"GW FangSong";src:local(Noto Serif SC Regular),local(NotoSerifSC-Regular)}body{color:red}');
  });

  it('leaves a src alone when none of its fonts is the PDF’s, or when it loads a file', () => {
    const css = '@font-face{font-family:X;src:local(SimSun)}@font-face{font-family:Y;src:url(/y.woff2) format("woff2")}';
    expect(forPdfFonts(css)).toBe(css);
  });
});

describe('one face of a font collection', () => {
  it('becomes a font file of its own with that face’s names (AR PL UKai CN out of ukai.ttc)', () => {
    const whole = readFileSync(path.join(KAI_DIR, 'ukai.ttc'));
    const face = Buffer.from(ttcFace(whole, 0));
    expect(face.readUInt32BE(0)).toBe(0x00010000);
    expect(face.length).toBeLessThan(whole.length);
    expect(face.includes(Buffer.from('UKaiCN', 'utf16le').swap16())).toBe(true);
    expect(face.includes(Buffer.from('UKaiTW', 'utf16le').swap16())).toBe(false);
  });

  it('refuses a file that is no collection', () => {
    expect(() => ttcFace(new Uint8Array(16), 0)).toThrow(/\.ttc/u);
  });
});

describe('printing with the cut-down fonts', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'szy-pdf-fonts-'));
  const cache = path.join(site, '.cache');
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (id: string, text: string) => {
    mkdirSync(path.join(site, id), { recursive: true });
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${id}</title><link rel="stylesheet" href="/style.css"></head><body><p>${text}</p></body></html>`;
    writeFileSync(path.join(site, id, 'index.html'), html);
    return { pagePath: `/${id}/`, html, info: { title: id, author: '示例局', subject: '', keywords: [], sample: false, address: `http://localhost/${id}/` } };
  };
  writeFileSync(path.join(site, 'style.css'), '@page { size: A4; margin: 20mm; } body { font: 16pt "Noto Serif SC"; } p { font-family: "Noto Serif SC"; }');
  const common = page('common', '各地级以上市经济和信息化局：现将有关事项通知如下。');
  const level2 = page('level2', `东${LEVEL_2}市经济和信息化局：现将有关事项通知如下。`);
  const rare = page('rare', `经研究，同意张${RARE}同志的申请。`);

  it('prints each document with the smallest cut that holds it, and one with other characters with the whole fonts, losing none', async () => {
    const { pdfs, wholeFonts, byFonts } = await makePdfs(site, '/', [common, level2, rare], cache);
    expect(byFonts).toEqual({ common: 1, gb2312: 1, whole: 1 });
    expect(wholeFonts).toBe(1);
    for (const [name, pdf] of [['common', pdfs[0]!], ['level2', pdfs[1]!], ['rare', pdfs[2]!]] as const) {
      const file = path.join(site, `${name}.pdf`);
      writeFileSync(file, pdf);
      for (const font of pdfFonts(file)) expect(font.embedded && font.subset, `${name}: ${font.name}`).toBe(true);
    }
    expect(pdfPages(path.join(site, 'common.pdf')).join('')).toContain('各地级以上市经济和信息化局：现将有关事项通知如下。');
    expect(pdfPages(path.join(site, 'level2.pdf')).join('')).toContain(`东${LEVEL_2}市经济和信息化局：现将有关事项通知如下。`);
    expect(pdfPages(path.join(site, 'rare.pdf')).join('')).toContain(`经研究，同意张${RARE}同志的申请。`);
  });

  it('would lose those characters without the fallback (the cut-down fonts lack them)', async () => {
    for (const [cut, doc, lost] of [['gb2312', rare, RARE], ['common', level2, LEVEL_2]] as const) {
      const browser = await launchPdfBrowser(await subsetPdfFontDirs(cache, cut));
      try {
        const [pdf] = await printPages(browser, site, '/', [doc]);
        writeFileSync(path.join(site, `${cut}-cut.pdf`), pdf!);
      } finally {
        await browser.close();
      }
      const text = pdfPages(path.join(site, `${cut}-cut.pdf`)).join('');
      expect(text, cut).toContain(doc === rare ? '经研究，同意张' : '经济和信息化局');
      expect(text, cut).not.toContain(lost);
    }
  });
});
