import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Puts a freshly built folder in place of the published one. The old folder is
 * moved aside first and removed only after the new one is in place, so at no
 * moment is there a half-written site; both renames stay on one file system.
 */
export function replaceDir(fresh: string, target: string): void {
  const aside = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(aside, target);
    throw error;
  }
  if (hadTarget) rmSync(aside, { recursive: true, force: true });
}
