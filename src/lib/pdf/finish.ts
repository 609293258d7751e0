/**
 * After Chromium: the PDF's metadata and fixed dates, so two builds of the same commit give the
 * same bytes. Chromium (Skia) writes an Info dictionary (object 1, at the file's start) with the
 * page's <title>, its user agent and the time of printing, and no file ID; it writes the
 * catalog's /Lang from the page's `lang` and the viewer preference to show the title; and it
 * numbers table cells' structure elements by DOM node (renumbered here). The Info dictionary is
 * replaced where it stands and the cross-reference table's offsets after it are moved by the
 * difference: the rest of the file is Chromium's bytes, unparsed (a full parse and rewrite cost
 * more than a tenth of a document's time; README: 打印与 PDF).
 */
import { pdfTitle, type PdfInfo } from './link.ts';

/** The date every PDF carries as its creation and modification date (the build's output must not depend on the clock). */
export const FIXED_DATE = 'D:20000101000000Z';

/**
 * Chromium names the structure elements that table cells refer to (`/ID`, `/Headers`, the ID tree)
 * after Blink's DOM node ids, a counter of the renderer process: the same page printed after
 * other pages gets other numbers. They are renumbered 1, 2, 3 … keeping their order (the ID
 * tree stays sorted) and their length (the file's offsets stay valid).
 */
export function renumberNodeIds(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const ids = [...new Set(text.match(/\(node\d{8}\)/gu) ?? [])].sort();
  if (ids.length === 0) return bytes;
  const renamed = new Map(ids.map((id, i) => [id, `(node${String(i + 1).padStart(8, '0')})`]));
  return Buffer.from(text.replace(/\(node\d{8}\)/gu, (id) => renamed.get(id)!), 'latin1');
}

/** A PDF text string: UTF-16BE with its byte order mark, in hex (any character, nothing to escape). */
export function pdfTextString(value: string): string {
  return `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** The Info dictionary the finished PDF carries. */
export function infoDictionary(info: PdfInfo): string {
  const entries: [string, string][] = [
    ['Title', pdfTextString(pdfTitle(info))],
    ['Author', pdfTextString(info.author)],
    ['Subject', pdfTextString(info.subject)],
    ['Keywords', pdfTextString(info.keywords.join(' '))],
    ['Creator', pdfTextString(info.address)],
    ['Producer', pdfTextString('Chromium (Skia/PDF)')],
    ['CreationDate', `(${FIXED_DATE})`],
    ['ModDate', `(${FIXED_DATE})`],
    // The page's address also under its own key, for tools that read custom Info entries.
    ['URL', pdfTextString(info.address)],
  ];
  return `<<${entries.map(([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}

function unexpected(what: string): never {
  throw new Error(`Chromium 写出的 PDF 与预期的结构不同（${what}）：PDF 阶段（src/lib/pdf/finish.ts）需要随 Chromium 的新版本更新。`);
}

/**
 * Sets title (【示例】 for sample content), author (发文机关), subject, keywords (发文字号), the
 * page's address (Creator and /URL) and fixed dates; checks that Chromium wrote /Lang zh-CN and
 * the title's viewer preference. Throws, in Chinese, when the file is not laid out as Chromium
 * writes it (an Info object in place, a plain cross-reference table, one revision).
 */
export function finishPdf(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  const text = Buffer.from(renumberNodeIds(bytes)).toString('latin1');
  const tail = /trailer\n<<\/Size (\d+)\n\/Root (\d+) 0 R\n\/Info (\d+) 0 R>>\nstartxref\n(\d+)\n%%EOF\n?$/u.exec(text.slice(-200));
  if (!tail) unexpected('文件尾');
  const [size, root, infoObject, xrefAt] = tail.slice(1).map(Number) as [number, number, number, number];
  if (text.indexOf('\ntrailer\n') !== text.length - tail[0].length - 1) unexpected('增量更新');
  const header = `xref\n0 ${size}\n`;
  if (text.slice(xrefAt, xrefAt + header.length) !== header) unexpected('交叉引用表');
  const table = xrefAt + header.length;
  const entries = Array.from({ length: size }, (_, i) => text.slice(table + 20 * i, table + 20 * i + 20));
  if (!entries.every((entry) => /^\d{10} \d{5} [nf] \n$/u.test(entry))) unexpected('交叉引用表');
  const offsetOf = (n: number) => Number(entries[n]!.slice(0, 10));
  const objectAt = (n: number) => {
    const start = offsetOf(n);
    // The dictionary's close and `endobj` on the next line (a string in it holds no raw line break: Skia writes such strings in hex).
    const close = text.indexOf('>>\nendobj', start);
    if (!text.startsWith(`${n} 0 obj\n<<`, start) || close < 0) unexpected(`对象 ${n}`);
    return { start, body: start + `${n} 0 obj\n`.length, end: close + '>>\n'.length };
  };
  const catalog = objectAt(root);
  const catalogText = text.slice(catalog.body, catalog.end);
  if (!catalogText.includes('/Lang (zh-CN)')) unexpected('目录缺少 /Lang (zh-CN)');
  if (!catalogText.includes('/DisplayDocTitle true')) unexpected('目录缺少 /DisplayDocTitle');
  const old = objectAt(infoObject);
  const replacement = `${infoDictionary(info)}\n`;
  const delta = replacement.length - (old.end - old.body);
  const moved = entries.map((entry) => {
    const offset = Number(entry.slice(0, 10));
    return entry.endsWith('n \n') && offset > old.start ? `${String(offset + delta).padStart(10, '0')}${entry.slice(10)}` : entry;
  });
  const out = [
    text.slice(0, old.body),
    replacement,
    text.slice(old.end, table),
    moved.join(''),
    text.slice(table + 20 * size, text.length - tail[0].length),
    tail[0].replace(/startxref\n\d+/u, `startxref\n${xrefAt + delta}`),
  ].join('');
  return Buffer.from(out, 'latin1');
}
