import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatProblems } from '../lib/content-check/problem.ts';

/**
 * Runs the content check before Astro loads any content, so that an editor's
 * mistake is reported as a list of located problems in Chinese, all at once,
 * instead of Astro's first schema error with a stack trace.
 * A build (or sync) with errors stops here; `astro dev` reports and carries on.
 */
export default function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'szy:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        const problems = checkContent({ root: fileURLToPath(config.root), contentDir: options.contentDir });
        if (problems.length === 0) return;
        process.stderr.write(`\n${formatProblems(problems)}\n\n`);
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors && command !== 'dev') {
          process.stderr.write('构建已停止：内容有错误。已发布的网站未受影响。\n');
          process.exit(1);
        }
      },
    },
  };
}
