/**
 * After Chromium: the PDF's metadata and fixed dates, so two builds of the same commit give the
 * same bytes. Chromium (Skia) writes the time of printing into the Info dictionary and no file
 * ID, and numbers table cells' structure elements by DOM node (renumbered here); pdf-lib sets the Info entries and the catalog's /Lang, and saves without object streams.
 */
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { pdfTitle, type PdfInfo } from './link.ts';

/** The date every PDF carries as its creation and modification date (the build's output must not depend on the clock). */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

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

/** Sets title, author (发文机关), subject, keywords (发文字号), the page's address, lang zh-CN, fixed dates. */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(renumberNodeIds(bytes), { updateMetadata: false });
  doc.setTitle(pdfTitle(info), { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator(info.address);
  doc.setProducer('Chromium (Skia/PDF), pdf-lib');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  // The page's address also under its own key, for tools that read custom Info entries.
  doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('URL'), PDFString.of(info.address));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
