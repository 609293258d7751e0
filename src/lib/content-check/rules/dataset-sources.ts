import path from 'node:path';
import { needsCite } from '../../datasets/check-rows.ts';
import { resolveCite } from '../../datasets/cite.ts';
import { documentText, phraseStatesValue } from '../../datasets/provenance.ts';
import type { DatasetCite } from '../../../schemas/datasets.ts';
import { docNumberOf, identityInDoubt, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

interface Column {
  key: string;
  label: string;
  type: 'number' | 'text';
  unit?: string;
  cited?: boolean;
}

/** Finds a source document by 发文字号 or by its notices id (file name). */
function findDocument(entries: CheckedEntry[], source: string): CheckedEntry | undefined {
  return entries.find(
    (e) => e.collection === 'notices' && (docNumberOf(e) === source || e.parsed.data.docNumber === source || path.basename(e.file).replace(/\.mdx?$/u, '') === source),
  );
}

/**
 * Provenance of every figure: each cited value's phrase must occur in its source
 * document's text, and the value must be stated in that phrase. A figure whose
 * source does not say it stops the build, naming dataset, row, value and document.
 */
export function datasetSources(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const noticesInDoubt = identityInDoubt(entries, 'notices');
  for (const entry of entries) {
    if (entry.collection !== 'datasets' || !entry.data) continue;
    const data = entry.data as { source: string; columns: Column[]; rows: Record<string, unknown>[] };
    data.rows.forEach((row, i) => {
      const cites = (row.cite ?? {}) as Record<string, DatasetCite>;
      for (const column of data.columns) {
        const value = row[column.key];
        if (value === undefined || value === null || !needsCite(column)) continue;
        const raw = cites[column.key];
        // Malformed cites are reported by the schema (checkRows); only well-formed phrases are checked here.
        if (typeof raw !== 'string' && (typeof raw !== 'object' || raw === null || typeof (raw as { phrase?: unknown }).phrase !== 'string')) continue;
        const cite = resolveCite(raw, data.source);
        if (!cite || 'derived' in cite) continue;
        const at = { file: entry.file, ...entry.parsed.locate(['rows', i, 'cite', column.key]), field: `rows.${i}.cite.${column.key}`, label: '原文短语', severity: 'error' as const };
        const what = `第${i + 1}行“${column.label}”的数值 ${String(value)}${column.unit ?? ''}`;
        const doc = findDocument(entries, cite.source);
        if (!doc && noticesInDoubt) continue;
        if (!doc) {
          problems.push({ ...at, message: `${what}注明的来源文件“${cite.source}”不存在：请写通知公告的发文字号或文件名（格式如 粤经信园区〔2026〕1号，仅为示意）。` });
          continue;
        }
        const docName = `${docNumberOf(doc) ?? cite.source}（${doc.file}）`;
        if (!documentText(doc.parsed.body).includes(cite.phrase)) {
          problems.push({ ...at, message: `${what}：来源文件 ${docName} 中找不到原文短语“${cite.phrase}”；须逐字照录原文（包括原文的标点和笔误）。` });
        } else if (!phraseStatesValue(cite.phrase, value as number | string)) {
          problems.push({ ...at, message: `${what}：来源文件 ${docName} 的原文短语“${cite.phrase}”中没有这个数值；来源没有这样说，请核对数值或改引能陈述它的原文。` });
        }
      }
    });
  }
  return problems;
}
