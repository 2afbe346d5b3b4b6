/**
 * The search dialog and /search/ against the production build: opening and closing by keyboard,
 * the combobox keys, answer cards built from the norms data, relaxed search and its notices,
 * help when nothing matches, bad input, loading on intent, offline, the phone layout, and axe in
 * every state.
 */
import { devices, type Page, type Response } from '@playwright/test';
import { dialogScripts } from '../../scripts/bench/searchDialog';
import { formatLimit } from '../../src/lib/format';
import { test, expect, axeViolations, type SearchDialog } from './fixtures';
import { documentLists, phrases, rules, type RuleData } from './norms';

/** A limit as the site prints it (the norms data read by the tests types its unit loosely). */
const limitText = (rule: RuleData) => formatLimit(rule.limit as Parameters<typeof formatLimit>[0]);


test.describe('opening and closing', () => {
  test('Ctrl+K and / open the dialog with the box focused; Esc closes it and focus returns', async ({ page, search }) => {
    await page.goto('/policy-services/');
    await expect(search.button).toBeEnabled();
    await page.keyboard.press('Control+k');
    await expect(search.dialog).toBeVisible();
    await expect(search.input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search.dialog).toBeHidden();

    await page.keyboard.press('/');
    await expect(search.dialog).toBeVisible();
    await expect(search.input).toBeFocused();
    await expect(search.input).toHaveValue('');
    await search.dialog.getByRole('button', { name: '关闭' }).click();
    await expect(search.dialog).toBeHidden();
  });

  test('"/" typed into a field of the page is a character, not the shortcut', async ({ page, search }) => {
    await page.goto('/reference/deadlines/');
    const field = page.getByLabel('关键词');
    await field.fill('保全');
    await field.press('/');
    await expect(field).toHaveValue('保全/');
    await expect(search.dialog).toBeHidden();
  });

  test('the search loads on intent: nothing of it is fetched until the button is approached', async ({ page, search }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/claims/documents/', { waitUntil: 'networkidle' });
    const searchFiles = () => fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/data/search-'));
    expect(searchFiles()).toEqual([]);
    await search.button.hover();
    await expect
      .poll(searchFiles, { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/data/search-lexicon.json', '/data/search-cards.json']));
  });

  test('the dialog\'s own script, loaded and used, stays within 15 KB gz (Pagefind\'s files apart)', async ({ page, search }) => {
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto('/claims/documents/', { waitUntil: 'networkidle' });
    await search.open();
    await search.search('去世了要带什么');
    await page.waitForLoadState('networkidle');
    const scripts = await dialogScripts(responses);
    const total = scripts.reduce((n, s) => n + s.gzipBytes, 0);
    const detail = scripts.map((s) => `${s.url} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join('\n');
    // trigger.ts and the on-demand dialog, engine and query understanding at least.
    expect(scripts.length).toBeGreaterThan(1);
    expect(total, `${(total / 1024).toFixed(1)} KB gz：\n${detail}`).toBeLessThanOrEqual(15 * 1024);
  });
});

test.describe('the combobox', () => {
  test('↑/↓ move through the results, Enter opens the highlighted one', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('走错窗口');
    await expect(search.input).toHaveAttribute('aria-expanded', 'true');
    const options = await search.options.all();
    expect(options.length).toBeGreaterThan(2);
    // The first result is highlighted at once; ↓ moves on, ↑ comes back, ↑ again wraps to the last.
    await expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await expect(search.input).toHaveAttribute('aria-activedescendant', (await options[1].getAttribute('id'))!);
    await expect(search.input).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options.at(-1)!).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = new URL((await options[1].getAttribute('href'))!, 'http://x');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === target.pathname);
    await expect(search.dialog).toBeHidden();
  });
});

/** The card option whose text contains `text`. */
const card = (search: SearchDialog, text: string) => search.listbox.getByRole('option').filter({ hasText: text });

test.describe('answer cards from the norms data', () => {
  test('a time limit: the limit, the trigger, the source, the national rule beside a local one, and the calculator', async ({ page, search }) => {
    const all = rules();
    const local = all.find((r) => r.comparison?.nationalRule)!;
    const national = all.find((r) => r.id === local.comparison!.nationalRule)!;
    await page.goto('/');
    await search.open();
    await search.search(`${local.title}要几天`);
    const option = card(search, local.title).first();
    await expect(option).toContainText(limitText(local));
    await expect(option).toContainText('出处：');
    await expect(option).toContainText('柜面以此为准');
    await expect(option).toContainText(national.title);
    await expect(option).toContainText(limitText(national));
    // The due date is counted by the rule the counter follows.
    await expect(search.listbox.getByRole('option', { name: `算到期日：${national.title}` })).toHaveAttribute('href', `/tools/deadline/?rule=${national.id}`);
    await expect(search.listbox.getByRole('option', { name: `查看现行规定：${national.title}` })).toBeVisible();
  });

  test('a document list, with what every case needs and a link to the checklist', async ({ page, search }) => {
    const death = documentLists().find((l) => l.id === 'claim-death')!;
    await page.goto('/');
    await search.open();
    await search.search('家里老人去世了要带什么');
    const option = card(search, death.title).first();
    await expect(option).toHaveAttribute('href', `/reference/documents/?list=${death.id}`);
    for (const item of death.items.filter((i) => !i.when?.length)) await expect(option).toContainText(item.text);
    await expect(search.options.first()).toHaveText(new RegExp(death.title));
  });

  test('a phrase: the words to say and the level', async ({ page, search }) => {
    const wrongWindow = phrases().find((p) => p.id === 'counter-wrong-window')!;
    await page.goto('/');
    await search.open();
    await search.search('客户走错窗口了怎么说');
    const option = search.options.first();
    await expect(option).toContainText(wrongWindow.text);
    await expect(option).toContainText(wrongWindow.level);
  });

  test('a glossary term asked about, also in pinyin initials', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('犹豫期是什么意思');
    await expect(search.options.first()).toContainText('犹豫期');
    await expect(search.options.first()).toContainText('术语');
    await search.search('yyq');
    await expect(search.status).toHaveText(/已按「犹豫期」搜索/);
  });
});

test.describe('never a dead end', () => {
  test('says what was searched when words were replaced', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('人走了要带什么');
    await expect(search.status).toContainText('已按「身故 材料」搜索');
  });

  test('relaxes a query whose words are not all on one page, and names the word nothing contains', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('退保 qwxz');
    await expect(search.status).toContainText('「qwxz」在本站没有出现');
    expect(await search.resultPaths()).toContain('/surrender/');
  });

  test('"no results" only when no word matches: a hint from the query and the quick links', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('qwxz');
    await expect(search.status).toContainText('没有找到与「qwxz」有关的内容');
    await expect(search.dialog.getByText('「qwxz」不是本站词语的拼音。')).toBeVisible();
    const quick = search.dialog.getByRole('navigation', { name: '常用速查' });
    for (const name of ['时限速查', '材料清单', '服务用语']) await expect(quick.getByRole('link', { name })).toBeVisible();
    await expect(search.input).toHaveAttribute('aria-expanded', 'false');
  });

  test('an empty query shows the quick links', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await expect(search.dialog.getByRole('navigation', { name: '常用速查' }).getByRole('link', { name: '时限速查' })).toBeVisible();
    await search.search('退保');
    await search.search('');
    await expect(search.dialog.getByRole('navigation', { name: '常用速查' })).toBeVisible();
    await expect(search.listbox).toBeHidden();
  });
});

test.describe('bad input', () => {
  test('10,000 characters are cut, with a notice', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    const long = '退保'.repeat(5000);
    await search.search(long);
    await expect(search.status).toContainText('问题太长，只按前 100 个字搜索');
    expect(await search.resultPaths()).toContain('/surrender/');
  });

  test('markup, regex characters and emoji stay text', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search('<qwxz onclick=alert>');
    await expect(search.status).toContainText('没有找到与「<qwxz onclick=alert>」有关的内容');
    await search.search('.*(退保)?[');
    await expect(search.status).toContainText('已按「退保」搜索');
    await search.search('🙂退保🙂');
    await expect(search.status).toContainText('已按「退保」搜索');
    await expect(search.dialog.locator('qwxz')).toHaveCount(0);
  });
});

test.describe('offline', () => {
  test('without a cached index, the dialog says clearly that search cannot run and offers the quick links', async ({ page, context, search }) => {
    await page.goto('/');
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await search.open();
    await search.search('退保');
    await expect(search.dialog.getByText(/现在没有网络，这台电脑上也还没有保存搜索索引/)).toBeVisible();
    await expect(search.dialog.getByRole('navigation', { name: '常用速查' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: devices['Pixel 5'].viewport, isMobile: true, hasTouch: true });
  test('the results start right under the input', async ({ page, search }) => {
    await page.goto('/claims/documents/');
    await search.open();
    await search.search('退保要带什么');
    const input = (await search.input.boundingBox())!;
    const first = (await search.options.first().boundingBox())!;
    // Only the line saying what was searched may sit between them.
    expect(first.y - (input.y + input.height)).toBeLessThan(90);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(devices['Pixel 5'].viewport.width);
  });
});

test.describe('axe in every state of the dialog', () => {
  // axe with every rule on takes a while on a busy two-core machine.
  test.describe.configure({ timeout: 120_000 });
  for (const [state, query] of [
    ['quick links', ''],
    ['results with answer cards', '去世了要带什么'],
    ['a time-limit card', '保全受理河南规范要几天'],
    ['no results', 'qwxz'],
  ] as const) {
    test(state, async ({ page, search }) => {
      await page.goto('/');
      await search.open();
      await search.search(query);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the search page with answer cards, results and filters', async ({ page }) => {
    await searchPage(page, '去世了要带什么');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('offline without an index', async ({ page, context, search }) => {
    await page.goto('/');
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await search.open();
    await search.search('退保');
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** The search page's answer to `query` (URL-encoded into the address), once it is on screen. */
async function searchPage(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('search-page')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.locator('search-page')).toHaveAttribute('data-query', query);
  return page.locator('search-page');
}

test.describe('/search/', () => {
  test('shows every result of the same engine, with answer cards, and keeps the query in the address', async ({ page }) => {
    const results = await searchPage(page, '去世了要带什么');
    await expect(results.getByRole('heading', { name: '直接答案' })).toBeVisible();
    await expect(results.getByRole('link', { name: /^材料清单 身故保险金申请材料/ })).toBeVisible();
    await expect(results.getByRole('status')).toContainText('已按「身故 材料」搜索');
    await page.getByLabel('搜索规范').fill('退保');
    await expect(page).toHaveURL(/q=%E9%80%80%E4%BF%9D/);
    await expect(results.getByRole('heading', { name: '相关页面' })).toBeVisible();
  });

  test('filters by 类型 and 业务, from the index itself', async ({ page }) => {
    await searchPage(page, '时限');
    const pages = page.locator('search-page ol.search-page-results > li > a.page');
    await expect(pages.first()).toBeVisible();
    const type = page.getByLabel('类型');
    await expect(type.locator('option', { hasText: '速查与工具' })).toHaveCount(1);
    await type.selectOption('速查与工具');
    await expect(page).toHaveURL(/type=/);
    await expect(pages.filter({ hasText: '时限速查' })).toHaveCount(1);
    await expect(pages.filter({ hasText: /^保全/ })).toHaveCount(0);
    await type.selectOption('');
    // The chapters filed under 保全 (frontmatter businessLine): 保全, and 退保与批改.
    await page.getByLabel('业务').selectOption('保全');
    await expect(pages.first()).toHaveAttribute('href', '/policy-services/');
    const hrefs = await pages.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => ['/policy-services/', '/surrender/'].includes(h!))).toBe(true);
  });
});
