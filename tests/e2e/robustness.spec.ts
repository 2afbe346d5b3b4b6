/**
 * An old counter PC on a poor line: 4× slower CPU and a slow network, and the site still does
 * its job. Whatever a user types comes back as text, never as markup. The Content-Security-Policy
 * allows the site itself only, and really blocks what it forbids.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths, QuizPage, WalkthroughPage, onCspViolation } from './fixtures';
import { documentLists, processes } from './norms';

/** Chromium's throttling: CPU 4× slower; about 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency ("slow 4G"). */
async function slowDown(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

test.describe('on a slow PC and a slow network', () => {
  test.beforeEach(async ({ page }) => slowDown(page));

  test('a clerk looks up a deadline, searches and opens a checklist', async ({ page, search }) => {
    test.setTimeout(120_000);
    await page.goto('/reference/deadlines/?line=%E4%BF%9D%E5%85%A8');
    await expect(page.getByLabel('业务')).toHaveValue('保全');
    await expect(page.locator('tbody tr:visible').first()).toBeVisible();
    await search.open();
    await search.search('退保 钱多久到账');
    // Results arrive one fragment at a time over the slow line; an answer card counts, as in the regression set.
    const topPaths = async () => (await search.optionTargets('answers')).slice(0, 3).map((t) => new URL(t, 'http://x').pathname);
    await expect.poll(topPaths, { timeout: 30_000 }).toContain('/surrender/');
    await page.keyboard.press('Escape');
    const list = documentLists().at(-1)!.id;
    await page.goto(`/reference/documents/?list=${list}`);
    await expect(page.locator(`[data-card="${list}"]`)).toBeVisible();
    await expect(page.locator('[data-card]:visible')).toHaveCount(1);
  });

  test('a new hire walks through a process and answers a quiz', async ({ page }) => {
    test.setTimeout(120_000);
    const def = processes().find((p) => p.id === 'reporting')!;
    const walk = new WalkthroughPage(page);
    await walk.openAndTakeFirstBranch(def);
    await walk.back();
    await expect(walk.current).toHaveAttribute('data-step', def.initial);
    const quiz = new QuizPage(page);
    await page.goto('/quizzes/chapter-claims-documents/');
    await quiz.start();
    await expect(quiz.question).toBeVisible();
  });
});

test.describe('what users type is shown as text', () => {
  const MARKUP = '<img src=x onerror="window.__xss=1"><b>粗体</b>';

  test('in search, the deadline filter and a quiz assignment', async ({ page, search }) => {
    await page.goto('/');
    await search.open();
    await search.search(MARKUP);
    await expect(search.input).toHaveValue(MARKUP);
    await expect(search.dialog.locator('img, b')).toHaveCount(0);

    await page.goto('/reference/deadlines/');
    await page.getByLabel('关键词').fill(MARKUP);
    await expect(page.getByText('没有符合条件的时限')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('关键词')).toHaveValue(MARKUP);

    await page.goto('/manage/assign/');
    await expect(page.getByRole('button', { name: '生成测验链接' })).toBeEnabled();
    await page.getByLabel('测验标题').fill(MARKUP);
    await page.getByLabel('班组').fill('<script>window.__xss=1</script>');
    await page.getByRole('button', { name: '生成测验链接' }).click();
    const link = await page.getByRole('textbox', { name: '测验链接' }).inputValue();
    await page.goto(link);
    await expect(page.getByText(MARKUP).first()).toBeVisible();

    expect(await page.locator('img[src="x"], b:text("粗体")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});

test.describe('Content-Security-Policy', () => {
  test('every page carries a policy that allows only the site itself', () => {
    for (const path of sitemapPaths()) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
      expect(policy, `${path} 缺少内容安全策略`).toBeTruthy();
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, path).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    }
  });

  test('the policy blocks a script injected into a page, and a request to another host', async ({ browser }) => {
    // A context of its own: this test provokes the violations that the guard on every other test forbids.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const blocked: string[] = [];
    await onCspViolation(context, (v) => blocked.push(v.directive));
    await page.goto('/counter/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
    });
    await expect.poll(() => blocked.sort()).toEqual(['img-src', 'script-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    await context.close();
  });
});
