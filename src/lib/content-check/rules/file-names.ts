import path from 'node:path';
import { collections } from '../../../schemas/index.ts';
import { invisibleIn, withoutInvisible } from '../../text/invisible.ts';
import type { CheckedEntry } from '../entry.ts';
import { collectionRoutes } from '../routes.ts';
import type { Problem } from '../problem.ts';

/** An id as the guide asks for it: lower-case pinyin or other Latin letters, digits, single hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** What is wrong with a file name, in the editor's words. */
function faults(name: string): string[] {
  const found: string[] = [];
  if (/\p{Script=Han}/u.test(name)) found.push('汉字');
  if (/\s/u.test(name)) found.push('空格');
  if (invisibleIn(name).length > 0) found.push(`看不见的字符（${invisibleIn(name).map((c) => c.name).join('、')}）`);
  if (/[A-Z]/u.test(name)) found.push('大写字母');
  if (/_/u.test(name)) found.push('下划线');
  if (/--|^-|-$/u.test(name)) found.push('连续或首尾的连字符');
  if (found.length === 0) found.push('标点或其他符号');
  return found;
}

/** The name an editor most likely meant, when only case, spaces and underscores are wrong. */
function suggestName(name: string): string | undefined {
  const fixed = withoutInvisible(name).toLowerCase().replace(/[\s_]+/gu, '-').replace(/-+/gu, '-').replace(/^-|-$/gu, '');
  return ID.test(fixed) ? fixed : undefined;
}

/**
 * A content file's name is its id, the last part of its page's address (/notices/<id>/),
 * which cannot change once published without breaking links. The guide asks for lower-case
 * pinyin, digits and hyphens; any other name is an error, before it is ever published
 * (Astro would otherwise publish `通知 2012.mdx` at /notices/通知-2012/ without a word).
 */
export function fileNames(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!(entry.collection in collections)) continue;
    const extension = path.extname(entry.file);
    const name = path.basename(entry.file, extension);
    if (ID.test(name)) continue;
    const suggestion = suggestName(name);
    problems.push({
      file: entry.file,
      line: 1,
      column: 1,
      field: '',
      message:
        `文件名“${name}”含有${faults(name).join('、')}：文件名就是这条内容的 id，也是它的网址（${collectionRoutes[entry.collection]?.('…') ?? `/${entry.collection}/…/`}）中的名称，发布后不宜再改，` +
        `只能用小写拼音字母、数字和连字符 -，如 yue-jingxin-yuanqu-2012-68${extension}。` +
        (suggestion ? `请把文件改名为 ${suggestion}${extension}。` : '请把文件改名，汉字写成拼音（如 通知 → tongzhi），空格写成 -。'),
      suggestion: suggestion && `${suggestion}${extension}`,
      severity: 'error',
    });
  }
  return problems;
}
