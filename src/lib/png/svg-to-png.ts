import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useProjectFonts } from './fonts.ts';
import { openPngCache, pngCacheDir } from './png-cache.ts';

// Before sharp (and its fontconfig) loads: only the project's npm-packaged font is visible.
const fontConfig = useProjectFonts();
const { default: sharp } = await import('sharp');

// What a PNG's bytes depend on besides the SVG: sharp and libvips, the fonts it can see.
const fontPackage = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'), 'utf8')) as { version: string };
const renderer = `sharp ${sharp.versions.sharp ?? ''} vips ${sharp.versions.vips}; png level 6; fonts ${readFileSync(fontConfig, 'utf8')} ${fontPackage.version}`;
let cache: ReturnType<typeof openPngCache> | undefined;

/**
 * Renders an SVG to PNG at 2× its own size (density 144 = 2 × 72 dpi), with the
 * project's font only. Same SVG → same bytes.
 *
 * zlib level 6, not 9: measured on Open Graph images (1200×630), level 9 took 59 ms an image
 * against 17 ms at level 6, for files only 3 % smaller. One image is made for every page,
 * so this is most of the build time a large site adds over bare Astro (docs/benchmarks.md).
 */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel: 6, adaptiveFiltering: false, palette: false })
    .toBuffer();
}

/**
 * svgToPng through the PNG cache (src/lib/png/png-cache.ts): an image whose SVG is
 * unchanged since the last build is read back instead of rendered. Same bytes either way.
 */
export function svgToPngCached(svg: string, scale = 2): Promise<Buffer> {
  cache ??= openPngCache(pngCacheDir(), renderer);
  return cache.get(svg, scale, () => svgToPng(svg, scale));
}
