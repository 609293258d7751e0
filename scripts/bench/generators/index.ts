/**
 * The benchmark's corpus generators, one module per content collection. Each makes
 * SYNTHETIC documents (marked sample: true) that pass the collection's schema and the
 * content check. To add a collection: write generators/<collection>.ts and list it here;
 * the corpus is shared round-robin among the generators.
 */
import { notices } from './notices.ts';

export interface CorpusGenerator {
  /** The collection name in src/schemas/index.ts. */
  collection: string;
  /** Its folder under the content folder. */
  dir: string;
  /** The i-th document of this collection: a file name and its full text. */
  generate(i: number): { file: string; text: string };
}

export const generators: CorpusGenerator[] = [notices];
