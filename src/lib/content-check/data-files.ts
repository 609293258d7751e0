import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { dataCollections, type DataCollectionName } from '../../schemas/index.ts';
import type { CheckedEntry } from './entry.ts';
import { locateKey, located, type ParsedFile } from './frontmatter.ts';
import { yamlSyntaxError } from './yaml-error.ts';
import type { Problem } from './problem.ts';
import { validate } from './schema-problems.ts';

/**
 * A YAML file that holds a list (reference data such as cities.yaml), parsed
 * with the position of every key so problems are reported at file:line:column.
 * Returns one ParsedFile per list item, each locating paths inside its item.
 */
export function parseYamlList(source: string): { items: ParsedFile[]; error?: { line: number; column: number; message: string } } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'yaml-1.1', prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const firstError = doc.errors[0];
  if (firstError) return { items: [], error: located(yamlSyntaxError(firstError, source, at), '') };
  if (!isSeq(doc.contents)) return { items: [], error: { line: 1, column: 1, message: '文件应是一个列表，每项以 - 开头。' } };
  const data = (doc.toJS() ?? []) as unknown[];
  return {
    items: doc.contents.items.map((itemNode, index) => {
      const start = (itemNode as Node).range ? at((itemNode as Node).range![0]) : { line: 1, column: 1 };
      const locate = (fieldPath: readonly (string | number)[]) => locateKey(itemNode, fieldPath, at, start);
      // Reference-data lists hold no figures whose written form matters (see ParsedFile.written).
      return { data: (data[index] ?? {}) as Record<string, unknown>, body: '', bodyLine: 1, locate, written: () => undefined };
    }),
  };
}

/**
 * Checks every reference-data file (regions, cities, parks, themes): each item
 * against its schema, and ids unique within the file. A file that is absent is
 * skipped (fixture folders hold only what a test needs); references to its ids
 * are then reported by the cross-file rules.
 */
export function checkDataFiles(root: string, base: string): { entries: CheckedEntry[]; problems: Problem[] } {
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, collection] of Object.entries(dataCollections) as [DataCollectionName, (typeof dataCollections)[DataCollectionName]][]) {
    const absolute = path.join(base, collection.file);
    if (!existsSync(absolute)) continue;
    const file = path.relative(root, absolute).split(path.sep).join('/');
    const { items, error } = parseYamlList(readFileSync(absolute, 'utf8'));
    if (error) {
      problems.push({ file, ...error, field: '', severity: 'error' });
      // The file stands in the list unread, so references to its ids wait until it reads again.
      entries.push({ collection: name, file, id: '', parsed: { data: {}, body: '', bodyLine: 1, locate: () => error, written: () => undefined, syntaxError: error } });
      continue;
    }
    const seen = new Map<string, number>();
    items.forEach((parsed, index) => {
      const entry: CheckedEntry = { collection: name, file, id: String(parsed.data.id ?? ''), parsed };
      entries.push(entry);
      const result = validate(file, parsed, collection.schema);
      entry.data = result.data;
      problems.push(...result.problems.map((p) => ({ ...p, field: `[${index}].${p.field}` })));
      const id = parsed.data.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        problems.push({
          file,
          ...parsed.locate(['id']),
          field: `[${index}].id`,
          label: 'id',
          message: `id“${id}”与第 ${seen.get(id)! + 1} 项重复；同一文件中的 id 不能重复。`,
          severity: 'error',
        });
      } else seen.set(id, index);
    });
  }
  return { entries, problems };
}
