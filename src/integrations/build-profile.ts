import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * With SZY_PROFILE=<file> set, notes the CPU time (user + system, all threads of the process,
 * the Open Graph worker included) and the wall time at each stage of an Astro build, one JSON
 * line per stage, appended to that file; scripts/build.ts adds Pagefind's. The benchmark
 * (`npm run bench -- --profile`) prints them. CPU time, unlike wall time, barely moves when
 * other work shares the machine. Without SZY_PROFILE it does nothing.
 *
 * Stages, by the hooks Astro calls in order (Vite's bundling and page generation have no hook
 * between them: the line Astro prints as it starts generating marks it):
 * start-up → content check (config:setup to config:done) → content sync (loading, parsing and
 * rendering the entries) → Vite bundling → pages (HTML, endpoints, images) → build:done hooks.
 */
export default function buildProfile(): AstroIntegration {
  const file = process.env.SZY_PROFILE;
  let last = { cpu: 0, wall: 0 };
  const mark = (stage: string) => {
    if (!file) return;
    const usage = process.cpuUsage();
    const now = { cpu: (usage.user + usage.system) / 1000, wall: performance.now() };
    appendFileSync(file, `${JSON.stringify({ stage, cpuMs: Math.round(now.cpu - last.cpu), wallMs: Math.round(now.wall - last.wall) })}\n`);
    last = now;
  };
  return {
    name: 'szy:build-profile',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (!file || command !== 'build') return;
        mark('start-up (Node, Astro, the config)');
        const write = process.stdout.write.bind(process.stdout);
        let seen = false;
        process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
          if (!seen && String(chunk).includes('generating static routes')) {
            seen = true;
            mark('Vite bundling');
          }
          return write(chunk, ...rest);
        }) as typeof process.stdout.write;
      },
      'astro:config:done': () => mark('content check (and the other integrations set up)'),
      'astro:build:start': () => mark('content sync (load, parse, render entries, cross-references)'),
      'astro:build:done': () => mark('pages (HTML, endpoints, Open Graph and chart images)'),
    },
  };
}
