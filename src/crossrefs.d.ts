declare module 'virtual:szy/crossrefs' {
  import type { Citer } from './lib/crossref/site-index.ts';
  /** `collection/id` → the pages that cite it, computed once per build. */
  export const backlinks: Record<string, Citer[]>;
}
