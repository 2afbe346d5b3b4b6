/** No page requests anything from another host: no CDN, no web fonts, no analytics. */
import { test, expect, sitemapPaths } from './fixtures';

test('every page, and a search, only request the site itself', async ({ page, baseURL, search }) => {
  const paths = sitemapPaths();
  test.setTimeout(30_000 + paths.length * 5_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  await search.open();
  await search.search('理赔');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
