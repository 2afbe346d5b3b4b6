/**
 * Page objects for the end-to-end tests: small wrappers that name what a user does
 * (open search, type a query, read results) so specs read like the behaviour they check.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Every page of the built site, from the sitemap, as paths ("/", "/policy-services/"). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf-8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * 时限速查 (/reference/deadlines/) as a clerk uses it: three filters and a status line, the table of
 * the rules that govern at the counter, and below it the collapsed group of the others. A rule's row
 * is found by the anchor the page itself links to (#deadline-<rule id>).
 */
export class DeadlinesPage {
  readonly line: Locator;
  readonly unit: Locator;
  readonly keyword: Locator;
  readonly reset: Locator;
  readonly status: Locator;
  readonly governing: Locator;
  /** The line that opens the group of superseded, repealed, local and example rules ("其他规定N条…"). */
  readonly othersSummary: Locator;
  readonly others: Locator;

  constructor(readonly page: Page) {
    this.line = page.getByLabel('业务');
    this.unit = page.getByLabel('单位');
    this.keyword = page.getByLabel('关键词');
    this.reset = page.getByRole('button', { name: '清除筛选' });
    this.status = page.getByRole('status').filter({ hasText: /^显示/ });
    this.governing = page.getByRole('table', { name: '柜面执行的时限（现行全国规定）' });
    this.othersSummary = page.getByText(/^其他规定\d+条/);
    this.others = page.locator('details', { has: this.othersSummary });
  }

  open(query = '') {
    return this.page.goto(`/reference/deadlines/${query}`);
  }
  row(id: string) {
    return this.page.locator(`#deadline-${id}`);
  }
  /** The big figure in a rule's 时限 cell: "2个工作日", "不少于15天", or what the source says instead (未规定天数). */
  limit(id: string) {
    return this.row(id).locator('.limit-value');
  }
  calcLink(id: string) {
    return this.row(id).getByRole('link', { name: /^算到期日/ });
  }
  /** Rule rows on screen, top to bottom (those in the closed group are not on screen). */
  get visibleRows() {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader'), visible: true });
  }
  /** Rows the filter keeps, in either table, whether or not the group around them is open. */
  get keptRows() {
    return this.page.locator('[data-filter-row]:not([hidden])');
  }
  /** The ids of the rules in the first table, in order. */
  async governingIds() {
    return this.governing.locator('[data-filter-row]').evaluateAll((rows) => rows.map((r) => r.id.replace(/^deadline-/, '')));
  }
  async openOthers() {
    await this.othersSummary.click();
    await expect(this.others).toHaveAttribute('open', '');
  }
}

/** The 期限计算器 (/tools/deadline/): pick a rule, type a start date, read the answer. */
export class CalculatorPage {
  readonly rule: Locator;
  readonly start: Locator;
  /** The answer: "最迟：…", or "按日数数满：…" when a 法定休假日 moves it. */
  readonly due: Locator;
  /** The date moved by 民法典第二百零三条, with its one-sentence reason. */
  readonly moved: Locator;
  /** "暂定（当年调休安排未收录）" and why, above the answer. */
  readonly provisional: Locator;
  readonly method: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.rule = page.getByLabel('时限规则');
    this.start = page.getByLabel('起算日');
    const out = (name: string) => page.locator(`[data-out="${name}"]`);
    this.due = out('due');
    this.moved = out('moved');
    this.provisional = out('provisional');
    this.method = out('method');
    this.detail = out('detail');
  }

  open(ruleId: string) {
    return this.page.goto(`/tools/deadline/?rule=${ruleId}`);
  }
}


export { expectNoAxeViolations, axeViolations } from './axeCheck';

/** The header's search dialog: a combobox whose listbox holds answer cards and page results. */
export class SearchDialog {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.button = page.locator('site-search').getByRole('button', { name: '搜索' });
    this.dialog = page.getByRole('dialog', { name: '搜索' });
    this.input = this.dialog.getByRole('combobox', { name: '搜索' });
    this.listbox = this.dialog.getByRole('listbox', { name: '搜索结果' });
    this.options = this.listbox.getByRole('option');
    this.status = this.dialog.getByRole('status');
  }

  async open() {
    await expect(this.button).toBeEnabled();
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Types a query and waits until the answer to exactly that query is on screen. */
  async search(query: string) {
    await this.input.fill(query);
    await this.settled(query);
  }

  /** Waits until the dialog shows its answer to `query` (results, help or quick links). */
  async settled(query: string) {
    const body = this.dialog.locator('.search-body');
    // The first search also loads Pagefind's wasm, the index and the lexicon: allow for a slow counter PC.
    await expect(body).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    await expect(body).toHaveAttribute('data-query', query);
  }

  /** Where each option leads, in order: path, query and decoded hash ("/reference/documents/?list=claim-death"). */
  async optionTargets(which: 'all' | 'answers' = 'all'): Promise<string[]> {
    const options = which === 'all' ? this.options : this.listbox.locator('[role="option"].card, [role="option"].page');
    const hrefs = await options.evaluateAll((os) => os.map((o) => o.getAttribute('href') ?? ''));
    return hrefs.map((h) => {
      const url = new URL(h, 'http://x');
      return decodeURIComponent(url.pathname + url.search + url.hash);
    });
  }

  /** Paths of the page results, best first (answer cards and sections left out). */
  async resultPaths(): Promise<string[]> {
    const hrefs = await this.listbox.locator('[role="option"].page').evaluateAll((os) => os.map((o) => o.getAttribute('href') ?? ''));
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

  /** After checking (practice): every option, step or row carries a ✓ or ✗ in words that match the bank. */
  async expectMarks() {
    const q = this.bank.get(await this.currentId())!;
    const box = this.question;
    // The accessible name is the option and its mark (the ✓/✗ symbol itself is hidden from assistive technology).
    const choice = (name: string) => box.getByRole('radio', { name, exact: true }).or(box.getByRole('checkbox', { name, exact: true }));
    if (q.type === 'truefalse') {
      await expect(choice(`正确 ${q.answer ? '应选' : '不应选'}`)).toBeVisible();
      await expect(choice(`错误 ${q.answer ? '不应选' : '应选'}`)).toBeVisible();
    } else if ('options' in q) {
      for (const o of q.options) await expect(choice(`${o.text} ${o.correct ? '应选' : '不应选'}`)).toBeVisible();
    } else if (q.type === 'ordering') {
      await expect(box.locator('.q-order li .q-mark')).toHaveCount(q.items.length);
    } else if (q.type === 'matching') {
      await expect(box.locator('.q-match .q-mark')).toHaveCount(q.pairs.length);
    }
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
        const multi = q.type === 'multiple' || q.options.filter((o) => o.correct).length > 1;
        if (multi && right) {
          // An answer may be changed: leave exactly the right boxes ticked.
          for (const o of q.options) await option(o.text).setChecked(o.correct);
          break;
        }
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
