/** Every walkthrough in the browser: every shortest path to every end, keyboard only, without JavaScript. */
import { pathsToEnds } from '../../src/machines/walkthroughPaths';
import { test, expect, WalkthroughPage } from './fixtures';
import { processes } from './norms';

for (const def of processes()) {
  test(`${def.title}: the shortest path to each end reaches it in the browser`, async ({ page }) => {
    const walk = new WalkthroughPage(page);
    for (const path of pathsToEnds(def)) {
      await walk.open(def.id);
      await expect(walk.current).toHaveAttribute('data-step', def.initial);
      for (const event of path.events) {
        if (event.type === 'step.next') await walk.next();
        else if (event.type === 'step.choose') await walk.choose(event.to);
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
