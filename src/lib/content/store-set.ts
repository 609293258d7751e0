import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
export type StoreEntry = Parameters<Store['set']>[0];

/**
 * The loader context's store with `set` replaced, everything else passed through: how the
 * loader wrappers in this folder change what an inner loader (e.g. glob()) stores.
 * `set` receives the entry and the real store.
 */
export function withStoreSet(store: Store, set: (entry: StoreEntry, target: Store) => boolean): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'set') return (entry: StoreEntry) => set(entry, target);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
