/** Every walkthrough in the browser: every shortest path to every end, keyboard only, without JavaScript. */
import { pathsToEnds } from '../../src/machines/walkthroughPaths';
import { test, expect, expectNoAxeViolations, WalkthroughPage } from './fixtures';
import { processes } from './norms';

for (const def of processes()) {
  test(`${def.title}: the shortest path to each end reaches it in the browser`, async ({ page }) => {
    const walk = new WalkthroughPage(page);
    for (const path of pathsToEnds(def)) {
      await walk.open(def.id);
      await expect(walk.current).toHaveAttribute('data-step', def.initial);
      for (const [k, event] of path.events.entries()) {
        if (event.type === 'step.next') await walk.next();
        else if (event.type === 'step.choose') await walk.choose(event.to);
        // 第 N 步 counts the path taken, not the order the steps are written in.
        await expect(page.locator('walk-through [data-progress]')).toHaveText(`第 ${k + 2} 步`);
      }
      const end = def.steps.find((s) => s.id === path.to)!;
      await expect(walk.current).toHaveAttribute('data-step', end.id);
      await expect(walk.current.locator('.step-outcome')).toContainText(end.outcome!.text);
      await expect(page).toHaveURL(new RegExp(`#step-${end.id}$`));
      await expect(page.locator(`[data-node="${end.id}"]`)).toHaveAttribute('data-current', '');
    }
  });
}

test('back, restart and a shared link to a step', async ({ page }) => {
  const walk = new WalkthroughPage(page);
  await walk.open('baoquan');
  await expect(page.getByRole('button', { name: '上一步' })).toBeDisabled();
  await walk.next();
  await walk.choose('notifyIncomplete');
  await expect(walk.current).toHaveAttribute('data-step', 'notifyIncomplete');
  await walk.back();
  await expect(walk.current).toHaveAttribute('data-step', 'firstCheck');
  await page.reload();
  await expect(walk.current).toHaveAttribute('data-step', 'firstCheck');
  await expect(page.getByRole('button', { name: '上一步' })).toBeEnabled();
  await walk.restart();
  await expect(walk.current).toHaveAttribute('data-step', 'apply');
  await walk.open('baoquan', 'archive');
  await expect(walk.current).toHaveAttribute('data-step', 'archive');
  await walk.back();
  await expect(walk.current).toHaveAttribute('data-step', 'certificate');
});

test('a walkthrough can be done with the keyboard alone, with focus and announcements following', async ({ page }) => {
  const walk = new WalkthroughPage(page);
  await walk.open('counter');
  const announce = page.locator('walk-through [data-announce]');
  // Tab to the first step's "next" link and press Enter.
  const nextLink = walk.current.locator('a[data-next]');
  for (let i = 0; i < 80 && !(await nextLink.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(nextLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(walk.current).toHaveAttribute('data-step', 'identifyNeed');
  await expect(walk.current).toBeFocused();
  await expect(announce).toContainText('现在是第 2 步');
  // From the focused step, Tab reaches its choices; choose one with Enter.
  const choice = walk.current.locator('a[data-choose]').first();
  const to = (await choice.getAttribute('data-choose'))!;
  for (let i = 0; i < 40 && !(await choice.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(walk.current).toHaveAttribute('data-step', to);
  await expect(walk.current).toBeFocused();
  // Back with the keyboard.
  await page.getByRole('button', { name: '上一步' }).focus();
  await page.keyboard.press('Enter');
  await expect(walk.current).toHaveAttribute('data-step', 'identifyNeed');
});

test('without JavaScript the whole procedure is an ordered list with working branch links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const def = processes().find((p) => p.id === 'baoquan')!;
  await page.goto('/processes/baoquan/');
  const steps = page.locator('ol.walk-steps > li');
  await expect(steps).toHaveCount(def.steps.length);
  for (const s of def.steps) await expect(page.locator(`#step-${s.id} h2`)).toContainText(s.title);
  await expect(page.getByRole('button', { name: '上一步' })).toBeHidden();
  await page.locator('#step-firstCheck a[data-choose="notifyIncomplete"]').click();
  await expect(page).toHaveURL(/#step-notifyIncomplete$/);
  await context.close();
});

test.describe('期限计算器', () => {
  test('a walkthrough step computes its own deadline', async ({ page }) => {
    const walk = new WalkthroughPage(page);
    await walk.open('baoquan', 'firstCheck');
    const calc = walk.current.locator('deadline-calc');
    await calc.getByLabel('起算日').fill('2026-09-30');
    await expect(calc.locator('[data-out="due"]')).toHaveText('最迟：2026年10月9日（星期五）');
  });
});

/* ——— Walkthroughs that stay in place (issue 15) ——— */

/** axe over a walkthrough state the page-by-page check never sees. */
const noViolations = (page: import('@playwright/test').Page) => expectNoAxeViolations(page, 'main');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const byId = (id: string) => processes().find((p) => p.id === id)!;
/** The longest of the shortest paths to an end: the most steps to check along the way. */
const longestPath = (def: ReturnType<typeof byId>) => pathsToEnds(def).sort((a, b) => b.events.length - a.events.length)[0];
const take = async (walk: WalkthroughPage, event: { type: string; to?: string }) => {
  if (event.type === 'step.next') await walk.next();
  else await walk.choose(event.to!);
};

/** Where the sticky header, the step bar and the current step's title are on screen. */
async function positions(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    return {
      header: rect('header.header').bottom,
      bar: { top: rect('walk-through [data-bar]').top, bottom: rect('walk-through [data-bar]').bottom },
      title: { top: rect('.walk-step[data-current] .step-title').top, bottom: rect('.walk-step[data-current] .step-title').bottom },
      viewport: innerHeight,
      scrollY,
    };
  });
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test.describe(`on a ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport, hasTouch: name === 'phone' });

    test('a walkthrough without a step in its URL opens at its title and adds no history entry', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/processes/');
      const entries = await page.evaluate(() => history.length);
      for (const def of processes()) {
        await page.goto(`/processes/${def.id}/`);
        await expect(page.locator('walk-through [data-bar]')).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
        expect(await page.evaluate(() => scrollY), def.id).toBe(0);
        expect(new URL(page.url()).hash).toBe('');
      }
      expect(await page.evaluate(() => history.length)).toBe(entries + processes().length);
    });

    test('each step taken shows its title just below the step bar, and the bar never goes under the header', async ({ page }) => {
      const def = byId('claim');
      const walk = new WalkthroughPage(page);
      await walk.open(def.id);
      for (const event of longestPath(def).events.slice(0, 6)) {
        await take(walk, event);
        await expect(walk.current.locator('.step-title')).toBeInViewport();
        const at = await positions(page);
        expect(at.bar.top).toBeGreaterThanOrEqual(at.header - 1);
        expect(at.title.top).toBeGreaterThanOrEqual(at.bar.bottom);
        expect(at.title.top - at.bar.bottom, '标题紧挨在步骤栏下面').toBeLessThan(60);
      }
      // Reading down a long step, the bar stays in view right under the header.
      await page.mouse.wheel(0, 600);
      await expect.poll(async () => (await positions(page)).bar.top).toBeCloseTo((await positions(page)).header, 0);
      await expect(page.getByRole('button', { name: '上一步' })).toBeInViewport();
    });
  });
}

test('Back and Forward move between steps: one history entry per step taken', async ({ page }) => {
  const def = byId('baoquan');
  const path = longestPath(def);
  const walk = new WalkthroughPage(page);
  await page.goto('/processes/');
  await walk.open(def.id);
  const visited = [def.initial];
  for (const event of path.events.slice(0, 4)) {
    await take(walk, event);
    visited.push(await walk.current.getAttribute('data-step') as string);
  }
  const progress = page.locator('walk-through [data-progress]');
  for (let k = visited.length - 2; k >= 0; k--) {
    await page.goBack();
    await expect(walk.current).toHaveAttribute('data-step', visited[k]);
    await expect(progress).toHaveText(`第 ${k + 1} 步`);
    await expect(walk.current.locator('.step-title')).toBeInViewport();
  }
  await page.goForward();
  await page.goForward();
  await expect(walk.current).toHaveAttribute('data-step', visited[2]);
  // 上一步 is the same as Back after a step forward.
  await walk.back();
  await expect(walk.current).toHaveAttribute('data-step', visited[1]);
  await page.goBack();
  await expect(walk.current).toHaveAttribute('data-step', visited[0]);
  await page.goBack();
  await expect(page).toHaveURL(/\/processes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('流程演练');
});

test('an end offers the chapter quiz, another branch and the next process', async ({ page }) => {
  const ordered = processes().sort((a, b) => a.order - b.order);
  const def = byId('baoquan');
  const next = ordered[ordered.findIndex((p) => p.id === def.id) + 1];
  const path = longestPath(def);
  const walk = new WalkthroughPage(page);
  await walk.open(def.id);
  for (const event of path.events) await take(walk, event);
  const end = walk.current.getByRole('navigation', { name: '接下来' });
  await expect(end).toBeVisible();
  await noViolations(page);
  await expect(end.getByRole('link', { name: `下一个流程：${next.title}` })).toHaveAttribute('href', `/processes/${next.id}/`);
  const quiz = end.getByRole('link', { name: /^本章练习/ });
  await expect(quiz).toHaveAttribute('href', /^\/quizzes\/chapter-/);
  // Another branch: back to the last decision on the path taken, as a step of its own.
  const steps = [def.initial];
  for (const e of path.events) {
    const s = def.steps.find((x) => x.id === steps.at(-1))!;
    steps.push(e.type === 'step.choose' ? e.to : s.next!);
  }
  const decision = steps.slice(0, -1).findLast((id) => def.steps.find((s) => s.id === id)!.choices)!;
  await end.getByRole('link', { name: '换一条分支再走' }).click();
  await expect(walk.current).toHaveAttribute('data-step', decision);
  await expect(page).toHaveURL(new RegExp(`#step-${decision}$`));
  await expect(page.locator('walk-through [data-progress]')).toHaveText(`第 ${steps.indexOf(decision) + 1} 步`);
  await page.goBack();
  await expect(walk.current).toHaveAttribute('data-step', path.to);
  await quiz.click();
  await expect(page.getByRole('button', { name: '开始' })).toBeVisible();
});

test.describe('the diagram on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('its text is never smaller than 12 px; a wide one pans and zooms, keeping the current step in view', async ({ page }) => {
    test.setTimeout(120_000);
    const walk = new WalkthroughPage(page);
    for (const def of processes()) {
      await walk.open(def.id);
      const smallest = await page.locator('.process-diagram').evaluate((svg: SVGSVGElement) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      expect(smallest, def.id).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), def.id).toBe(true);
    }
    // The widest chart: it pans inside its frame, follows the walk, and zooms.
    const wide = processes().sort((a, b) => b.steps.length - a.steps.length)[0];
    await walk.open(wide.id);
    const frame = page.locator('[data-diagram-frame]');
    expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
    for (const event of longestPath(wide).events.slice(0, 5)) await take(walk, event);
    const current = page.locator('.node[data-current] rect');
    const inFrame = async () => {
      const [f, n] = [await frame.boundingBox(), await current.boundingBox()];
      return n!.x >= f!.x - 1 && n!.x + n!.width <= f!.x + f!.width + 1;
    };
    expect(await inFrame()).toBe(true);
    const width = () => page.locator('.process-diagram').evaluate((svg) => svg.getBoundingClientRect().width);
    const natural = await width();
    await page.getByRole('button', { name: '缩小' }).click();
    expect(await width()).toBeLessThan(natural);
    await page.getByRole('button', { name: '整张显示' }).click();
    expect(Math.round(await width())).toBe(await frame.evaluate((f) => f.clientWidth));
    await page.getByRole('button', { name: '放大' }).click();
    expect(await width()).toBeGreaterThan(await frame.evaluate((f) => f.clientWidth));
    await noViolations(page);
  });
});

test('printed, a walkthrough is a handout: every step, with where each branch leads', async ({ page }) => {
  const def = byId('claim');
  const walk = new WalkthroughPage(page);
  await walk.open(def.id);
  await take(walk, longestPath(def).events[0]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.walk-step:visible')).toHaveCount(def.steps.length);
  await expect(page.locator('walk-through [data-bar]')).toBeHidden();
  await expect(page.locator('.walk-end').first()).toBeHidden();
  const withChoices = def.steps.filter((s) => s.choices);
  for (const s of withChoices) {
    for (const c of s.choices!) {
      const n = def.steps.findIndex((x) => x.id === c.to) + 1;
      const label = c.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(page.locator(`#step-${s.id} a[data-choose="${c.to}"]`).first()).toHaveText(new RegExp(`${label}\\s*→ 第 ${n} 步`));
    }
  }
  await expect(page.locator('#step-' + def.initial + ' .step-no')).toBeVisible();
});
