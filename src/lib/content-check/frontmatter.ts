import { yamlSyntaxError, type YamlSyntaxError } from './yaml-error.ts';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';

/** A content file split into its YAML frontmatter and body, with positions kept. */
export interface ParsedFile {
  /** The frontmatter as data (YAML 1.1, as Astro reads it), timestamps kept as written. */
  data: Record<string, unknown>;
  /** The body after the closing ---. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Where a field's key stands; falls back to the nearest parent, then to line 1. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
  /** The text a scalar value was written as (e.g. 20.0, which the data holds as 20), if there is one at the path. */
  written(path: readonly (string | number)[]): string | undefined;
  /** A YAML syntax error, located, if the frontmatter could not be read. */
  syntaxError?: { line: number; column: number; message: string };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/**
 * Splits a Markdown/MDX source into frontmatter and body and parses the YAML
 * keeping the position of every key, so that a schema problem can be reported
 * at file:line:column (Astro's own schema errors carry no line numbers).
 */
export function parseFrontmatter(source: string): ParsedFile {
  const fence = FENCE.exec(source);
  if (!fence) {
    return {
      data: {},
      body: source,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      written: () => undefined,
      syntaxError: { line: 1, column: 1, message: '文件开头缺少由 --- 包围的元数据（frontmatter）。' },
    };
  }
  const bodyLine = fence[0].split('\n').length - (fence[0].endsWith('\n') ? 1 : 0) + 1;
  // The YAML starts on line 2 of the file (after the opening ---).
  return parseYaml(fence[1]!, 1, source.slice(fence[0].length), bodyLine);
}

/**
 * Parses a data file (one YAML entry per file, e.g. a dataset's metadata) with
 * the position of every key, as `parseFrontmatter` does for frontmatter.
 */
export function parseDataFile(source: string): ParsedFile {
  return parseYaml(source, 0, '', 1);
}

function parseYaml(yamlText: string, lineOffset: number, body: string, bodyLine: number): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'yaml-1.1', prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const firstError = doc.errors[0];
  const syntaxError = firstError ? located(yamlSyntaxError(firstError, yamlText, at), lineOffset === 0 ? '' : '元数据的 ') : undefined;
  keepTimestampsAsWritten(doc);
  const data = (firstError ? {} : (doc.toJS() ?? {})) as Record<string, unknown>;

  const locate = (path: readonly (string | number)[]) => locateKey(doc.contents, path, at);

  const written = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  };

  return { data, body, bodyLine, locate, written, syntaxError };
}

/** A YAML syntax error as a problem's message: where the YAML stands, then what is wrong. */
export function located(error: YamlSyntaxError, where: string): YamlSyntaxError {
  return { ...error, message: `${where}YAML 写法有误：${error.message}` };
}

/**
 * Where a path of keys (and list indexes) stands under a parsed YAML node: the position
 * of the deepest key found, or `start` when not even the first is there.
 */
export function locateKey(
  root: unknown,
  fieldPath: readonly (string | number)[],
  at: (offset: number) => { line: number; column: number },
  start = { line: 1, column: 1 },
): { line: number; column: number } {
  let node = root;
  let found = start;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair || !isPair(pair)) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) found = at(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) found = at(item.range[0]);
      node = item;
    } else break;
  }
  return found;
}

/**
 * YAML reads an unquoted timestamp as a Date: 2012-02-30 rolls over to 2012-03-01,
 * `2012-02-06` becomes UTC midnight and `2012-02-06 15:30:00` 15:30 UTC, so a Date can
 * tell neither an impossible date nor a date from a time nor Beijing time from UTC.
 * Every timestamp is kept as the text it was written as, for the schema to read
 * (src/lib/text/beijing-time.ts) or reject with its own message, as the build does
 * (src/lib/content/timestamps-as-written.ts).
 */
function keepTimestampsAsWritten(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.value instanceof Date && typeof node.source === 'string') node.value = node.source.trim();
    },
  });
}
