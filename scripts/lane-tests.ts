/**
 * Prints the test files of the content lane (.ci/run content): the checks over the built site and
 * the browser tests over it, which read only the builds the global setup makes
 * (scripts/lib/site-tests.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testsOverBuiltSites } from './lib/site-tests.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.stdout.write(`${testsOverBuiltSites(root).join('\n')}\n`);
