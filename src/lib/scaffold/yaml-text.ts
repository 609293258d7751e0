import { stringify } from 'yaml';

/** A YAML scalar for a frontmatter line, quoted only where YAML needs it. */
export function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Splits a list typed on one line (separated by 、 ， , ；; or newlines) into items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[、，,；;\n]/u)
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
