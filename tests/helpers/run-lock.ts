import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Whether a process with this id is running (signal 0 only checks; EPERM means it exists). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file of a test run, so that a second `npm test` in the same checkout stops at
 * once with a clear message instead of building into the same dist/ and having its caches
 * deleted by the first run's teardown. A lock left by a process that is no longer running is
 * taken over. Returns the function that releases it.
 */
export function acquireRunLock(file: string, pid = process.pid): () => void {
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => {
        // Only the owner removes it (and a lock already gone stays gone).
        if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(pid)) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new Error(
          `另一次测试运行（进程 ${holder}）正在使用本检出的 dist/ 和构建缓存（锁文件 ${file}）。请等它结束后再运行 npm test，或在另一份检出中运行。`,
          { cause: error },
        );
      }
      rmSync(file, { force: true }); // left by a run that ended without its teardown
    }
  }
  throw new Error(`无法取得测试运行锁 ${file}，请删除该文件后重试。`);
}
