import { parseFrontmatter, type ParsedFile } from './frontmatter.ts';

/**
 * Reads a YAML data file (a whole file of fields, no body) the way
 * `parseFrontmatter` reads frontmatter, keeping the position of every key.
 */
export function parseDataFile(source: string): ParsedFile {
  // Wrapped in frontmatter fences, the YAML starts on line 2; shift lines back by one.
  const parsed = parseFrontmatter(`---\n${source.replace(/\n$/u, '')}\n---\n`);
  const shift = (pos: { line: number; column: number }) => ({ line: Math.max(1, pos.line - 1), column: pos.column });
  return {
    ...parsed,
    body: '',
    bodyLine: 1,
    locate: (path) => shift(parsed.locate(path)),
    syntaxError: parsed.syntaxError && { ...parsed.syntaxError, ...shift(parsed.syntaxError) },
  };
}

/** True for the extensions of YAML data files. */
export function isDataFile(file: string): boolean {
  return /\.ya?ml$/u.test(file);
}
