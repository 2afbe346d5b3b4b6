/** The four counter reference pages, driven as a clerk would use them. */
import { test, expect, CalculatorPage, DeadlinesPage } from './fixtures';
import { documentLists, phrases, rules } from './norms';
import { expectNoAxeViolations } from './axeCheck';

test.describe('时限速查', () => {
  const byId = (id: string) => rules().find((r) => r.id === id)!;
  /** What the calculator can count: a number, and not a standing service level. */
  const countable = (r: ReturnType<typeof rules>[number]) => r.requirement !== '服务标准' && !!r.limit;

  test('lists every rule, filters by business line and unit, and keeps the filter in the URL', async ({ page }) => {
    const all = rules();
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    await expect(deadlines.keptRows).toHaveCount(all.length);
    await expect(deadlines.status).toHaveText(`显示 ${all.length} / ${all.length} 条`);

    await deadlines.line.selectOption('投诉');
    const complaints = all.filter((r) => r.businessLine === '投诉');
    await expect(deadlines.keptRows).toHaveCount(complaints.length);
    await expect(deadlines.status).toHaveText(`显示 ${complaints.length} / ${all.length} 条`);
    for (const r of complaints) await expect(deadlines.row(r.id)).not.toHaveAttribute('hidden');
    await expect(page).toHaveURL(/line=%E6%8A%95%E8%AF%89/);

    await deadlines.unit.selectOption('工作日');
    const both = complaints.filter((r) => r.limit?.unit === '工作日');
    await expect(deadlines.keptRows).toHaveCount(both.length);

    await page.reload();
    await expect(deadlines.line).toHaveValue('投诉');
    await expect(deadlines.unit).toHaveValue('工作日');
    await expect(deadlines.keptRows).toHaveCount(both.length);

    await deadlines.reset.click();
    await expect(deadlines.keptRows).toHaveCount(all.length);
    await expect(page).toHaveURL(/\/reference\/deadlines\/$/);
  });

  test('with the filter 投诉 the first row a clerk sees is the 2020 rule; older and example rules wait below, each naming the rule that governs', async ({ page }) => {
    const current = byId('complaint-decide-simple');
    const deadlines = new DeadlinesPage(page);
    // By keyword (what a clerk types) and by business line (what a clerk picks).
    for (const filter of [() => deadlines.keyword.fill('投诉'), () => deadlines.line.selectOption('投诉')]) {
      await deadlines.open();
      await filter();
      const first = deadlines.visibleRows.first();
      await expect(first).toHaveAttribute('id', `deadline-${current.id}`);
      await expect(first.getByRole('rowheader')).toHaveText(current.title);
      await expect(deadlines.limit(current.id)).toHaveText(`${current.limit!.value}日`);
    }

    // The older 投诉 rules are in the collapsed group, out of sight until it is opened.
    const older = ['complaint-answer-2010', 'complaint-decide-2013'];
    for (const id of older) await expect(deadlines.row(id)).toBeHidden();
    const othersKept = await deadlines.others.locator('[data-filter-row]:not([hidden])').count();
    await expect(deadlines.othersSummary).toHaveText(new RegExp(`^其他规定${othersKept}条：`));
    await deadlines.openOthers();
    for (const id of older) {
      await expect(deadlines.row(id)).toBeVisible();
      const instead = deadlines.row(id).getByRole('link', { name: `现在以「${current.title}」为准` });
      await expect(instead).toHaveAttribute('href', `#deadline-${current.id}`);
    }
    await expectNoAxeViolations(page);
  });

  test('the first table holds exactly the rules that govern at the counter, as the open data says', async ({ page, request }) => {
    const data = (await (await request.get('/data/rules.json')).json()) as { items: { id: string; standing: { governs: boolean } }[] };
    const governs = data.items.filter((i) => i.standing.governs).map((i) => i.id);
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    expect((await deadlines.governingIds()).sort()).toEqual(governs.sort());
    // Everything else waits in the collapsed group, which says how many it holds.
    await expect(deadlines.othersSummary).toHaveText(new RegExp(`^其他规定${data.items.length - governs.length}条：`));
    await expect(deadlines.others).not.toHaveAttribute('open');
  });

  test('filters by a keyword and says when nothing matches', async ({ page }) => {
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    await deadlines.keyword.fill('拒绝');
    await expect(deadlines.visibleRows.first()).toContainText(/拒/);
    await deadlines.keyword.fill('不存在的事项');
    await expect(deadlines.keptRows).toHaveCount(0);
    await expect(page.getByText('没有符合条件的时限')).toBeVisible();
    // With nothing left in it, the collapsed group disappears rather than say 0.
    await expect(deadlines.othersSummary).toBeHidden();
  });

  test('each row links to the chapter that teaches it', async ({ page }) => {
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    await deadlines.row('baoquan-accept').getByRole('link', { name: '保全', exact: true }).click();
    await expect(page).toHaveURL(/\/policy-services\/$/);
  });

  test('each countable row links to the calculator with its rule preselected; service standards and duties without a number do not', async ({ page }) => {
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    await deadlines.openOthers();
    for (const r of rules()) {
      if (countable(r)) await expect(deadlines.calcLink(r.id), r.id).toHaveAttribute('href', `/tools/deadline/?rule=${r.id}`);
      else await expect(deadlines.calcLink(r.id), r.id).toHaveCount(0);
    }
    // A 年 limit: 2年 from 15 March 2026 ends on 15 March 2028 (民法典第二百零二条).
    const r = byId('claim-limitation-other');
    expect(r.limit).toMatchObject({ value: 2, unit: '年' });
    await deadlines.unit.selectOption('年');
    await deadlines.calcLink(r.id).click();
    const calc = new CalculatorPage(page);
    await expect(calc.rule).toHaveValue(r.id);
    await calc.start.fill('2026-03-15');
    await expect(calc.due).toHaveText('最迟：2028年3月15日（星期三）');
    await expect(calc.method).toContainText('第二百零二条');
  });

  test('shows the rows that were missing: 犹豫期, 委托领取, 诉讼时效 (年)', async ({ page }) => {
    const deadlines = new DeadlinesPage(page);
    await deadlines.open();
    // 犹豫期: the source writes 天, and the site keeps the word.
    const cooling = byId('cooling-off-long-term-health');
    expect(cooling.limit).toMatchObject({ value: 15, unit: '天', bound: '不少于' });
    await expect(deadlines.limit(cooling.id)).toHaveText(`不少于${cooling.limit!.value}天`);
    // 委托领取: a duty without a day count says so, and names the amount it starts at.
    const proxy = byId('proxy-collection-notice');
    expect(proxy.limit).toBeUndefined();
    await expect(deadlines.limit(proxy.id)).toHaveText(proxy.timing!);
    await expect(deadlines.row(proxy.id)).toContainText(`金额超过${proxy.amount!.value}元`);

    // 诉讼时效: the 单位 filter has 年, and it finds exactly the two limits counted in years.
    await deadlines.unit.selectOption('年');
    const years = rules().filter((r) => r.limit?.unit === '年');
    expect(years.map((r) => r.limit!.value).sort()).toEqual([2, 5]);
    await expect(deadlines.visibleRows).toHaveCount(years.length);
    for (const r of years) await expect(deadlines.limit(r.id)).toHaveText(`${r.limit!.value}年`);
    await expect(deadlines.othersSummary).toBeHidden();

    // 天 is a calendar day: choosing 日 finds it too, and so does the question a clerk would type.
    await deadlines.unit.selectOption('日');
    await expect(deadlines.row(cooling.id)).toBeVisible();
    await deadlines.unit.selectOption('');
    await deadlines.keyword.fill('犹豫期多少天');
    await expect(deadlines.visibleRows.first()).toHaveAttribute('id', `deadline-${cooling.id}`);
  });

  test('prints the table without its filter controls', async ({ page }) => {
    const deadlines = new DeadlinesPage(page);
    await deadlines.open('?line=%E4%BF%9D%E5%85%A8');
    await expect(deadlines.row('baoquan-accept')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const control of [deadlines.line, deadlines.unit, deadlines.keyword, deadlines.reset]) await expect(control).toBeHidden();
    await expect(deadlines.row('baoquan-accept')).toBeVisible();
    await expect(deadlines.calcLink('baoquan-accept')).toBeHidden();
  });
});

test.describe('材料清单', () => {
  const death = () => documentLists().find((l) => l.id === 'claim-death')!;
  type Item = { when?: string[]; unless?: string[] };
  const conditional = (i: Item) => !!(i.when?.length || i.unless?.length);
  /** Whether an item applies once these situations are ticked (the rule the page states). */
  const applies = (i: Item, ticked: string[]) =>
    (i.when ?? []).every((w) => ticked.includes(w)) && !(i.unless ?? []).some((u) => ticked.includes(u));

  test('lists every item by default with its situation marked; ticking a situation narrows the list and says so', async ({ page }) => {
    const list = death();
    await page.goto('/reference/documents/');
    await page.getByLabel('选择业务类型').selectOption('claim-death');
    const card = page.locator('[data-card="claim-death"]');
    await expect(page.locator('[data-card]:visible')).toHaveCount(1);
    const visibleItems = card.locator('li[data-item]:visible');
    await expect(visibleItems).toHaveCount(list.items.length);
    for (const i of list.items.filter((i) => i.when?.length)) {
      await expect(card.locator(`li[data-item="${i.id}"]`)).toContainText(`${i.when!.join('且')}时`);
    }
    await expect(card.getByRole('group', { name: '本案情形' })).toContainText('不勾选时列出全部材料');

    const illness = list.items.filter((i) => i.when?.includes('疾病'));
    const others = list.items.filter((i) => i.when?.length && !i.when.includes('疾病'));
    await card.getByLabel('疾病', { exact: true }).check();
    for (const i of illness) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeVisible();
    for (const i of others) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeHidden();
    const shown = list.items.filter((i) => applies(i, ['疾病'])).length;
    await expect(visibleItems).toHaveCount(shown);
    await expect(card.getByRole('status').first()).toHaveText(
      `已按所选情形（疾病）筛选：列出 ${shown} 项，不适用的 ${list.items.length - shown} 项已隐藏。取消勾选即列出全部。`,
    );

    const unlessMinor = list.items.filter((i) => i.unless?.includes('未成年人'));
    const minor = list.items.filter((i) => i.when?.includes('未成年人'));
    await card.getByLabel('未成年人', { exact: true }).check();
    for (const i of minor) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeVisible();
    for (const i of unlessMinor) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeHidden();
    const applicable = list.items.filter((i) => applies(i, ['疾病', '未成年人'])).length;
    await expect(visibleItems).toHaveCount(applicable);
    await expectNoAxeViolations(page);

    const always = list.items.filter((i) => !conditional(i));
    await card.getByLabel(always[0].text).check();
    await card.getByLabel(always[1].text).check();
    await expect(card.getByText(`已备齐 2 / ${applicable} 项`)).toBeVisible();
    await card.getByRole('button', { name: '清空勾选' }).click();
    await expect(card.getByText(`已备齐 0 / ${list.items.length} 项`)).toBeVisible();
    await expect(visibleItems).toHaveCount(list.items.length);
    await expect(page).toHaveURL(/list=claim-death/);
  });

  test('the situations and ticks live in the URL and survive a reload', async ({ page }) => {
    const list = death();
    const always = list.items.filter((i) => !conditional(i));
    await page.goto('/reference/documents/?list=claim-death');
    const card = page.locator('[data-card="claim-death"]');
    await card.getByLabel('意外', { exact: true }).check();
    await card.getByLabel(always[0].text).check();
    await expect(page).toHaveURL(new RegExp(`when=${encodeURIComponent('意外')}.*got=${always[0].id}`));
    await page.reload();
    await expect(card.getByLabel('意外', { exact: true })).toBeChecked();
    await expect(card.getByLabel(always[0].text)).toBeChecked();
    await expect(card.getByLabel(always[1].text)).not.toBeChecked();
    for (const i of list.items.filter((i) => i.when?.includes('疾病'))) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeHidden();
    // A tampered link is ignored item by item, never an error.
    await page.goto('/reference/documents/?list=claim-death&when=%3Cb%3E,疾病&got=no-such-item');
    await expect(card.getByLabel('疾病', { exact: true })).toBeChecked();
    await expect(card.getByText(/^已备齐 0 \//)).toBeVisible();
  });

  test('the customer’s printed sheet: the list, blanks, today’s date, what is missing, and no internal labels', async ({ page }) => {
    const list = death();
    const always = list.items.filter((i) => !conditional(i));
    await page.goto(`/reference/documents/?list=claim-death&when=${encodeURIComponent('疾病')}&got=${always[0].id}`);
    const card = page.locator('[data-card="claim-death"]');
    await expect(card).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-card]:visible')).toHaveCount(1);
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.getByRole('button', { name: '打印这份清单' })).toBeHidden();
    await expect(card.getByRole('group', { name: '本案情形' })).toBeHidden();

    const sheet = card.locator('.print-header');
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('客户姓名：＿');
    await expect(sheet).toContainText('联系电话：＿');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
    });
    await expect(sheet).toContainText(`打印日期：${today}`);

    const missing = card.locator('[data-missing] li');
    const expected = list.items.filter((i) => applies(i, ['疾病']) && i.id !== always[0].id);
    await expect(card.getByText('还缺以下材料')).toBeVisible();
    await expect(missing).toHaveCount(expected.length);
    for (const [k, i] of expected.entries()) await expect(missing.nth(k)).toContainText(i.text);

    const printed = (await card.evaluate((el) => (el as HTMLElement).innerText)) as string;
    for (const internal of ['未核实', '清单出处', '地方行业规范', '现行全国规定', '河南']) expect(printed).not.toContain(internal);

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  test('without JavaScript every list is readable, with tick boxes that still work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/reference/documents/');
    for (const l of documentLists()) await expect(page.getByRole('heading', { name: l.title })).toBeVisible();
    await expect(page.getByLabel('选择业务类型')).toBeHidden();
    const first = death().items[0];
    const box = page.locator(`#check-claim-death-${first.id}`);
    await box.check();
    await expect(box).toBeChecked();
    await context.close();
  });
});

test.describe('材料清单 on a phone at the counter', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the documents for a death claim: pick 身故, see everything, tap what the customer brought', async ({ page }) => {
    const list = documentLists().find((l) => l.id === 'claim-death')!;
    await page.goto('/reference/documents/');
    await page.getByLabel('选择业务类型').selectOption(list.id);
    const card = page.locator(`[data-card="${list.id}"]`);
    await expect(card.getByRole('heading', { name: list.title })).toBeVisible();
    await expect(card.locator('li[data-item]:visible')).toHaveCount(list.items.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Every row is a tap target of at least 44 px, and tapping its text ticks it.
    for (const item of list.items) {
      const row = card.locator(`li[data-item="${item.id}"] label`);
      expect((await row.boundingBox())!.height, item.id).toBeGreaterThanOrEqual(44);
    }
    const [first, second] = list.items;
    await card.locator(`li[data-item="${first.id}"] label`).tap();
    await card.locator(`li[data-item="${second.id}"] label`).tap();
    await expect(card.getByLabel(first.text)).toBeChecked();
    await expect(card.getByText(`已备齐 2 / ${list.items.length} 项`)).toBeVisible();
    for (const situation of ['疾病', '意外', '未成年人']) {
      const label = card.getByRole('group', { name: '本案情形' }).locator('label', { hasText: situation });
      expect((await label.boundingBox())!.height, situation).toBeGreaterThanOrEqual(44);
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('服务用语手册', () => {
  test('shows every must-say phrase first and lists the forbidden behaviour', async ({ page }) => {
    await page.goto('/reference/phrases/');
    // A section is every list between its h2 and the next one (moments have h3s in between).
    const section = async (id: string) =>
      (await page.locator(`xpath=//h2[@id="${id}"]/following-sibling::dl[preceding-sibling::h2[1][@id="${id}"]]`).allTextContents()).join('\n');
    const must = phrases().filter((p) => p.level === '必讲');
    const mustText = await section('must-say');
    for (const p of must) expect(mustText).toContain(p.text);
    const tabooText = await section('taboo');
    for (const p of phrases().filter((p) => p.level === '禁忌')) expect(tabooText).toContain(p.text);
    expect(await section('phone')).not.toContain(must[0].text);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('必讲用语')).toBeLessThan(headings.indexOf('柜面用语'));
  });
});

test.describe('术语表', () => {
  test('each term has an anchor and the page is in pinyin order', async ({ page }) => {
    await page.goto('/reference/glossary/#baoquan');
    await expect(page.locator('#baoquan dt')).toHaveText('保全');
    const terms = await page.locator('.glossary dt').allTextContents();
    expect(terms).toEqual([...terms].sort(new Intl.Collator('zh-CN').compare));
  });
});

test.describe('法规对照', () => {
  test('shows the 保全 acceptance conflict side by side and which governs', async ({ page }) => {
    await page.goto('/reference/regulations/');
    const row = page.locator('#cmp-baoquan-accept-henan');
    const [henan, national] = ['baoquan-accept-henan', 'baoquan-accept'].map((id) => rules().find((r) => r.id === id)!);
    await expect(row).toContainText(`${henan.limit!.value}个工作日`);
    await expect(row).toContainText(`${national.limit!.value}个工作日`);
    await expect(row).toContainText('宽于全国规定');
  });
});

test.describe('open data', () => {
  for (const [file, source] of [
    ['rules', rules],
    ['documents', documentLists],
    ['phrases', phrases],
  ] as const) {
    test(`/data/${file}.json publishes every entry with its source, its kind and effect`, async ({ request }) => {
      const res = await request.get(`/data/${file}.json`);
      expect(res.ok()).toBe(true);
      expect(res.headers()['content-type']).toContain('application/json');
      const body = await res.json();
      expect(body.schemaVersion).toBe(2);
      const ids = (source() as { id: string }[]).map((e) => e.id).sort();
      expect(body.items.map((i: { id: string }) => i.id).sort()).toEqual(ids);
      expect(body.count).toBe(ids.length);
      for (const item of body.items) {
        expect(item.source.title, item.id).toMatch(/\S/);
        expect(item.source.article, item.id).toMatch(/\S/);
        expect(item.source.sourceKind, item.id).toMatch(/\S/);
        expect(item.source.sourceEffect, item.id).toMatch(/\S/);
        expect(item.source.sourceChecked, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (file === 'rules') {
          expect(typeof item.standing.governs, item.id).toBe('boolean');
          // A rule states a limit, or (a duty without a number) says what the source requires instead.
          expect(item.limit === null ? item.timing : item.limit.text, item.id).toMatch(/\S/);
        }
      }
    });
  }
});
