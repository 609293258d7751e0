import QRCode from 'qrcode';

/**
 * A QR code of a page's public address as inline SVG, drawn at build time (node-qrcode:
 * the widely used, dependency-light encoder), so sharing a page to a phone needs no
 * third-party service. Error correction M survives a smudged print; the SVG carries an
 * accessible name and no style attribute (the CSP allows none).
 * @example await qrSvg('https://www.example.gov.cn/notices/x/') // '<svg … role="img" aria-label="…">…</svg>'
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const escaped = label.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr-code" `).trim();
}
