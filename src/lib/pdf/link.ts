/**
 * The link between a document page and its PDF. A page that has a PDF carries one
 * `<a data-szy-pdf="{…}">下载PDF<span class="pdf-size"></span></a>` (src/components/PageTools.astro)
 * with the PDF's metadata as JSON; the build's PDF stage (./stage.ts) finds those links, prints
 * each page, and writes the file's size into the empty span.
 */

/** The metadata a PDF carries (its Info dictionary and XMP). */
export interface PdfInfo {
  /** The document's title as issued (标题). */
  title: string;
  /** 发文机关, or the editor of a bulletin issue or compilation. */
  author: string;
  /** 摘要 or the subjects. */
  subject: string;
  /** 发文字号 first, then subjects. */
  keywords: string[];
  /** Sample content: the PDF's title says 示例 as the page does. */
  sample: boolean;
  /** The page's address. */
  address: string;
}

/** Whether this build makes PDFs: SZY_PDF=0 skips the stage (quick previews, benchmarks against the bare baseline). */
export function pdfEnabled(env: Record<string, string | undefined>): boolean {
  return env.SZY_PDF !== '0';
}

/** A page's PDF beside its folder: /notices/abc/ → /notices/abc.pdf (the base kept). */
export function pdfPathOf(pagePath: string): string {
  return `${pagePath.replace(/\/(index\.html)?$/u, '')}.pdf`;
}

/** The PDF's title in its metadata: the page's title, with 示例 for sample content. */
export function pdfTitle(info: PdfInfo): string {
  return info.sample ? `【示例】${info.title}` : info.title;
}

/** `12.3 KB` / `1.2 MB` (1 KB = 1,024 bytes, as file managers show it). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const PDF_LINK = /<a href="([^"]+)" download data-szy-pdf="([^"]*)">下载PDF<span class="pdf-size"><\/span><\/a>/u;

/** Decodes the few entities Astro writes in an attribute value. */
function unescapeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39|#x27);/gu, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name]!);
}

/** The PDF link of a built page: its address (with the base) and metadata, or undefined. */
export function findPdfLink(html: string): { href: string; info: PdfInfo } | undefined {
  const m = PDF_LINK.exec(html);
  if (!m) return undefined;
  return { href: unescapeAttribute(m[1]!), info: JSON.parse(unescapeAttribute(m[2]!)) as PdfInfo };
}

/** The page with its PDF's size written into the link: 下载PDF（123 KB）. */
export function withPdfSize(html: string, bytes: number): string {
  return html.replace(PDF_LINK, (whole) => whole.replace('<span class="pdf-size"></span>', `<span class="pdf-size">（${formatSize(bytes)}）</span>`));
}
