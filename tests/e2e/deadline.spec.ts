/** The 期限计算器 (/tools/deadline/), driven as a clerk uses it: pick a rule, type a date, read the answer. */
import { test, expect, CalculatorPage, DeadlinesPage } from './fixtures';
import { rules } from './norms';
import { expectNoAxeViolations } from './axeCheck';
import { ui } from '../../src/i18n/ui';

const rule = (id: string) => rules().find((r) => r.id === id)!;

test.describe('期限计算器', () => {
  test('counts working days over National Day 2026, with the make-up Saturday', async ({ page }) => {
    const r = rule('baoquan-process-no-premium');
    const calc = new CalculatorPage(page);
    await calc.open(r.id);
    await expect(calc.rule).toHaveValue(r.id);
    await calc.start.fill('2026-09-29');
    await expect(calc.due).toHaveText('最迟：2026年10月12日（星期一）');
    await expect(calc.detail).toContainText('10月1日（国庆节）');
    await expect(calc.detail).toContainText('计入的调休上班日：10月10日');
    await expect(calc.method).toContainText('《民法典》第二百零一条');
  });

  test('a 日 deadline ending on National Day shows the plain count and the date moved by 民法典第二百零三条', async ({ page }) => {
    const r = rule('claim-payment');
    expect(r.limit).toMatchObject({ value: 10, unit: '日' });
    const calc = new CalculatorPage(page);
    await calc.open(r.id);
    await calc.start.fill('2026-09-21');
    await expect(calc.due).toHaveText('按日数数满：2026年10月1日（星期四）');
    await expect(calc.moved).toContainText('遇法定休假日顺延到：2026年10月8日（星期四）');
    await expect(calc.moved).toContainText('《民法典》第二百零三条');
    await expect(calc.moved).toContainText('国庆节');
    await expectNoAxeViolations(page);
    // Ten days that end on an ordinary Sunday are not moved (the reading README explains).
    await calc.start.fill('2026-09-10');
    await expect(calc.due).toHaveText('最迟：2026年9月20日（星期日）');
    await expect(calc.moved).toBeHidden();
  });

  test('across New Year 2027 the answer is marked 暂定 above the date', async ({ page }) => {
    const r = rule('baoquan-accept');
    expect(r.limit).toMatchObject({ value: 2, unit: '工作日' });
    const calc = new CalculatorPage(page);
    await calc.open(r.id);
    await calc.start.fill('2026-12-31');
    await expect(calc.due).toHaveText('最迟：2027年1月5日（星期二）');
    await expect(calc.provisional).toContainText('暂定（当年调休安排未收录）');
    await expect(calc.provisional).toContainText('2027年的放假安排还没有公布');
    const [above, answer] = await Promise.all([calc.provisional.boundingBox(), calc.due.boundingBox()]);
    expect(above!.y + above!.height).toBeLessThanOrEqual(answer!.y);
    await expect(calc.detail).toContainText('1月1日（元旦）');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expectNoAxeViolations(page);
    }
    // Within 2026 nothing is provisional.
    await calc.start.fill('2026-11-30');
    await expect(calc.provisional).toBeHidden();
  });

  test.describe('what a clerk types before the calculator’s script has loaded is kept, not replaced by now', () => {
    /** A slow connection: the page's scripts arrive only when `release` is called, after the form is on screen. */
    async function holdScripts(page: import('@playwright/test').Page) {
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/*.js', async (route) => {
        await arrived;
        await route.continue();
      });
      return release;
    }

    test('a date, for a limit in years', async ({ page }) => {
      const r = rule('claim-limitation-life');
      expect(r.limit).toMatchObject({ value: 5, unit: '年' });
      const release = await holdScripts(page);
      const calc = new CalculatorPage(page);
      // Not waiting for the load event: it would wait for the held scripts.
      await page.goto(`/tools/deadline/?rule=${r.id}`, { waitUntil: 'commit' });
      await expect(calc.rule).toHaveValue(r.id);
      await calc.start.fill('2021-10-01');
      await expect(calc.due).toBeEmpty();
      release();
      // 5年 from 1 October 2021 end on 1 October 2026, a day of the National Day holiday.
      await expect(calc.due).toHaveText('按年数数满：2026年10月1日（星期四）');
      await expect(calc.moved).toContainText('遇法定休假日顺延到：2026年10月8日（星期四）');
      await expect(calc.start).toHaveValue('2021-10-01');
    });

    test('a date and time, for a limit in hours: the field asks for a time before the script arrives', async ({ page }) => {
      const r = rule('claim-major-report');
      expect(r.limit).toMatchObject({ value: 24, unit: '小时' });
      const release = await holdScripts(page);
      await page.goto(`/tools/deadline/?rule=${r.id}`, { waitUntil: 'commit' });
      const start = page.getByLabel('起算时刻');
      await expect(start).toHaveAttribute('type', 'datetime-local');
      await start.fill('2026-11-30T16:30');
      release();
      const calc = new CalculatorPage(page);
      await expect(calc.due).toHaveText(/^最迟：2026年12月1日（星期二）\s*16:30$/);
      await expect(start).toHaveValue('2026-11-30T16:30');
    });
  });

  test('service requirements are not offered; a link to one says so and the calculator still works', async ({ page }) => {
    const standards = rules().filter((r) => r.requirement === '服务标准');
    expect(standards.length).toBeGreaterThan(0);
    const calc = new CalculatorPage(page);
    await calc.open(standards[0].id);
    const options = await calc.rule.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const s of standards) expect(options).not.toContain(s.id);
    // Every rule with a number that is not a service standard is offered (duties without a number are not).
    expect(options.length).toBe(rules().filter((r) => r.limit && r.requirement !== '服务标准').length);
    await expect(page.getByRole('status').filter({ hasText: standards[0].id })).toContainText('不是可以计算的期限');
    await calc.start.fill('2026-11-30');
    await expect(calc.due).toHaveText(/^最迟：/);
  });
});

test.describe('on a phone at the counter', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  const fitsTheScreen = async (page: import('@playwright/test').Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  test('a deadline for 保全: filter 时限速查, read the card, tap 算到期日, type the date', async ({ page }) => {
    const r = rule('baoquan-accept');
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    await fitsTheScreen(page);
    await deadlines.line.selectOption('保全');
    const card = deadlines.row(r.id);
    await expect(card).toBeVisible();
    // The card: the rule, its limit large, then the trigger, the source and the status, top to bottom.
    const limit = deadlines.limit(r.id);
    await expect(limit).toHaveText(`${r.limit!.value}个工作日`);
    expect(await limit.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    const [trigger, source, status] = ['trigger', 'source', 'status'].map((c) => card.locator(`td.${c}`));
    await expect(trigger).toHaveText(r.trigger);
    const parts = [card.getByRole('rowheader'), limit, trigger, source, status];
    const tops = await Promise.all(parts.map(async (p) => (await p.boundingBox())!.y));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // Each part says what it is, since the table's column headings are not on a card.
    const labels = await Promise.all([trigger, source, status].map((c) => c.evaluate((el) => getComputedStyle(el, '::before').content)));
    expect(labels).toEqual([ui['table.trigger'], ui['table.source'], ui['table.status']].map((l) => `"${l}："`));
    await fitsTheScreen(page);

    await deadlines.calcLink(r.id).tap();
    await expect(page).toHaveURL(new RegExp(`/tools/deadline/\\?rule=${r.id}$`));
    const calc = new CalculatorPage(page);
    await expect(calc.rule).toHaveValue(r.id);
    await calc.start.fill('2026-09-30');
    await expect(calc.due).toHaveText('最迟：2026年10月9日（星期五）');
    await fitsTheScreen(page);
    // The header's search and menu buttons stay on screen.
    for (const name of ['搜索', '菜单']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
  });
});
