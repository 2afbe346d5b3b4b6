/** 出处文件: every document with its kind, its effect and the date its text was last compared. */
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { rules, sources } from './norms';

test.describe('出处文件', () => {
  test('each document shows its kind, its effect and when it was last checked', async ({ page }) => {
    await page.goto('/reference/sources/');
    for (const s of sources()) {
      const entry = page.locator(`article#${s.id}`);
      await expect(entry.getByRole('heading', { level: 3 })).toContainText(s.title);
      await expect(entry.locator('.status-badge').first()).toHaveText(s.kind);
      await expect(entry.locator('.status-badge').nth(1)).toHaveText(s.effect);
      await expect(entry.getByRole('definition').filter({ hasText: s.checked })).toBeVisible();
      if (s.region) await expect(entry).toContainText(s.region);
    }
  });

  test('groups documents under a heading per kind and explains every kind and effect once', async ({ page }) => {
    await page.goto('/reference/sources/');
    for (const kind of new Set(sources().map((s) => s.kind))) {
      await expect(page.getByRole('heading', { level: 2, name: kind, exact: true })).toBeVisible();
    }
    const legend = page.locator('.legend');
    for (const effect of ['现行', '已被取代', '已废止', '未能核对原文']) await expect(legend).toContainText(`${effect}：`);
    await expect(legend).toContainText('没有找到官方发布的文本');
  });

  test('a superseded article says so on its card, beside the rule that governs now', async ({ page }) => {
    const old = rules().find((r) => r.id === 'complaint-answer-2010')!;
    await page.goto('/complaints/');
    const card = page.locator('#rule-complaint-answer-2010');
    await expect(card).toContainText(old.title);
    await expect(card.locator('.rule-side').first().locator('.status-badge')).toHaveText(['部门规章', '已被取代']);
    await expect(card.locator('.rule-side.governs .status-badge')).toHaveText(['部门规章', '现行']);
    // The badge no longer mixes two vocabularies (现行全国规定 + 已被取代) on one rule.
    await expect(card).not.toContainText('现行全国规定已被取代');
  });

  test('citations link to the register without repeating 未能核对原文 after each one', async ({ page }) => {
    await page.goto('/policy-services/');
    const henan = page.getByRole('link', { name: /河南基础服务规范/ }).first();
    await expect(henan).toHaveAttribute('href', '/reference/sources/#henan-2014');
    await expect(page.locator('main')).not.toContainText('未能核对原文');
    await expect(page.locator('main')).not.toContainText('未核实');
  });
});
