/**
 * Child process for tests: reads a JSON array of SVG strings on stdin, renders each
 * with the project's svgToPng (at the scale given as the first argument, default 2), and writes a JSON array of base64 PNGs to stdout.
 * Fontconfig reads its configuration once per process, so each font setup
 * (the project's font, or PNG_FONT_DIRS pointing at an empty folder) needs its own process.
 */
import { svgToPng } from '../../src/lib/png/svg-to-png.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const svgs = JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[];
const out: string[] = [];
const scale = Number(process.argv[2] ?? 2);
for (const svg of svgs) out.push((await svgToPng(svg, scale)).toString('base64'));
process.stdout.write(JSON.stringify(out));
