import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatProblems } from '../lib/content-check/problem.ts';

/**
 * Runs the content check before Astro loads any content, so that an editor's
 * mistake is reported as a list of located problems in Chinese, all at once,
 * instead of Astro's first schema error with a stack trace.
 * A build (or sync) with errors stops here. `astro dev` reports and carries on,
 * and checks again each time a content file changes, so the list stays current
 * while the editor previews.
 */
export default function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
  let root = '';
  /** The last report printed in dev, so an unchanged list is not printed again. */
  let reported = '';
  return {
    name: 'szy:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const problems = checkContent({ root, contentDir: options.contentDir });
        if (problems.length === 0) return;
        reported = formatProblems(problems);
        process.stderr.write(`\n${reported}\n\n`);
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors && command !== 'dev') {
          process.stderr.write('构建已停止：内容有错误。已发布的网站未受影响。\n');
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        const contentDir = path.resolve(root, options.contentDir ?? 'content');
        server.watcher.add(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (file: string) => {
          if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const problems = checkContent({ root, contentDir: options.contentDir });
            const report = formatProblems(problems);
            if (report === reported) return;
            const passedNow = problems.length === 0 && reported !== '';
            reported = problems.length === 0 ? '' : report;
            if (problems.length > 0) process.stderr.write(`\n[内容检查] ${path.relative(root, file)} 已修改：\n${report}\n\n`);
            else if (passedNow) process.stderr.write(`\n[内容检查] ${report}\n\n`);
          }, 150);
        };
        server.watcher.on('add', recheck);
        server.watcher.on('change', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
