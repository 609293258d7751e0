import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared build that tests/global-setup.ts makes. */
export const dist = path.join(root, 'dist');
/** Test fixtures. */
export const fixtures = path.join(root, 'tests/fixtures');
