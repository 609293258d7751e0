/**
 * `npm run check`: the content check an editor runs before committing. Prints every
 * problem found with file:line:column and exits non-zero if any is an error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/problem.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const problems = checkContent({ root, contentDir: process.env.CONTENT_DIR });
process.stdout.write(`${formatProblems(problems)}\n`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
