/**
 * Search regression: realistic queries in a clerk's words must put a page that answers them
 * in the top three. Runs the built site's own Pagefind index in the browser, the same index
 * and ranking options the search dialog uses.
 */
import { pagefindUiOptions } from '../../src/lib/searchConfig';
import { test, expect } from './fixtures';
import { SEARCH_QUERIES } from './searchQueries';

test('at least 40 realistic queries each find the right page in the top 3', async ({ page }) => {
  expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
  await page.goto('/');
  const top = await page.evaluate(
    async ({ queries, ranking }) => {
      // A URL of the built site, loaded by the browser (a variable, so TypeScript does not resolve it).
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      await pagefind.options({ ranking });
      await pagefind.init();
      const out: Record<string, string[]> = {};
      for (const q of queries) {
        const search = await pagefind.search(q);
        const data = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        out[q] = data.map((d) => new URL(d.url, location.href).pathname);
      }
      return out;
    },
    { queries: SEARCH_QUERIES.map((q) => q.query), ranking: pagefindUiOptions.ranking },
  );
  const misses = SEARCH_QUERIES.filter(({ query, expect: pages }) => !pages.some((p) => top[query].includes(p))).map(
    ({ query, expect: pages }) => `「${query}」前三是 ${top[query].join('、') || '（无结果）'}，应包含 ${pages.join(' 或 ')}`,
  );
  expect(misses).toEqual([]);
});
