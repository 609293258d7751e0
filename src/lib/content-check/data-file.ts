import { parseFrontmatter, type ParsedFile } from './frontmatter.ts';

/**
 * Parses a whole-file YAML data entry (e.g. content/datasets/*.yaml) with the
 * same position tracking as frontmatter, so its problems are located alike.
 */
export function parseDataFile(source: string): ParsedFile {
  // Wrapped as frontmatter, the YAML starts on line 2: shift every position back by one.
  const parsed = parseFrontmatter(`---\n${source.replace(/\r?\n$/u, '')}\n---\n`);
  const shift = (pos: { line: number; column: number }) => ({ ...pos, line: Math.max(1, pos.line - 1) });
  return {
    data: parsed.data,
    body: '',
    bodyLine: 1,
    locate: (path) => shift(parsed.locate(path)),
    syntaxError: parsed.syntaxError ? { ...parsed.syntaxError, ...shift(parsed.syntaxError) } : undefined,
  };
}
