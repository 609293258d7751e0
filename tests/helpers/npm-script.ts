import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.ts';

let scripts: Record<string, string> | undefined;

/**
 * How to run package.json's script `name` with `args`, as `npm run --silent <name> -- …args` does. While the
 * script is `node <file>` with no pre- or post-script around it (or a pre-script the caller does not need,
 * `needsPre: false`), that file with this Node: npm's start-up costs about 0.15–0.2 s of CPU a run, and the
 * suite builds and publishes dozens of times. Anything else goes through npm.
 */
export function scriptCommand(name: string, args: readonly string[] = [], { needsPre = true } = {}): { command: string; args: string[] } {
  scripts ??= (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const file = /^node (\S+)$/u.exec(scripts[name] ?? '')?.[1];
  const wrapped = (needsPre && scripts[`pre${name}`] !== undefined) || scripts[`post${name}`] !== undefined;
  if (file && !wrapped) return { command: process.execPath, args: [file, ...args] };
  return { command: 'npm', args: ['run', '--silent', name, ...(args.length > 0 ? ['--', ...args] : [])] };
}
