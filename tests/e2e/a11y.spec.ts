/**
 * Every page of the built site, from the sitemap, in light and dark themes, through axe with
 * every rule on — including the experimental ones such as label-content-name-mismatch.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { test, expect, sitemapPaths } from './fixtures';

const allRules = axe.getRules().map((r) => r.ruleId);

for (const path of sitemapPaths()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withRules(allRules).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('the search button is named by its visible text', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: '搜索', exact: true });
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-label', /.*/);
});
