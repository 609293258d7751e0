import { FONT_FAMILY } from '../png/fonts.ts';
import { site } from '../../site.ts';
import { wrapLabel } from '../charts/wrap.ts';
import type { OgPage } from './pages.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Title size in px; titles wrap at 17 em and take at most 3 lines. */
export const OG_TITLE_SIZE = 60;

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** The Open Graph image of a page as SVG (1200×630), text in the project's font. */
export function ogSvg(page: Pick<OgPage, 'title' | 'kicker'>): string {
  let lines = wrapLabel(page.title, 17);
  if (lines.length > 3) lines = [...lines.slice(0, 2), `${lines[2]!.slice(0, -1)}…`];
  const top = 250 - (lines.length - 1) * 38;
  const title = lines
    .map((line, i) => `<text x="80" y="${top + i * OG_TITLE_SIZE * 1.3}" font-size="${OG_TITLE_SIZE}" font-weight="700" fill="#111111">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_FAMILY}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${OG_WIDTH}" height="16" fill="#a4262c"/>`,
    `<text x="80" y="120" font-size="32" fill="#a4262c">${escapeXml(page.kicker)}</text>`,
    title,
    `<text x="80" y="560" font-size="30" fill="#444444">${escapeXml(site.name)} · ${escapeXml(site.tagline)}</text>`,
    '</svg>',
  ].join('\n');
}
