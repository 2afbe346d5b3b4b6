/**
 * Offline use: after one visit, a counter terminal that loses the network can still open any
 * page, use the tools and search. The worker is allowed here only (the config blocks it elsewhere).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../../scripts/bench/serve';
import { test, expect, QuizPage, WalkthroughPage } from './fixtures';
import { processes, rules } from './norms';

mkdirSync(join(process.cwd(), '.fixtures'), { recursive: true });

test.use({ serviceWorkers: 'allow' });

/** First visit: waits until the worker has precached the site and controls the page. */
async function visitOnce(page: Page, url = '/') {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** No network at all: the browser is offline and any request that still reaches the network fails. */
async function dropNetwork(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

test('after one visit the site works offline: pages never opened, tools, a quiz and search', async ({ page, context, search }) => {
  test.setTimeout(120_000);
  await visitOnce(page);
  await dropNetwork(context);

  // A chapter never opened online, answered by the worker's cache.
  const chapter = await page.goto('/claims/documents/');
  expect(chapter?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('理赔材料');

  // A filter in the query string is still the same cached page.
  await page.goto('/reference/deadlines/?unit=%E5%B7%A5%E4%BD%9C%E6%97%A5');
  const workingDays = rules().filter((r) => r.limit?.unit === '工作日').length;
  await expect(page.getByText(`显示 ${workingDays} / ${rules().length} 条`)).toBeVisible();

  // A walkthrough moves on; the practice quiz starts.
  await new WalkthroughPage(page).openAndTakeFirstBranch(processes().find((p) => p.id === 'reporting')!);
  const quiz = new QuizPage(page);
  await page.goto('/quizzes/chapter-claims-documents/');
  await quiz.start();
  await expect(quiz.question).toBeVisible();

  // Search: Pagefind's script, wasm and index all come from the cache.
  await page.goto('/');
  await search.open();
  await search.search('退保');
  expect(await search.resultPaths()).toContain('/surrender/');
});

test('a new build takes over and the page says so, with a button to reload', async ({ page }) => {
  // A deployment of its own, so the test can publish a "new build" without touching dist/.
  const root = mkdtempSync(join(process.cwd(), '.fixtures', 'deploy-'));
  cpSync('dist', root, { recursive: true });
  const site = await serveDir(root);
  try {
    await visitOnce(page, `${site.url}/`);
    await page.goto(`${site.url}/counter/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('已更新，刷新以使用新版本')).toHaveCount(0);

    // The next deployment: any rebuild changes the worker's precache list, so its bytes differ.
    appendFileSync(join(root, 'sw.js'), '\n// 新版本\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: '已更新，刷新以使用新版本' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: '刷新' }).click();
    await expect(page.getByText('已更新，刷新以使用新版本')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
});
