/**
 * Every page of the built site, from the sitemap, through axe with every rule on — including
 * the experimental ones (label-content-name-mismatch, p-as-heading …) and AAA contrast.
 * Light theme for every page; dark theme for one page of each template (the first page under
 * each top-level path), since both themes share the same components and colour tokens.
 */
import { test, expect, sitemapPaths, axeViolations } from './fixtures';

const paths = sitemapPaths();
/** One page of each template, checked in the dark theme too. */
const templates = new Set([
  '/',
  '/policy-services/',
  '/reference/deadlines/',
  '/reference/documents/',
  '/reference/phrases/',
  '/reference/glossary/',
  '/reference/regulations/',
  '/reference/sources/',
  '/processes/',
  '/processes/baoquan/',
  '/tools/deadline/',
  '/quizzes/',
  '/quizzes/certification/',
  '/review/',
  '/progress/',
  '/search/',
  '/manage/assign/',
  '/manage/results/',
  '/manage/take/',
  '/manage/honesty/',
]);

test('every template page is in the sitemap', () => {
  expect([...templates].filter((p) => !paths.includes(p))).toEqual([]);
});

for (const path of paths) {
  for (const theme of templates.has(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
    test(`axe: ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the search button is named by its visible text', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('site-search').getByRole('button', { name: '搜索', exact: true });
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-label', /.*/);
});
