import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY, fontConfigXml, projectFontFile } from '../../src/lib/png/fonts.ts';
import { inkMask, inkOverlap, renderInChild } from '../helpers/png.ts';

// The proof does not depend on the machine's fonts: the project's renderer sees only
// the npm-packaged font, the "tofu" renderer sees no font at all, and the reference
// is the glyph's outline read straight from the TTF and drawn as a path (no text).
const chars = ['产', '业', '转', '移', '园'] as const;
const size = 160;
const frame = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="#fff"/>${inner}</svg>`;
const textSvg = (ch: string) => frame(`<text x="20" y="165" font-family="${FONT_FAMILY}" font-size="${size}" fill="#000">${ch}</text>`);

let project: Awaited<ReturnType<typeof inkMask>>[];
let tofu: Awaited<ReturnType<typeof inkMask>>[];
let outline: Awaited<ReturnType<typeof inkMask>>[];

beforeAll(async () => {
  const buffer = readFileSync(projectFontFile('Regular'));
  const font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  const outlineSvgs = chars.map((ch) => frame(`<path d="${font.getPath(ch, 20, 165, size).toPathData(3)}" fill="#000"/>`));
  const texts = chars.map(textSvg);
  const [projectPngs, tofuPngs, outlinePngs] = [renderInChild(texts, 'project'), renderInChild(texts, 'none'), renderInChild(outlineSvgs, 'project')];
  project = await Promise.all(projectPngs.map(inkMask));
  tofu = await Promise.all(tofuPngs.map(inkMask));
  outline = await Promise.all(outlinePngs.map(inkMask));
});

describe('PNG text rendering with the npm-packaged font', () => {
  it.each(chars.map((ch, i) => [ch, i] as const))('draws %s as the font’s own glyph outline', (_ch, i) => {
    expect(inkOverlap(project[i]!.ink, outline[i]!.ink)).toBeGreaterThan(0.85);
  });

  it.each(chars.map((ch, i) => [ch, i] as const))('does not draw %s as the missing-glyph box', (_ch, i) => {
    // The check itself can fail: the no-font rendering really is far from the glyph.
    expect(inkOverlap(tofu[i]!.ink, outline[i]!.ink)).toBeLessThan(0.5);
    expect(inkOverlap(project[i]!.ink, tofu[i]!.ink)).toBeLessThan(0.5);
  });

  it('draws different characters differently', () => {
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j < chars.length; j++) expect(inkOverlap(project[i]!.ink, project[j]!.ink)).toBeLessThan(0.6);
    }
  });
});

describe('fontConfigXml', () => {
  it('lists only the given folders, no system folders or includes', () => {
    const xml = fontConfigXml(['/a/fonts'], '/tmp/cache');
    expect(xml).toContain('<dir>/a/fonts</dir>');
    expect(xml.match(/<dir>/gu)).toHaveLength(1);
    expect(xml).not.toMatch(/<include|\/usr\/share\/fonts/u);
  });
});
