import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Text files worth compressing; Pagefind's .pf_* files and images are compressed already. */
const textExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.csv', '.webmanifest']);

/** Below this a .gz saves less than its own request overhead. */
const minBytes = 256;

/**
 * Writes `name.gz` beside every text file of a built site, for nginx's gzip_static: the server
 * sends it to a client that accepts gzip without compressing on every request. Level 9, once
 * at build. zlib writes no name or time into the header, so the same file always gives the
 * same .gz and builds stay byte-identical. Files whose name starts with `_` (the server's own
 * files) are left alone. Returns how many files were compressed.
 */
export async function precompress(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && textExtensions.has(path.extname(e.name)) && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name));
  let written = 0;
  // zlib runs on libuv's thread pool: a batch at a time uses every core without holding every file in memory.
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const counts = await Promise.all(
      batch.map(async (file) => {
        const data = await readFile(file);
        if (data.length < minBytes) return 0;
        const packed = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
        if (packed.length >= data.length) return 0;
        await writeFile(`${file}.gz`, packed);
        return 1;
      }),
    );
    written += counts.reduce<number>((a, b) => a + b, 0);
  }
  return written;
}
