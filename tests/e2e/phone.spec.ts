/**
 * Counter use on a phone (390 × 844, touch): no page is wider than the screen, every control is
 * big enough to tap, the menu (on the home page too) starts with 柜面速查 with the calculator in
 * it, and the words for a customer at the wrong window are a few taps away.
 */
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths, WalkthroughPage, QuizPage } from './fixtures';
import { phrases, processes } from './norms';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

// One test walks the whole sitemap in one tab: a test per page spent more time setting up a
// browser context than measuring. Soft assertions report every page that is too wide.
test('no page is wider than the screen', async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const [wide, screen] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect.soft(wide, `${path} 比屏幕宽 ${wide - screen} px，页面会左右滑动`).toBeLessThanOrEqual(screen);
  }
});

/**
 * Controls on screen smaller than 44 × 44 px (WCAG 2.5.5), as "what size" lines. Counted as big
 * enough: a tick box or radio whose label is that big; a link in a sentence (WCAG's exception);
 * a link whose tap area a pseudo-element stretches (Starlight's link cards and heading anchors).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44 - 0.5;
    const big = (r: { width: number; height: number }) => r.width >= MIN && r.height >= MIN;
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.clip !== 'rect(0px, 0px, 0px, 0px)' && !e.closest('.sr-only');
    };
    const inSentence = (a: Element) => {
      if (getComputedStyle(a).display !== 'inline') return false;
      let block = a.parentElement!;
      while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
      return (block.textContent ?? '').trim().length > (a.textContent ?? '').trim().length + 1;
    };
    /** The area an absolutely positioned ::before/::after covers, which takes the tap like the link. */
    const stretched = (e: Element) =>
      (['::before', '::after'] as const).some((which) => {
        const s = getComputedStyle(e, which);
        if (s.content === 'none' || s.position !== 'absolute') return false;
        let box: Element | null = e;
        while (box && box !== document.body && getComputedStyle(box).position === 'static') box = box.parentElement;
        const r = box!.getBoundingClientRect();
        const px = (v: string) => (v === 'auto' ? 0 : parseFloat(v));
        return big({ width: r.width - px(s.left) - px(s.right), height: r.height - px(s.top) - px(s.bottom) });
      });
    const out: string[] = [];
    for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')) {
      if (!shown(e) || big(e.getBoundingClientRect())) continue;
      if (e.tagName === 'A' && (inSentence(e) || stretched(e))) continue;
      if (e instanceof HTMLInputElement && [...(e.labels ?? [])].some((l) => big(l.getBoundingClientRect()))) continue;
      const r = e.getBoundingClientRect();
      const name = (e.textContent || e.getAttribute('aria-label') || (e as HTMLInputElement).value || '').trim().slice(0, 24);
      out.push(`<${e.tagName.toLowerCase()}> “${name}” ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return [...new Set(out)];
  });
}

test.describe('every control is at least 44 × 44 px or has a label that big', () => {
  for (const path of ['/', '/reference/deadlines/', '/claims/documents/', '/reference/documents/?list=claim-death', '/reference/phrases/', '/tools/deadline/', '/progress/', '/progress/record/', '/quizzes/', '/review/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await smallTargets(page)).toEqual([]);
    });
  }

  test('in the menu', async ({ page }) => {
    await page.goto('/claims/documents/');
    await page.getByRole('button', { name: '菜单' }).click();
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });

  test('in a walkthrough, from its first step to an end', async ({ page }) => {
    const def = processes().find((p) => p.id === 'baoquan')!;
    const walk = new WalkthroughPage(page);
    await walk.open(def.id);
    expect(await smallTargets(page)).toEqual([]);
    await walk.next();
    expect(await smallTargets(page)).toEqual([]);
    await walk.open(def.id, def.steps.find((s) => s.outcome)!.id);
    expect(await smallTargets(page)).toEqual([]);
  });

  test('in a quiz question', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.open('chapter-claims-documents');
    await quiz.start();
    expect(await smallTargets(page)).toEqual([]);
  });
});

test('the home page has a menu, with 柜面速查 first and the deadline calculator in it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '菜单' }).click();
  const menu = page.locator('#starlight__sidebar');
  await expect(menu).toBeVisible();
  const first = menu.locator('.top-level > li').first();
  await expect(first.locator('summary')).toHaveText('柜面速查');
  for (const name of ['时限速查', '期限计算器', '材料清单', '服务用语手册']) await expect(first.getByRole('link', { name })).toBeInViewport();
  await expect(menu.getByRole('link', { name: '期限计算器' })).toHaveCount(1);
  await first.getByRole('link', { name: '期限计算器' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('计算器');
});

test('the words for a customer at the wrong window: menu, 服务用语手册, 柜面用语', async ({ page }) => {
  const wrongWindow = phrases().filter((p) => p.situation === '客户走错窗口');
  expect(wrongWindow.length).toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('button', { name: '菜单' }).click();
  await page.locator('#starlight__sidebar').getByRole('link', { name: '服务用语手册' }).click();
  await page.locator('#starlight__on-this-page--mobile').click();
  await page.getByRole('link', { name: '柜面用语', exact: true }).click();
  const group = page.locator('.phrase-group', { has: page.locator('dt', { hasText: /^客户走错窗口$/ }) }).first();
  await expect(group.locator('dt')).toBeInViewport();
  for (const p of wrongWindow) await expect(group.getByText(p.text)).toBeInViewport();
});
