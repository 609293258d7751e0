/**
 * What the build prints, kept to what an editor can act on. Two kinds of output from the
 * tools below are not about the content, and each is dealt with at its source:
 * - Astro marks MDX modules that inject into <head> with the directive "use astro:head-inject";
 *   the bundler then warns MODULE_LEVEL_DIRECTIVE for every bulletin (MDX with components),
 *   although Astro handles the directive itself (withastro/astro#18087, open).
 * - Astro writes each generated page as two writes, its path and then its render time; with
 *   more than one page in flight (build.concurrency) the times land after other pages' paths
 *   or on lines of their own. Pages are printed one per line, without the times.
 */

/** A log event as Astro's logger hands it to its destination. */
export interface LogEvent {
  label: string | null;
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  message: string;
  newLine: boolean;
}

/** Where Astro's logger writes (astro/logger/node, or any other destination). */
export interface LogDestination {
  write(event: LogEvent): void;
  flush?: () => Promise<void> | void;
  close?: () => Promise<void> | void;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/gu;

/** Whether a bundler log is the warning about Astro's own head-injection directive, and only that. */
export function isAstroDirectiveWarning(log: { code?: string; message?: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject"/u.test(log.message ?? '');
}

/** Whether an event is a page's render time alone, e.g. ' (+14ms) ', which no longer names its page. */
export function isRenderTime(event: LogEvent): boolean {
  return event.label === 'SKIP_FORMAT' && /^\s*\(\+[\d.]+m?s\)\s*$/u.test(event.message.replace(ANSI, ''));
}

/**
 * A destination that prints each generated page on a line of its own: the render times that
 * cannot be told apart are left out, a page's path ends its own line, and a note Astro adds to
 * the path at once (cached, restored) stays on it. Everything else passes through unchanged.
 */
export function wholePageLines(destination: LogDestination): LogDestination {
  let open = false;
  const closeLine = () => {
    if (open) destination.write({ label: 'SKIP_FORMAT', level: 'info', message: '', newLine: true });
    open = false;
  };
  return {
    write(event) {
      if (isRenderTime(event)) return;
      if (open && event.label === 'SKIP_FORMAT' && event.newLine) {
        open = false;
        destination.write(event);
        return;
      }
      closeLine();
      destination.write(event);
      open = !event.newLine;
    },
    flush: () => {
      closeLine();
      return destination.flush?.();
    },
    close: () => {
      closeLine();
      return destination.close?.();
    },
  };
}

const EMPTY_COLLECTION = /The collection "([^"]+)" does not exist or is empty/u;

/**
 * A destination that replaces Astro's English warning for an empty collection (printed once
 * for every page that asks for it: 46 lines telling an editor to "check your content config
 * file") with one Chinese note per collection. An empty optional collection is no mistake.
 */
export function emptyCollectionNotes(destination: LogDestination): LogDestination {
  const noted = new Set<string>();
  return {
    ...destination,
    write(event) {
      const m = event.level === 'warn' ? EMPTY_COLLECTION.exec(event.message.replace(ANSI, '')) : null;
      if (!m) return destination.write(event);
      if (noted.has(m[1]!)) return;
      noted.add(m[1]!);
      destination.write({ ...event, level: 'info', label: '内容', message: `“${m[1]}”类内容暂无条目（文件夹不存在或为空），相关列表和页面照常生成，内容为空；这不是错误。`, newLine: true });
    },
  };
}
