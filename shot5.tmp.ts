import { launchBrowser, serve } from '/work/wt/i26/tests/helpers/browser.ts';
const [browser, site] = await Promise.all([launchBrowser(), serve(process.argv[2])]);
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
  await page.goto(site.url + '/');
  await page.screenshot({ path: `/tmp/work/home-${width}.png`, fullPage: width < 600 });
  await page.close();
}
await browser.close(); await site.close();
