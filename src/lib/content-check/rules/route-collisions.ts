import { entryAddresses } from '../routes.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import type { SiteRoutes } from './internal-links.ts';

/**
 * An entry's id must not make an address a fixed page of the site already has: the build
 * would write one over the other (content/notices/numbers.mdx and the 发文字号索引 at
 * /notices/numbers/; content/datasets/datapackage.yaml and /data/datapackage.json). The
 * addresses come from src/pages itself, so a page added there is guarded at once.
 */
export function routeCollisions(entries: CheckedEntry[], routes: SiteRoutes): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.id) continue;
    for (const address of entryAddresses(entry.collection, entry.id, routes.templates)) {
      const page = routes.fixed.get(address);
      if (!page) continue;
      problems.push({
        file: entry.file,
        line: 1,
        column: 1,
        field: '',
        label: '文件名',
        message: `文件名“${entry.id}”与网站的固定页面重名：本条目的地址 ${address} 已是 ${page} 生成的页面，发布后二者只能留下一个。请给文件换个名字（如 ${entry.id}-1），文件名就是条目的地址。`,
        severity: 'error',
      });
      break;
    }
  }
  return problems;
}
