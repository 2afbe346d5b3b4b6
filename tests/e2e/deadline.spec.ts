/** The 期限计算器 (/tools/deadline/), driven as a clerk uses it: pick a rule, type a date, read the answer. */
import { test, expect } from './fixtures';
import { rules } from './norms';
import { expectNoAxeViolations } from './axeCheck';
import { ui } from '../../src/i18n/ui';

const rule = (id: string) => rules().find((r) => r.id === id)!;
const due = (page: import('@playwright/test').Page) => page.locator('[data-out="due"]');

test.describe('期限计算器', () => {
  test('counts working days over National Day 2026, with the make-up Saturday', async ({ page }) => {
    const r = rule('baoquan-process-no-premium');
    await page.goto(`/tools/deadline/?rule=${r.id}`);
    await expect(page.getByLabel('时限规则')).toHaveValue(r.id);
    await page.getByLabel('起算日').fill('2026-09-29');
    await expect(due(page)).toHaveText('最迟：2026年10月12日（星期一）');
    await expect(page.locator('[data-out="detail"]')).toContainText('10月1日（国庆节）');
    await expect(page.locator('[data-out="detail"]')).toContainText('计入的调休上班日：10月10日');
    await expect(page.locator('[data-out="method"]')).toContainText('《民法典》第二百零一条');
  });

  test('a 日 deadline ending on National Day shows the plain count and the date moved by 民法典第二百零三条', async ({ page }) => {
    const r = rule('claim-payment');
    expect(r.limit).toMatchObject({ value: 10, unit: '日' });
    await page.goto(`/tools/deadline/?rule=${r.id}`);
    await page.getByLabel('起算日').fill('2026-09-21');
    await expect(due(page)).toHaveText('按日数数满：2026年10月1日（星期四）');
    const moved = page.locator('[data-out="moved"]');
    await expect(moved).toContainText('遇法定休假日顺延到：2026年10月8日（星期四）');
    await expect(moved).toContainText('《民法典》第二百零三条');
    await expect(moved).toContainText('国庆节');
    await expectNoAxeViolations(page);
    // Ten days that end on an ordinary day are not moved.
    await page.getByLabel('起算日').fill('2026-09-10');
    await expect(due(page)).toHaveText('最迟：2026年9月20日（星期日）');
    await expect(moved).toBeHidden();
  });

  test('across New Year 2027 the answer is marked 暂定 above the date', async ({ page }) => {
    const r = rule('baoquan-accept');
    expect(r.limit).toMatchObject({ value: 2, unit: '工作日' });
    await page.goto(`/tools/deadline/?rule=${r.id}`);
    await page.getByLabel('起算日').fill('2026-12-31');
    await expect(due(page)).toHaveText('最迟：2027年1月5日（星期二）');
    const provisional = page.locator('[data-out="provisional"]');
    await expect(provisional).toContainText('暂定（当年调休安排未收录）');
    await expect(provisional).toContainText('2027年的放假安排还没有公布');
    const [above, answer] = await Promise.all([provisional.boundingBox(), due(page).boundingBox()]);
    expect(above!.y + above!.height).toBeLessThanOrEqual(answer!.y);
    await expect(page.locator('[data-out="detail"]')).toContainText('1月1日（元旦）');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expectNoAxeViolations(page);
    }
    // Within 2026 nothing is provisional.
    await page.getByLabel('起算日').fill('2026-11-30');
    await expect(provisional).toBeHidden();
  });

  test('service requirements are not offered; a link to one says so and the calculator still works', async ({ page }) => {
    const standards = rules().filter((r) => r.requirement === '服务标准');
    expect(standards.length).toBeGreaterThan(0);
    await page.goto(`/tools/deadline/?rule=${standards[0].id}`);
    const options = await page.getByLabel('时限规则').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const s of standards) expect(options).not.toContain(s.id);
    // Every rule with a number that is not a service standard is offered (duties without a number are not).
    expect(options.length).toBe(rules().filter((r) => r.limit && r.requirement !== '服务标准').length);
    await expect(page.getByRole('status').filter({ hasText: standards[0].id })).toContainText('不是可以计算的期限');
    await page.getByLabel('起算日').fill('2026-11-30');
    await expect(due(page)).toHaveText(/^最迟：/);
  });
});

test.describe('on a phone at the counter', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  const fitsTheScreen = async (page: import('@playwright/test').Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  test('a deadline for 保全: filter 时限速查, read the card, tap 算到期日, type the date', async ({ page }) => {
    const r = rule('baoquan-accept');
    await page.goto('/reference/deadlines/');
    await fitsTheScreen(page);
    await page.getByLabel('业务').selectOption('保全');
    const card = page.locator(`#deadline-${r.id}`);
    await expect(card).toBeVisible();
    // The card shows the limit large, then the trigger, the source and the status.
    const limit = card.locator('.limit-value');
    await expect(limit).toHaveText(`${r.limit!.value}个工作日`);
    expect(await limit.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    await expect(card.getByRole('cell', { name: r.trigger })).toBeVisible();
    // Top to bottom: the rule, its limit, the trigger, the source, the status; each cell labelled.
    const parts = [card.getByRole('rowheader'), limit, ...['trigger', 'source', 'status'].map((c) => card.locator(`td.${c}`))];
    const tops = await Promise.all(parts.map(async (p) => (await p.boundingBox())!.y));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    const labels = await Promise.all(
      ['trigger', 'source', 'status'].map((c) => card.locator(`td.${c}`).evaluate((el) => getComputedStyle(el, '::before').content)),
    );
    expect(labels).toEqual([ui['table.trigger'], ui['table.source'], ui['table.status']].map((l) => `"${l}："`));
    await fitsTheScreen(page);

    await card.getByRole('link', { name: /^算到期日/ }).tap();
    await expect(page).toHaveURL(new RegExp(`/tools/deadline/\\?rule=${r.id}$`));
    await expect(page.getByLabel('时限规则')).toHaveValue(r.id);
    await page.getByLabel('起算日').fill('2026-09-30');
    await expect(due(page)).toHaveText('最迟：2026年10月9日（星期五）');
    await fitsTheScreen(page);
    // The header's search and menu buttons stay on screen.
    for (const name of ['搜索', '菜单']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
  });
});
