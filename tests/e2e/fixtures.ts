/**
 * Page objects for the end-to-end tests: small wrappers that name what a user does
 * (open search, type a query, read results) so specs read like the behaviour they check.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';

/** Every page of the built site, from the sitemap, as paths ("/", "/policy-services/"). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf-8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * axe with every rule on, over parts of the page (CSS selectors) in a state the page-by-page check
 * in a11y.spec.ts never sees: a step taken, marks drawn, a dashboard filled in.
 */
export async function expectNoAxeViolations(page: Page, ...parts: string[]): Promise<void> {
  let builder = new AxeBuilder({ page }).withRules(axe.getRules().map((r) => r.ruleId));
  for (const part of parts) builder = builder.include(part);
  const r = await builder.analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export class SearchDialog {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.button = page.locator('site-search').getByRole('button', { name: '搜索' });
    this.dialog = page.getByRole('dialog', { name: '搜索' });
    this.input = this.dialog.getByRole('textbox', { name: '搜索' });
    this.results = this.dialog.locator('.pagefind-ui__result');
  }

  async open() {
    await expect(this.button).toBeEnabled();
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Types a query and waits until results (or the "no results" message) are shown. */
  async search(query: string) {
    await this.input.fill(query);
    await expect(this.dialog.locator('.pagefind-ui__message')).toBeVisible();
    await expect(this.dialog.locator('.pagefind-ui__message')).not.toHaveText(/正在搜索/);
  }

  /** Paths of the page-level results, best first. */
  async resultPaths(): Promise<string[]> {
    const hrefs = await this.results.locator('.pagefind-ui__result-link').evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
    );
    return hrefs.map((h) => new URL(h, 'http://x').pathname);
  }
}

/** Calls `report` for every Content-Security-Policy violation on any page of `context`. */
export async function onCspViolation(
  context: BrowserContext,
  report: (v: { url: string; directive: string; blocked: string; sample: string }) => void,
) {
  await context.exposeBinding('__reportCspViolation', ({ page }, directive: string, blocked: string, sample: string) =>
    report({ url: page.url(), directive, blocked, sample }),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const send = (window as unknown as { __reportCspViolation: (d: string, b: string, s: string) => void }).__reportCspViolation;
      send(e.effectiveDirective, e.blockedURI || '(inline)', e.sample);
    });
  });
}

export const test = base.extend<{ search: SearchDialog; cspGuard: void }>({
  search: async ({ page }, use) => {
    await use(new SearchDialog(page));
  },
  /**
   * Every test doubles as a Content-Security-Policy check: anything the policy blocks (an inline
   * script without a hash, a style attribute, a foreign host) fails the test that caused it.
   */
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await onCspViolation(context, (v) => violations.push(`${v.url}: ${v.directive} blocked ${v.blocked} ${v.sample}`));
      await use();
      expect(violations, 'Content-Security-Policy 拦截了页面的资源').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** A walkthrough page: the visible step, its buttons, and the bar above it. */
export class WalkthroughPage {
  constructor(readonly page: Page) {}
  get current() {
    return this.page.locator('.walk-step[data-current]');
  }
  async open(id: string, step?: string) {
    await this.page.goto(`/processes/${id}/${step ? `#step-${step}` : ''}`);
    await expect(this.page.locator('walk-through [data-bar]')).toBeVisible();
  }
  async next() {
    await this.current.locator('a[data-next]').click();
  }
  /** Opens a process at its first step and takes that step's first branch, as the data defines them. */
  async openAndTakeFirstBranch(def: import('../../src/schemas/process').ProcessDefinition) {
    const first = def.steps.find((s) => s.id === def.initial)!;
    const to = first.next ?? first.choices![0].to;
    await this.open(def.id);
    await expect(this.current).toHaveAttribute('data-step', def.initial);
    if (first.next) await this.next();
    else await this.choose(to);
    await expect(this.current).toHaveAttribute('data-step', to);
  }
  async choose(to: string) {
    // Two choices may lead to the same step; either one sends the same event.
    await this.current.locator(`a[data-choose="${to}"]`).first().click();
  }
  back() {
    return this.page.getByRole('button', { name: '上一步' }).click();
  }
  restart() {
    return this.page.getByRole('button', { name: '从头开始' }).click();
  }
}

/** A quiz as a learner takes it: finds the question on screen in the bank and answers it. */
export class QuizPage {
  private bank = new Map<string, import('../../src/schemas/quiz').Question>();
  constructor(readonly page: Page) {}

  async open(id: string, seed = 'e2e') {
    await this.page.goto(`/quizzes/${id}/?seed=${seed}`);
    await this.loadBank();
    await expect(this.page.getByRole('button', { name: '开始' })).toBeEnabled();
  }
  /** The question bank the site publishes, to know the right answers. */
  async loadBank(bankUrl = '/data/questions.json') {
    const res = await this.page.request.get(bankUrl);
    this.bank = new Map((await res.json()).items.map((q: { id: string }) => [q.id, q]));
  }
  /** Answers every question of an exam, rightly or wrongly, and hands it in. */
  async answerExam(right: boolean) {
    const total = Number((await this.page.locator('.quiz-bar span').first().textContent())!.match(/\/ (\d+)/)![1]);
    for (let i = 0; i < total; i++) {
      await this.answer(right);
      if (i < total - 1) await this.page.getByRole('button', { name: '下一题' }).click();
    }
    await this.page.getByRole('button', { name: '交卷' }).click();
  }
  start() {
    return this.page.getByRole('button', { name: '开始' }).click();
  }
  get question() {
    return this.page.locator('.quiz-question');
  }
  async currentId() {
    return (await this.question.getAttribute('data-question'))!;
  }

  /** Answers the question on screen, rightly or wrongly. */
  async answer(right: boolean) {
    const q = this.bank.get(await this.currentId())!;
    const box = this.question;
    // Exact names: option texts can contain one another (5日 / 15日).
    const option = (text: string) => box.getByLabel(text, { exact: true });
    switch (q.type) {
      case 'single':
      case 'scenario':
      case 'multiple': {
        const targets = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct) ?? q.options[0]];
        for (const o of targets) await option(o.text).check();
        break;
      }
      case 'truefalse':
        await option(q.answer === right ? '正确' : '错误').check();
        break;
      case 'numeric':
        await box.getByRole('spinbutton').fill(String(right ? q.answer : q.answer + 1));
        break;
      case 'matching':
        for (const [i, pair] of q.pairs.entries()) {
          const target = right ? pair.right : q.pairs[(i + 1) % q.pairs.length].right;
          await box.getByLabel(pair.left, { exact: true }).selectOption({ label: target });
        }
        break;
      case 'ordering': {
        const texts = q.items.map((i) => i.text);
        const wanted = right ? texts : [...texts].reverse();
        for (let k = 0; k < wanted.length; k++) {
          for (;;) {
            const texts = await box.locator('.q-order-text').allTextContents();
            const at = texts.indexOf(wanted[k]);
            if (at <= k) break;
            await box.getByRole('button', { name: `把「${wanted[k]}」上移` }).click();
          }
        }
        break;
      }
    }
  }
}
