import { stringify } from 'yaml';

/** A YAML scalar for a frontmatter line, quoted only where YAML needs it. */
export function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * What separates the items of a list field typed on one line: a vertical bar, which no name
 * in an official document contains. 、 and ， are not separators: they occur inside one item
 * (韶关、东莞、中山、阳江市人民政府 is one addressee). Repeating a flag also gives several items
 * (joined with a line break).
 */
export const LIST_SEPARATOR = '|';

/**
 * Splits a list field into its items at | (half- or full-width) or line breaks, and nowhere else.
 * @example splitList('韶关、东莞、中山、阳江市人民政府|省产业转移工业园') // ['韶关、东莞、中山、阳江市人民政府', '省产业转移工业园']
 */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[|｜\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A YAML block list under a key, or `key: []` when empty. */
export function yamlList(key: string, items: string[]): string {
  return items.length === 0 ? `${key}: []` : [`${key}:`, ...items.map((item) => `  - ${yamlValue(item)}`)].join('\n');
}

/** A valid id: lower-case letters, digits and hyphens. */
export function checkId(value: string): string | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(value) ? undefined : `id 只能由小写字母、数字和连字符组成，如 yue-jingxin-yuanqu-2012-68；这里是“${value}”。`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
