import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The font family every chart and Open Graph image names; it comes from npm, not the system. */
export const FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);

/** Folders (inside node_modules) holding the project's TTF files, regular and bold. */
export function projectFontDirs(): string[] {
  const pkg = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return ['400Regular', '700Bold'].map((weight) => path.join(pkg, weight));
}

/** The TTF file of one weight, for tools that read the font directly (tests). */
export function projectFontFile(weight: 'Regular' | 'Bold' = 'Regular'): string {
  const dir = projectFontDirs()[weight === 'Regular' ? 0 : 1]!;
  return path.join(dir, `NotoSansSC_${weight === 'Regular' ? 400 : 700}${weight}.ttf`);
}

/**
 * A fontconfig file that lists ONLY the given folders: no system font folders,
 * no conf.d aliases. With FONTCONFIG_FILE pointing at it, librsvg (inside sharp)
 * can only find the project's own fonts, so a PNG looks the same on a machine
 * with or without CJK system fonts.
 */
export function fontConfigXml(dirs: readonly string[], cacheDir: string): string {
  const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((dir) => `  <dir>${escape(dir)}</dir>`),
    `  <cachedir>${escape(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes the fontconfig file and points FONTCONFIG_FILE at it. Must run before
 * sharp renders its first text (fontconfig reads the variable once per process).
 * PNG_FONT_DIRS (path-separated) replaces the font folders: tests use it to get
 * a known no-font ("tofu") rendering to compare against.
 */
export function useProjectFonts(): string {
  const dirs = process.env.PNG_FONT_DIRS !== undefined ? process.env.PNG_FONT_DIRS.split(path.delimiter).filter(Boolean) : projectFontDirs();
  const folder = path.join(os.tmpdir(), `szy-fontconfig-${process.getuid?.() ?? 0}`);
  const key = Buffer.from(dirs.join('|')).toString('base64url').slice(-40);
  mkdirSync(path.join(folder, 'cache'), { recursive: true });
  const file = path.join(folder, `fonts-${key}.conf`);
  writeFileSync(file, fontConfigXml(dirs, path.join(folder, 'cache')));
  process.env.FONTCONFIG_FILE = file;
  return file;
}
