import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { withStoreSet } from './store-set.ts';
import { wrapLoaders } from './wrap-loaders.ts';

const INVALID = Symbol('invalid entry');

/**
 * In `astro dev` only: an entry that fails its schema is left out of its
 * collection (with a Chinese note in the terminal) instead of stopping the dev
 * server, and comes back as soon as it is fixed and saved. The content check has
 * already printed the located problem. Builds are unaffected: they stop on the
 * content check before Astro loads anything.
 */
export function skipInvalidInDev(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      if (!context.watcher) return loader.load(context);
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          const file = props.filePath ? path.relative(process.cwd(), path.resolve(props.filePath)) : props.id;
          context.logger.warn(`暂不显示 ${file}：它的内容有错误（见上方的内容检查报告），改正并保存后自动恢复。`);
          return { [INVALID]: true } as never;
        }
      };
      const store = withStoreSet(context.store, (entry, target) => {
        if ((entry.data as Record<PropertyKey, unknown>)?.[INVALID]) {
          target.delete(entry.id);
          return false;
        }
        return target.set(entry);
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}

/** Applies `skipInvalidInDev` to every collection whose loader is an object loader. */
export function devTolerant<T extends Record<string, object>>(collections: T): T {
  return wrapLoaders(collections, skipInvalidInDev);
}
