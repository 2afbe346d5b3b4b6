/** The four counter reference pages, driven as a clerk would use them. */
import { test, expect } from './fixtures';
import { documentLists, phrases, rules } from './norms';

test.describe('时限速查', () => {
  test('lists every rule, filters by business line and unit, and keeps the filter in the URL', async ({ page }) => {
    const all = rules();
    await page.goto('/reference/deadlines/');
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(all.length);
    await expect(page.getByRole('status')).toHaveText(`显示 ${all.length} / ${all.length} 条`);

    await page.getByLabel('业务').selectOption('投诉');
    const complaints = all.filter((r) => r.businessLine === '投诉');
    await expect(page.locator('tbody tr:visible')).toHaveCount(complaints.length);
    await expect(page.getByRole('status')).toHaveText(`显示 ${complaints.length} / ${all.length} 条`);
    for (const r of complaints) await expect(page.locator(`#deadline-${r.id}`)).toBeVisible();
    await expect(page).toHaveURL(/line=%E6%8A%95%E8%AF%89/);

    await page.getByLabel('单位').selectOption('工作日');
    const both = complaints.filter((r) => r.limit.unit === '工作日');
    await expect(page.locator('tbody tr:visible')).toHaveCount(both.length);

    await page.reload();
    await expect(page.getByLabel('业务')).toHaveValue('投诉');
    await expect(page.locator('tbody tr:visible')).toHaveCount(both.length);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page.locator('tbody tr:visible')).toHaveCount(all.length);
  });

  test('filters by a keyword and says when nothing matches', async ({ page }) => {
    await page.goto('/reference/deadlines/');
    await page.getByLabel('关键词').fill('拒绝');
    await expect(page.locator('tbody tr:visible').first()).toContainText(/拒/);
    await page.getByLabel('关键词').fill('不存在的事项');
    await expect(page.locator('tbody tr:visible')).toHaveCount(0);
    await expect(page.getByText('没有符合条件的时限')).toBeVisible();
  });

  test('each row links to the chapter that teaches it', async ({ page }) => {
    await page.goto('/reference/deadlines/');
    await page.locator('#deadline-baoquan-accept').getByRole('link', { name: '保全' }).click();
    await expect(page).toHaveURL(/\/policy-services\/$/);
  });
});

test.describe('材料清单', () => {
  const death = () => documentLists().find((l) => l.id === 'claim-death')!;

  test('conditions add and remove items, ticks count towards what is ready', async ({ page }) => {
    const list = death();
    await page.goto('/reference/documents/');
    await page.getByLabel('选择业务类型').selectOption('claim-death');
    const card = page.locator('[data-card="claim-death"]');
    await expect(card).toBeVisible();
    await expect(page.locator('[data-card]:visible')).toHaveCount(1);

    const always = list.items.filter((i) => !i.when?.length && !i.unless?.length);
    const unlessMinor = list.items.filter((i) => i.unless?.includes('未成年人'));
    const illness = list.items.filter((i) => i.when?.includes('疾病'));
    const minor = list.items.filter((i) => i.when?.includes('未成年人'));
    const visibleItems = card.locator('li[data-item]:visible');
    await expect(visibleItems).toHaveCount(always.length + unlessMinor.length);

    await card.getByLabel('疾病').check();
    for (const i of illness) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeVisible();
    await card.getByLabel('未成年人').check();
    for (const i of minor) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeVisible();
    for (const i of unlessMinor) await expect(card.locator(`li[data-item="${i.id}"]`)).toBeHidden();
    const applicable = always.length + illness.length + minor.length;
    await expect(visibleItems).toHaveCount(applicable);

    await card.getByLabel(always[0].text).check();
    await card.getByLabel(always[1].text).check();
    await expect(card.getByRole('status')).toHaveText(`已备齐 2 / ${applicable} 项`);
    await card.getByRole('button', { name: '清空勾选' }).click();
    await expect(card.getByRole('status')).toHaveText(`已备齐 0 / ${applicable} 项`);
    await expect(page).toHaveURL(/list=claim-death/);
  });

  test('prints only the chosen checklist, on one A4 page', async ({ page }) => {
    await page.goto('/reference/documents/?list=claim-death');
    await expect(page.locator('[data-card="claim-death"]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-card="claim-death"]')).toBeVisible();
    await expect(page.locator('[data-card="claim-death"] .print-header')).toBeVisible();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('[data-card]:visible')).toHaveCount(1);
    await expect(page.getByRole('button', { name: '打印这份清单' })).toBeHidden();
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

test.describe('服务用语手册', () => {
  test('shows every must-say phrase first and lists the forbidden behaviour', async ({ page }) => {
    await page.goto('/reference/phrases/');
    const must = phrases().filter((p) => p.level === '必讲');
    const mustSection = page.locator('h2#must-say + dl');
    for (const p of must) await expect(mustSection).toContainText(p.text);
    const taboo = phrases().filter((p) => p.level === '禁忌');
    const tabooSection = page.locator('h2#taboo + dl');
    for (const p of taboo) await expect(tabooSection).toContainText(p.text);
    await expect(page.locator('h2#phone + dl')).not.toContainText(must[0].text);
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
    await expect(row).toContainText(`${henan.limit.value}个工作日`);
    await expect(row).toContainText(`${national.limit.value}个工作日`);
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
        if (file === 'rules') expect(typeof item.standing.governs, item.id).toBe('boolean');
      }
    });
  }
});
