import { test, expect } from './fixtures';

test('Chinese search through the site search dialog finds the 保全 chapter', async ({ page, search }) => {
  await page.goto('/');
  await search.open();
  await search.search('保全受理');
  const paths = await search.resultPaths();
  expect(paths.slice(0, 3)).toContain('/policy-services/');
});

test('the search dialog opens with Ctrl+K and closes with Escape', async ({ page, search }) => {
  await page.goto('/policy-services/');
  await expect(search.button).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
});
