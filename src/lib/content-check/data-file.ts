export { parseDataFile } from './frontmatter.ts';

/** True for the extensions of YAML data files. */
export function isDataFile(file: string): boolean {
  return /\.ya?ml$/u.test(file);
}
