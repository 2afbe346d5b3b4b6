/**
 * Layout details users noticed: buttons and pills in one row are the same height, tick boxes and
 * radios keep their size when the option text wraps, and without JavaScript the theme follows the
 * system (it used to be always dark).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, QuizPage } from './fixtures';

/**
 * Heights of the controls on each visual line of `rows` (items whose boxes overlap vertically,
 * whatever their margins), for lines with more than one item.
 */
async function rowHeights(rows: Locator): Promise<number[][]> {
  return rows.evaluateAll((els) =>
    els.flatMap((row) => {
      const boxes = [...row.children]
        .filter((c) => getComputedStyle(c).display !== 'none')
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .sort((a, b) => a.top - b.top);
      const lines: { bottom: number; heights: number[] }[] = [];
      for (const r of boxes) {
        const line = lines.at(-1);
        if (line && r.top < line.bottom - 1) {
          line.heights.push(Math.round(r.height));
          line.bottom = Math.max(line.bottom, r.bottom);
        } else lines.push({ bottom: r.bottom, heights: [Math.round(r.height)] });
      }
      return lines.map((l) => l.heights).filter((h) => h.length > 1);
    }),
  );
}

const sameHeights = (rows: number[][]) => rows.filter((h) => new Set(h).size > 1);

for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`exam screen on a ${name}: buttons in a row are the same height; tick boxes and radios never shrink`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const quiz = new QuizPage(page);
    await quiz.open('certification');
    await quiz.start();
    const rows = page.locator('quiz-runner :is(.quiz-actions, .quiz-nav)');
    // The first screen has a disabled 上一题 next to enabled buttons, and the current question's pill.
    await expect(page.getByRole('button', { name: '上一题' })).toBeDisabled();
    let checked = 0;
    for (let i = 0; i < 30; i++) {
      const heights = await rowHeights(rows);
      expect(heights.length).toBeGreaterThan(0);
      expect(sameHeights(heights), `第 ${i + 1} 题：同一行按钮高度不一`).toEqual([]);
      const boxes = await page.locator('quiz-runner .q-option input').evaluateAll((inputs) =>
        inputs.map((x) => {
          const r = x.getBoundingClientRect();
          return `${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
      );
      expect(new Set(boxes).size, `第 ${i + 1} 题：选项框大小不一 ${boxes.join(' ')}`).toBeLessThanOrEqual(1);
      checked += boxes.length;
      const next = page.getByRole('button', { name: '下一题' });
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(checked).toBeGreaterThan(0);
  });
}

test('a row whose buttons differ in height is caught', async ({ page }) => {
  // The check itself can fail: a row with a 16 px top margin on its second button, as Starlight's
  // rhythm rule used to give it.
  await page.setContent('<div class="row" style="display:flex"><button>上一题</button><button style="margin-top:16px">下一题</button></div>');
  expect(sameHeights(await rowHeights(page.locator('.row')))).toHaveLength(1);
});

/** The page's background colour as [r, g, b]. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));

test.describe('without JavaScript the theme follows the system', () => {
  test.use({ javaScriptEnabled: false });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/claims/documents/');
      const [r, g, b] = await background(page);
      const light = (r + g + b) / 3 > 128;
      expect(light).toBe(scheme === 'light');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
      // The colours are the very rules of the light and dark themes that a11y.spec.ts checks with axe
      // (axe itself needs scripts, so it cannot run here): same text colour as with scripts on.
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      const withScripts = await page.context().browser()!.newContext({ colorScheme: scheme });
      const other = await withScripts.newPage();
      await other.goto(page.url());
      expect(await other.evaluate(() => getComputedStyle(document.body).color)).toBe(text);
      expect(await background(other)).toEqual([r, g, b]);
      await withScripts.close();
    });
  }
});
