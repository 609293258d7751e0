import { useProjectFonts } from './fonts.ts';

// Before sharp (and its fontconfig) loads: only the project's npm-packaged font is visible.
useProjectFonts();
const { default: sharp } = await import('sharp');

/**
 * Renders an SVG to PNG at 2× its own size (density 144 = 2 × 72 dpi), with the
 * project's font only. Same SVG → same bytes.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel: 9, adaptiveFiltering: false, palette: false })
    .toBuffer();
}
