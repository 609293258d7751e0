/**
 * The fonts the PDF build's Chromium may use, and nothing else: a fontconfig file listing only
 * these folders (the same technique as the PNG renderer, ../png/fonts.ts), so a PDF is the same on
 * every machine and embeds only fonts free to redistribute (SIL OFL, Arphic Public License).
 * src/styles/print.css names them as the stand-ins for the faces GB/T 9704 prescribes:
 *
 * | face | stand-in | from |
 * | 小标宋 (titles) | Noto Serif SC Black | npm @expo-google-fonts/noto-serif-sc |
 * | 仿宋 (body) | Noto Serif SC Regular | npm @expo-google-fonts/noto-serif-sc |
 * | 黑体 (一、 headings, 附件) | Noto Sans SC Medium | npm @expo-google-fonts/noto-sans-sc |
 * | 楷体 （一） headings | AR PL UKai CN | Debian fonts-arphic-ukai |
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where Debian's fonts-arphic-ukai puts AR PL UKai (PDF_KAI_DIR overrides). */
export const KAI_DIR = process.env.PDF_KAI_DIR ?? '/usr/share/fonts/truetype/arphic';

/** The PDF's font files (`face`: the one face of a collection the PDF uses, AR PL UKai CN). */
export function pdfFontFiles(): { file: string; face?: number }[] {
  const serif = path.dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  const sans = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return [
    { file: path.join(serif, '400Regular', 'NotoSerifSC_400Regular.ttf') },
    { file: path.join(serif, '900Black', 'NotoSerifSC_900Black.ttf') },
    { file: path.join(sans, '500Medium', 'NotoSansSC_500Medium.ttf') },
    { file: path.join(KAI_DIR, 'ukai.ttc'), face: 0 },
  ];
}

/** The folders of the PDF's whole fonts. */
export function pdfFontDirs(): string[] {
  return pdfFontFiles().map((font) => path.dirname(font.file));
}

/** The names the PDF's fonts answer to in a stylesheet's local() (full and PostScript names). */
export const PDF_FONT_NAMES: ReadonlySet<string> = new Set(['Noto Serif SC Regular', 'NotoSerifSC-Regular', 'Noto Serif SC Black', 'NotoSerifSC-Black', 'Noto Sans SC Medium', 'NotoSansSC-Medium', 'AR PL UKai CN', 'UKaiCN']);

/**
 * A stylesheet as the PDF build's Chromium needs it: each @font-face `src` keeps only the local()
 * sources of the PDF's fonts. The others name fonts that browser cannot see (an office's
 * 仿宋_GB2312…), so the result is the same; but Chromium asks for each of them again for every
 * document, about 1.5 ms a name (measured in a trace: ~45 ms of a circular's printing).
 */
export function forPdfFonts(css: string): string {
  return css.replace(/(src\s*:\s*)([^;}]*)/gu, (whole, prop: string, list: string) => {
    const sources = list.split(',').map((s) => s.trim());
    const kept = sources.filter((s) => {
      const local = /^local\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)$/u.exec(s);
      return !local || PDF_FONT_NAMES.has((local[1] ?? local[2] ?? local[3] ?? '').trim());
    });
    return kept.length === 0 || kept.length === sources.length ? whole : `${prop}${kept.join(',')}`;
  });
}

/** What is missing to print PDFs, in Chinese, or undefined when all is there. */
export function missingPdfFonts(): string | undefined {
  if (!existsSync(path.join(KAI_DIR, 'ukai.ttc'))) return `缺少楷体字体 AR PL UKai（${KAI_DIR}/ukai.ttc）：请安装 Debian 软件包 fonts-arphic-ukai（sudo apt-get install fonts-arphic-ukai）`;
  return undefined;
}

/** A digest of the fonts' versions, for the PDF cache's key (a font update remakes every PDF). */
export function pdfFontsVersion(): string {
  const versions = ['@expo-google-fonts/noto-serif-sc', '@expo-google-fonts/noto-sans-sc'].map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`);
  const kai = path.join(KAI_DIR, 'ukai.ttc');
  return [...versions, existsSync(kai) ? `ukai:${readFileSync(kai).subarray(0, 256).toString('hex')}` : 'no-ukai'].join('|');
}
