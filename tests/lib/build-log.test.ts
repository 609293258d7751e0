import { describe, expect, it } from 'vitest';
import { emptyCollectionNotes, isAstroDirectiveWarning, wholePageLines, type LogEvent } from '../../src/lib/build/build-log.ts';

describe('isAstroDirectiveWarning', () => {
  it.each([
    [{ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/bulletins/2012-01.mdx?astroPropagatedAssets" may not be preserved when bundling.' }, true],
    // Any other directive, or any other warning, is a real one and is printed.
    [{ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/components/X.tsx" may not be preserved when bundling.' }, false],
    [{ code: 'UNRESOLVED_IMPORT', message: '"use astro:head-inject"' }, false],
    [{ message: 'something' }, false],
  ])('%j → %s', (log, expected) => {
    expect(isAstroDirectiveWarning(log)).toBe(expected);
  });
});

/** What a destination wrapped by wholePageLines prints for a sequence of events. */
function printed(events: LogEvent[]): string {
  let out = '';
  const dest = wholePageLines({ write: (e) => void (out += (e.label && e.label !== 'SKIP_FORMAT' ? `[${e.label}] ` : '') + e.message + (e.newLine ? '\n' : '')) });
  for (const event of events) dest.write(event);
  void dest.flush?.();
  return out;
}

const page = (path: string): LogEvent => ({ label: null, level: 'info', message: `  ├─ ${path}`, newLine: false });
const time = (ms: number): LogEvent => ({ label: 'SKIP_FORMAT', level: 'info', message: ` \u001b[2m(+${ms}ms)\u001b[22m `, newLine: true });

describe('wholePageLines', () => {
  it('prints pages rendered side by side one per line, without times it cannot attribute', () => {
    // Four pages in flight: Astro writes each path, then later each time (in another order).
    expect(printed([page('/a/'), page('/b/'), time(14), page('/c/'), time(28), time(24), time(16)])).toBe('  ├─ /a/\n  ├─ /b/\n  ├─ /c/\n');
  });

  it('keeps a note written at once on its page’s line', () => {
    expect(printed([page('/a/'), { label: 'SKIP_FORMAT', level: 'info', message: ' (cached)', newLine: true }, page('/b/')])).toBe('  ├─ /a/ (cached)\n  ├─ /b/\n');
  });

  it('passes warnings and everything else through, on lines of their own', () => {
    const warning: LogEvent = { label: 'vite', level: 'warn', message: '真正的警告', newLine: true };
    expect(printed([page('/a/'), warning, { label: 'build', level: 'info', message: 'Complete!', newLine: true }])).toBe('  ├─ /a/\n[vite] 真正的警告\n[build] Complete!\n');
  });
});

describe('an empty collection (issue 22, point 8)', () => {
  it('is one Chinese note, not an English warning for every page', () => {
    const events: LogEvent[] = [];
    const dest = emptyCollectionNotes({ write: (e) => void events.push(e) });
    for (let i = 0; i < 46; i++) dest.write({ label: 'content', level: 'warn', message: 'The collection "documents" does not exist or is empty. Please check your content config file for errors.', newLine: true });
    dest.write({ label: 'build', level: 'info', message: '/index.html', newLine: true });
    expect(events.map((e) => [e.level, e.message])).toEqual([
      ['info', expect.stringContaining('“documents”类内容暂无条目')],
      ['info', '/index.html'],
    ]);
  });
});
