/**
 * `npm run screenshots`: the site as a reader sees it on a 360 px phone, at the standard text
 * size and at 特大, for the home page, a circular, a data page and the good-practice finder
 * (pages chosen from the content by tests/fixtures/page-types.ts). Each shot is the top of the
 * page, at most two screens (360 × 1480 CSS px at device scale 1), saved as an indexed-colour PNG
 * in docs/screenshots/ and described in the README (“阅读与适老化”). Run `npm run build` first;
 * run again after a change to the layout, and commit the images that changed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { pageTypes, slug } from '../tests/fixtures/page-types.ts';
import { launchBrowser, serve } from '../tests/helpers/browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'docs/screenshots');
const width = 360;
const screen = 740;
/** Where public/scripts/reading.js keeps the reader's choice. */
const READING_KEY = 'szy-reading';
const sizes = [
  { name: 'standard', prefs: undefined },
  { name: 'xlarge', prefs: { size: 'xlarge' } },
] as const;
const wanted = [/^home$/u, /^circular$/u, /^data page, .* chart$/u, /^case finder$/u];

if (!existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write('没有找到 dist/：请先运行 npm run build。\n');
  process.exit(1);
}
const targets = wanted.flatMap((pattern) => pageTypes.filter((t) => pattern.test(t.name)).slice(0, 1));
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (file.endsWith('.png')) rmSync(path.join(out, file));

const [browser, site] = await Promise.all([launchBrowser(), serve(dist)]);
try {
  for (const { name, prefs } of sizes) {
    const context = await browser.newContext({ viewport: { width, height: screen }, deviceScaleFactor: 1 });
    if (prefs) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [READING_KEY, JSON.stringify(prefs)] as const);
    const page = await context.newPage();
    for (const type of targets) {
      await page.goto(site.url + encodeURI(type.path), { waitUntil: 'networkidle' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const png = await page.screenshot({ clip: { x: 0, y: 0, width, height: Math.min(height, 2 * screen) }, fullPage: true });
      const file = path.join(out, `${slug(type.name.split(',')[0]!)}-${width}-${name}.png`);
      await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toFile(file);
      process.stdout.write(`${path.relative(root, file)}  ${type.path}\n`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
