import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { root } from './paths.ts';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI
 * reads the same way whatever the test runner; and writes where the run's time went
 * (test-results/test-timeline.json: when each file started and ended, in seconds from
 * the start of the run, the global setup's builds being the wait before the first file; and
 * vitest's own split of each file's time — importing it, its hooks and tests — with the test
 * worker slot it ran in, `slot`).
 */
export default class SummaryReporter implements Reporter {
  private readonly start = Date.now();
  private readonly times = new Map<string, { start: number; end?: number }>();

  onTestModuleStart(module: TestModule): void {
    this.times.set(module.moduleId, { start: Date.now() });
  }

  onTestModuleEnd(module: TestModule): void {
    const time = this.times.get(module.moduleId);
    if (time) time.end = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const seconds = (t: number) => Math.round((t - this.start) / 100) / 10;
    const files = [...this.times]
      .filter(([, t]) => t.end !== undefined)
      .map(([file, t]) => {
        const module = testModules.find((m) => m.moduleId === file);
        const d = module?.diagnostic();
        const s1 = (ms: number | undefined) => Math.round((ms ?? 0) / 100) / 10;
        return { file: path.relative(root, file), start: seconds(t.start), end: seconds(t.end!), slot: d?.concurrencyId, collect: s1(d?.collectDuration), tests: s1(d?.duration) };
      })
      .sort((a, b) => a.start - b.start);
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(path.join(root, 'test-results/test-timeline.json'), `${JSON.stringify({ total: seconds(Date.now()), files }, null, 1)}\n`);
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
