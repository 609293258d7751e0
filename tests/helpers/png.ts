import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { root } from './paths.ts';

/**
 * Renders SVGs to PNG in a fresh process. fonts: 'project' uses the project's
 * own set-up (the npm-packaged font only); 'none' gives the renderer an empty
 * font folder, which is what a missing glyph ("tofu") looks like on any machine.
 */
export function renderInChild(svgs: string[], fonts: 'project' | 'none', scale = 2): Buffer[] {
  const env: Record<string, string | undefined> = { ...process.env };
  if (fonts === 'none') env.PNG_FONT_DIRS = mkdtempSync(path.join(os.tmpdir(), 'szy-nofonts-'));
  else delete env.PNG_FONT_DIRS;
  const result = spawnSync(process.execPath, [path.join(root, 'tests/helpers/render-png.ts'), String(scale)], {
    input: JSON.stringify(svgs),
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`PNG child failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as string[]).map((b64) => Buffer.from(b64, 'base64'));
}

/** Ink mask of a PNG: true where a pixel is dark (luminance < 128). */
export async function inkMask(png: Buffer): Promise<{ width: number; height: number; ink: boolean[] }> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, ink: Array.from(data, (v) => v < 128) };
}

/** Intersection over union of two ink masks of the same size: 1 = the same shapes, 0 = nothing in common. */
export function inkOverlap(a: boolean[], b: boolean[]): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) both++;
    if (a[i] || b[i]) either++;
  }
  return either === 0 ? 1 : both / either;
}
