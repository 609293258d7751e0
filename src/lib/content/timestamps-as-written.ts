import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDataFile, parseFrontmatter } from '../content-check/frontmatter.ts';

/**
 * Puts back, in place of each Date that YAML made of an unquoted timestamp, the text
 * the editor wrote. Why: Astro's YAML reader turns `2012-02-06 15:30:00` into 15:30 UTC
 * and `2012-02-06` into UTC midnight, so a Date can no longer tell a date from a time
 * nor Beijing time from UTC; the schemas read the written form exactly
 * (src/lib/text/beijing-time.ts). Values not found in the written data are left as they came.
 * @example replaceDates({ at: new Date(0) }, { at: '1970-01-01 08:00' }) // { at: '1970-01-01 08:00' }
 */
export function replaceDates(data: unknown, written: unknown): unknown {
  if (data instanceof Date) return typeof written === 'string' ? written : data;
  if (Array.isArray(data)) return data.map((item, i) => replaceDates(item, Array.isArray(written) ? written[i] : undefined));
  if (data && typeof data === 'object') {
    const source = written && typeof written === 'object' && !Array.isArray(written) ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, replaceDates(value, source[key])]));
  }
  return data;
}

function hasDate(data: unknown): boolean {
  if (data instanceof Date) return true;
  if (data && typeof data === 'object') return Object.values(data).some(hasDate);
  return false;
}

/** The data of one entry as written in its file: frontmatter, a one-entry YAML file, or the entry of a list file. */
function writtenData(filePath: string, id: string): unknown {
  const source = readFileSync(filePath, 'utf8');
  if (/\.mdx?$/u.test(filePath)) return parseFrontmatter(source).data;
  if (!/\.ya?ml$/u.test(filePath)) return undefined;
  const whole: unknown = parseDataFile(source).data;
  if (Array.isArray(whole)) return whole.find((item) => (item as { id?: unknown } | null)?.id === id) ?? whole;
  return whole;
}

/** Wraps a loader so that its entries reach the schema with timestamps as written (see replaceDates). */
export function timestampsAsWritten(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const parseData: LoaderContext['parseData'] = (props) => {
        if (!props.filePath || !hasDate(props.data)) return context.parseData(props);
        const file = path.resolve(props.filePath);
        return context.parseData({ ...props, data: replaceDates(props.data, writtenData(file, props.id)) as typeof props.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}
