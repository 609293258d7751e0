import type { Loader } from 'astro/loaders';

/** Applies a loader wrapper to every collection whose loader is an object loader (not a plain function). */
export function wrapLoaders<T extends Record<string, object>>(collections: T, wrap: (loader: Loader) => Loader): T {
  for (const collection of Object.values(collections) as { loader?: unknown }[]) {
    const loader = collection.loader as Loader | undefined;
    if (loader && typeof loader === 'object' && typeof loader.load === 'function') collection.loader = wrap(loader);
  }
  return collections;
}
