import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What poppler-utils (pdfinfo, pdffonts, pdftotext) say of a PDF: the tools a reader's or an
 * archivist's machine would use, independent of the library that wrote the file.
 */
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdfinfo's fields (Title, Author, Tagged, Pages, Page size…). */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/u.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** pdffonts' rows: name, type, whether embedded and subset. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean; subset: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object ID
      const m = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/u.exec(line.trim());
      if (!m) throw new Error(`pdffonts row not understood: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[3] === 'yes', subset: m[4] === 'yes' };
    });
}

/** The text of each page (pdftotext, reading order), white space removed. */
export function pdfPages(file: string): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((page) => page.replace(/\s+/gu, ''));
}

/** The structure tree poppler reads from a tagged PDF (pdfinfo -struct), one element a line. */
export function pdfStructure(file: string): string {
  return execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** Whether the catalog names a language and an outline (read from the file's bytes: written without object streams). */
export function pdfCatalog(file: string): { lang?: string; outline: boolean } {
  const text = readFileSync(file).toString('latin1');
  return { lang: /\/Lang\s*\(([^)]*)\)/u.exec(text)?.[1], outline: /\/Outlines\s+\d+\s+0\s+R/u.test(text) };
}

/** The page number GB/T 9704 prints on page `n`: — n — (white space removed, as pdfPages gives it). */
export const pageNumber = (n: number): string => `—${n}—`;
