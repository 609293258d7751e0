import { realpathSync } from 'node:fs';

/**
 * A file's real path (symbolic links resolved), or the path itself when it does not exist:
 * the MDX compiler names a document by its real path, which differs from the content folder's
 * path when that folder (or one above it) is a link.
 * @example realPath('/no/such/file.mdx') // '/no/such/file.mdx'
 */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
