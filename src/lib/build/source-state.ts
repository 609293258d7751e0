import { spawnSync } from 'node:child_process';

/** Which commit a checkout is at and whether it has uncommitted changes. */
export interface SourceState {
  /** The commit checked out (full hash); null outside a git checkout. */
  commit: string | null;
  /** Its committer date (ISO 8601); null outside a git checkout. */
  commitTime: string | null;
  /** Changes not committed: modified, staged or new files that git does not ignore. */
  dirty: boolean;
}

function git(dir: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The state of the git checkout that holds `dir` (any folder inside it); commit null when `dir` is
 * in no checkout or git is missing.
 */
export function sourceState(dir: string): SourceState {
  const commit = git(dir, ['rev-parse', '--verify', 'HEAD']);
  if (!commit) return { commit: null, commitTime: null, dirty: false };
  const status = git(dir, ['status', '--porcelain', '--untracked-files=normal']);
  return {
    commit,
    commitTime: git(dir, ['log', '-1', '--format=%cI', commit]) ?? null,
    dirty: status === undefined || status !== '',
  };
}
