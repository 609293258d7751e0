/**
 * The PDF fonts cut down beforehand to fixed character sets. A document's cost in Chromium grows
 * with the file size of the fonts it uses, not with the characters it uses (by all signs the
 * print path copies each used font's whole file into the document's print data, from which a new
 * process composes the PDF): with the four whole CJK fonts (10–17 MB each) that was the largest
 * single part of it (README: 打印与 PDF). Two cuts, made once per font version and cached in the
 * PDF stage's cache folder, print the same glyphs: for a character in a cut's set a cut-down font
 * has exactly the whole font's coverage and layout features.
 *
 * - `common`: ASCII, Latin-1, the punctuation and symbol blocks a 公文 uses, GB 2312's symbols and
 *   its 3,755 level-1 hanzi (常用字), about 1.5–2.4 MB a font; most documents need nothing else.
 * - `gb2312`: the same with GB 2312's 3,008 level-2 hanzi too, about 2.5–4.6 MB a font.
 *
 * A document is printed with the smallest cut that holds every character of its page and of the
 * stylesheets, and one with any character outside both with the whole fonts (./stage.ts), so no
 * character is ever lost.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { pdfFontFiles, pdfFontsVersion } from './fonts.ts';

const require = createRequire(import.meta.url);

/** Bump when the character set or the way fonts are cut changes. */
const SUBSET_VERSION = 'subset-2';

/** Unicode blocks kept whole besides GB 2312: Latin-1, punctuation, letterlike and number forms (Ⅰ, ℃), arrows, maths, ①, box drawing and shapes, CJK punctuation, full-width forms. */
const BLOCKS: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x2100, 0x22ff],
  [0x2460, 0x24ff],
  [0x2500, 0x25ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

/** The cut-down font sets, smallest first. */
export const FONT_CUTS = ['common', 'gb2312'] as const;
export type FontCut = (typeof FONT_CUTS)[number];

const charsets = new Map<FontCut, Set<number>>();

/** GB 2312's level-2 hanzi (次常用字) start at row 56 (0xD8); rows 1–9 hold its symbols, 16–55 its level-1 hanzi. */
const LEVEL_2_ROW = 0xd8;

/**
 * The characters a cut keeps: the blocks above and the characters of GB 2312 (`common`: its
 * symbols and level-1 hanzi; `gb2312`: all 6,763 hanzi and 682 symbols), read through the WHATWG
 * gbk decoder, whose table is fixed, plus tab, line feed and carriage return, which an HTML file
 * has and no font draws.
 */
export function printCharset(cut: FontCut = 'gb2312'): ReadonlySet<number> {
  const known = charsets.get(cut);
  if (known) return known;
  const set = new Set<number>([0x09, 0x0a, 0x0d]);
  for (const [from, to] of BLOCKS) for (let c = from; c <= to; c++) set.add(c);
  const gbk = new TextDecoder('gbk');
  for (let row = 0xa1; row <= (cut === 'common' ? LEVEL_2_ROW - 1 : 0xf7); row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const c = gbk.decode(new Uint8Array([row, cell]));
      // Unassigned GB 2312 cells decode to GBK's user-defined area (U+E000…); those are not kept.
      if (c !== '\ufffd' && !/\p{Co}/u.test(c)) set.add(c.codePointAt(0)!);
    }
  }
  charsets.set(cut, set);
  return set;
}

/** The first character of `text` outside a cut's set, or undefined when all are in it. */
export function firstUncovered(text: string, cut: FontCut = 'gb2312'): string | undefined {
  const set = printCharset(cut);
  for (const ch of text) if (!set.has(ch.codePointAt(0)!)) return ch;
  return undefined;
}

/**
 * One face of a TrueType collection (.ttc) as a font file of its own: the face's table directory
 * with its tables copied after it (4-byte aligned), checksums kept.
 */
export function ttcFace(ttc: Uint8Array, index: number): Uint8Array {
  const data = Buffer.from(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (data.toString('latin1', 0, 4) !== 'ttcf') throw new Error('不是 TrueType 字体集（.ttc）文件');
  if (index >= data.readUInt32BE(8)) throw new Error(`字体集没有第 ${index} 个字体`);
  const start = data.readUInt32BE(12 + 4 * index);
  const count = data.readUInt16BE(start + 4);
  const tables = Array.from({ length: count }, (_, i) => {
    const record = start + 12 + 16 * i;
    return { record, offset: data.readUInt32BE(record + 8), length: data.readUInt32BE(record + 12) };
  });
  const headerSize = 12 + 16 * count;
  const out = Buffer.alloc(tables.reduce((size, t) => size + ((t.length + 3) & ~3), headerSize));
  data.copy(out, 0, start, start + 12);
  let at = headerSize;
  tables.forEach((t, i) => {
    data.copy(out, 12 + 16 * i, t.record, t.record + 8);
    out.writeUInt32BE(at, 12 + 16 * i + 8);
    out.writeUInt32BE(t.length, 12 + 16 * i + 12);
    data.copy(out, at, t.offset, t.offset + t.length);
    at += (t.length + 3) & ~3;
  });
  return out;
}

/** An installed package's version (from the package.json above its entry point: harfbuzzjs exports no package.json). */
function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** What the cut-down fonts are made from: the whole fonts, the character set, harfbuzz. */
export function subsetFontsVersion(): string {
  return `${SUBSET_VERSION}|${pdfFontsVersion()}|subset-font@${packageVersion('subset-font')}|harfbuzzjs@${packageVersion('harfbuzzjs')}`;
}

/**
 * The folders of a cut's fonts, one a font, under `cacheDir` (made on first use, 0.3–0.5 s of CPU
 * for the four, and kept while the fonts and the sets are the same; older cuts removed).
 */
export async function subsetPdfFontDirs(cacheDir: string, cut: FontCut = 'gb2312'): Promise<string[]> {
  const key = createHash('sha256').update(subsetFontsVersion()).digest('hex').slice(0, 16);
  const current = new Set(FONT_CUTS.map((c) => `fonts-${c}-${key}`));
  const folder = path.join(cacheDir, `fonts-${cut}-${key}`);
  const files = pdfFontFiles();
  const dirs = files.map((_, i) => path.join(folder, String(i)));
  if (!existsSync(path.join(folder, 'done'))) {
    if (existsSync(cacheDir)) for (const name of readdirSync(cacheDir)) if (name.startsWith('fonts-') && !current.has(name)) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
    const text = String.fromCodePoint(...printCharset(cut));
    for (const [i, font] of files.entries()) {
      const whole = readFileSync(font.file);
      const source = font.face === undefined ? whole : ttcFace(whole, font.face);
      const cutDown = await subsetFont(Buffer.from(source), text, { targetFormat: 'truetype' });
      mkdirSync(dirs[i]!, { recursive: true });
      // Written under another name first, so a build stopped halfway leaves no broken font.
      const out = path.join(dirs[i]!, `${path.basename(font.file).replace(/\.tt[cf]$/u, '')}.ttf`);
      writeFileSync(`${out}.tmp`, cutDown);
      renameSync(`${out}.tmp`, out);
    }
    writeFileSync(path.join(folder, 'done'), `${subsetFontsVersion()}\n`);
  }
  return dirs;
}
