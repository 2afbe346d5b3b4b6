/** 法规对照: the conflicts the content review found missing, each with both sides, its sources and what governs. */
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { comparisons, rules, sources } from './norms';

const NEW_CONFLICTS = ['claim-intake-refusal', 'insured-signs-minor', 'baoquan-lost-reissue', 'death-proof-lists'];
const shortTitle = (doc: string) => (sources() as unknown as { id: string; shortTitle: string }[]).find((s) => s.id === doc)!.shortTitle;

test.describe('法规对照', () => {
  for (const id of NEW_CONFLICTS) {
    test(`shows the conflict ${id} with both sides, their documents and what the counter does`, async ({ page }) => {
      const c = comparisons().find((x) => x.id === id)!;
      await page.goto(`/reference/regulations/#cmp-${id}`);
      const card = page.getByRole('region', { name: c.title });
      await expect(card).toBeVisible();
      for (const side of [c.seed, c.other, c.national].filter((s) => s !== undefined)) {
        await expect(card).toContainText(side.says);
        await expect(card.getByRole('link', { name: new RegExp(shortTitle(side.source.doc)) }).first()).toBeVisible();
      }
      await expect(card).toContainText(`${c.verdict}。`);
      await expect(card).toContainText(c.governs);
      await expect(card.getByText('现行全国规定（柜面以此为准）')).toBeVisible();
    });
  }

  test('labels each side by the kind of its document', async ({ page }) => {
    await page.goto('/reference/regulations/#cmp-death-proof-lists');
    const card = page.getByRole('region', { name: comparisons().find((x) => x.id === 'death-proof-lists')!.title });
    await expect(card.locator('.status-badge')).toContainText(['公司制度', '地方行业规范', '法律', '现行']);
  });

  test('a superseded rule names the rule that governs now, with its limit', async ({ page }) => {
    const governing = rules().find((r) => r.id === 'complaint-decide-simple')!;
    await page.goto('/reference/regulations/');
    const row = page.locator('#cmp-complaint-answer-2010');
    await expect(row.locator('.status-badge')).toHaveText(['部门规章', '已被取代']);
    await expect(row).toContainText(`${governing.limit.value}日`);
  });

  test('the claim-report walkthrough registers and refers instead of refusing at the counter', async ({ page }) => {
    await page.goto('/processes/reporting/#step-notAccepted');
    await expect(page.getByRole('heading', { name: '如实说明，照常登记，交公司核定' })).toBeVisible();
  });
});
