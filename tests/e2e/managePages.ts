/** Page objects for the manager's pages: building an assignment, a trainee taking it, collecting results. */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, QuizPage, expectNoAxeViolations } from './fixtures';

type BankQuestion = import('../../src/schemas/quiz').BankQuestion;
type QuizDefinition = import('../../src/schemas/quiz').QuizDefinition;

/**
 * axe with every rule (AAA contrast included) over the page's main content, or over `within`
 * (e.g. ['iframe', 'main'] for a frame's content, checked frame by frame): zero violations.
 */
export function noViolations(page: Page, within: string | string[] = 'main') {
  return expectNoAxeViolations(page, within);
}

/** Nothing wider than the viewport; a failure names the elements that stick out. */
export async function fitsViewport(page: Page) {
  const { scroll, width, culprits } = await page.evaluate(() => {
    const out = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.closest('[hidden], .sr-only'))
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > innerWidth + 0.5))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} → ${Math.round(e.getBoundingClientRect().right)} px`);
    return { scroll: document.documentElement.scrollWidth, width: innerWidth, culprits: out };
  });
  expect(scroll, `页面比视口宽：${culprits.join('；')}`).toBeLessThanOrEqual(width);
}

export interface AssignmentForm {
  quiz?: string;
  count?: number;
  passMark?: number;
  minutes?: number;
  title: string;
  group?: string;
  attempts?: number;
  counting?: '第一次' | '最高的一次' | '最后一次';
  review?: '只看得分和各主题结果' | '截止日期后可看答案' | '始终不公布答案';
  due?: string;
}

export class AssignPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/manage/assign/');
    await expect(this.page.getByRole('button', { name: '生成测验链接' })).toBeEnabled();
  }

  /** The quizzes the form offers, as the page has them. */
  async quizzes(): Promise<QuizDefinition[]> {
    return JSON.parse((await this.page.locator('script[data-quizzes]').textContent())!);
  }

  /** Fills the form like a manager and returns the link. */
  async create(f: AssignmentForm): Promise<string> {
    const p = this.page;
    if (f.quiz) await p.getByLabel('题目来源').selectOption({ label: f.quiz });
    if (f.count) await p.getByLabel('题数').fill(String(f.count));
    if (f.passMark) await p.getByLabel('及格分').fill(String(f.passMark));
    if (f.minutes) await p.getByLabel('时间限制（分钟）').fill(String(f.minutes));
    if (f.attempts) await p.getByLabel('允许作答次数').fill(String(f.attempts));
    if (f.counting) await p.getByLabel('多次作答时计入成绩的是').selectOption({ label: f.counting });
    if (f.review) await p.getByLabel('交卷后学员能看到').selectOption({ label: f.review });
    if (f.due) await p.getByLabel('截止日期').fill(f.due);
    // Typed as text is inserted from the keyboard or a paste: control characters (Word's Shift+Enter) survive.
    await p.getByLabel('测验标题').fill('');
    await p.getByLabel('测验标题').focus();
    await p.keyboard.insertText(f.title);
    if (f.group) await p.getByLabel('班组').fill(f.group);
    await p.getByRole('button', { name: '生成测验链接' }).click();
    await expect(p.getByRole('img', { name: '测验链接二维码' })).toBeVisible();
    const link = await p.getByRole('textbox', { name: '测验链接' }).inputValue();
    expect(link).toMatch(/\/manage\/take\/#a=A2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{10}$/);
    return link;
  }
}

/** A trainee on the take page. */
export class TakePage {
  readonly quiz: QuizPage;
  constructor(readonly page: Page) {
    this.quiz = new QuizPage(page);
  }

  async open(link: string, title: string) {
    await this.page.goto(link);
    // The page reads the link and loads the bank first: give a busy machine time.
    await expect(this.page.getByRole('heading', { name: title })).toBeVisible({ timeout: 20_000 });
    await this.quiz.loadBank();
  }

  async start(name: string, staffNo: string) {
    await this.page.getByLabel('姓名').fill(name);
    await this.page.getByLabel('工号').fill(staffNo);
    await this.page.getByRole('button', { name: '开始作答' }).click();
    await expect(this.quiz.question).toBeVisible();
  }

  /** How many questions the paper has, from the counter on screen. */
  async total(): Promise<number> {
    return Number((await this.page.locator('.quiz-bar span').first().textContent())!.match(/\/ (\d+)/)![1]);
  }

  /** The ids of the paper's questions, in the order shown (walks the navigator). */
  async paperIds(): Promise<string[]> {
    const ids: string[] = [];
    const total = await this.total();
    for (let i = 0; i < total; i++) {
      await this.page.getByRole('button', { name: new RegExp(`^第 ${i + 1} / ${total} 题`) }).click();
      ids.push(await this.quiz.currentId());
    }
    await this.page.getByRole('button', { name: new RegExp(`^第 1 / ${total} 题`) }).click();
    return ids;
  }

  /** Answers every question, rightly when `right(id)` says so, and hands in. */
  async answerAll(right: (id: string) => boolean) {
    const total = await this.total();
    for (let i = 0; i < total; i++) {
      await this.quiz.answer(right(await this.quiz.currentId()));
      if (i < total - 1) await this.page.getByRole('button', { name: '下一题' }).click();
    }
    await this.page.getByRole('button', { name: '交卷' }).click();
    const confirm = this.page.getByRole('button', { name: '确定交卷' });
    if (await confirm.isVisible()) await confirm.click();
    await expect(this.page.getByRole('heading', { name: '结果码' })).toBeVisible();
  }

  /** Answers only the questions `answers` names (right or wrong), leaves the rest blank, and hands in. */
  async answerOnly(answers: Map<string, boolean>) {
    const total = await this.total();
    for (let i = 0; i < total; i++) {
      const id = await this.quiz.currentId();
      if (answers.has(id)) await this.quiz.answer(answers.get(id)!);
      if (i < total - 1) await this.page.getByRole('button', { name: '下一题' }).click();
    }
    await this.page.getByRole('button', { name: '交卷' }).click();
    await this.page.getByRole('button', { name: '确定交卷' }).click();
    await expect(this.page.getByRole('heading', { name: '结果码' })).toBeVisible();
  }

  code() {
    return this.page.getByRole('textbox', { name: '结果码' }).inputValue();
  }

  /** The result file, saved where the test keeps its files. */
  async downloadResult(path: string) {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '下载结果文件' }).click();
    await (await download).saveAs(path);
    return path;
  }
}

/**
 * Takes an assignment as one trainee: every question, or only some. In a fresh browser (their own
 * device), or in a new tab of a given context (a counter PC several trainees share).
 */
export async function takeAs(
  where: Browser | BrowserContext,
  link: string,
  title: string,
  name: string,
  staffNo: string,
  right: ((id: string) => boolean) | Map<string, boolean>,
) {
  const context = 'newContext' in where ? await where.newContext({ acceptDownloads: true }) : where;
  const take = new TakePage(await context.newPage());
  await take.open(link, title);
  await take.start(name, staffNo);
  if (right instanceof Map) await take.answerOnly(right);
  else await take.answerAll(right);
  return { take, context, code: await take.code() };
}

export class ResultsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/manage/results/');
    await expect(this.page.getByRole('button', { name: '读取测验' })).toBeEnabled();
  }

  async load(link: string) {
    await this.page.getByLabel('测验链接（或链接中的代码）').fill(link);
    await this.page.getByRole('button', { name: '读取测验' }).click();
    await expect(this.page.getByText(/^已打开：/)).toBeVisible();
  }

  async paste(text: string) {
    const box = this.page.getByLabel('粘贴结果码（可以连同聊天文字一起粘贴，一次粘贴多份）');
    await box.fill(text);
    await this.page.getByRole('button', { name: '读入', exact: true }).click();
    await expect(box).toHaveValue('');
  }

  /** As a manager does it: the text is on the clipboard, Ctrl+V in the box reads it at once (no button), and the box is ready for the next. */
  async pasteFromClipboard(text: string) {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const box = this.page.getByLabel('粘贴结果码（可以连同聊天文字一起粘贴，一次粘贴多份）');
    await box.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
  }

  async files(paths: string[]) {
    await this.page.getByLabel('或选择结果文件（可多选，也可以把一批文件直接拖到本页）').setInputFiles(paths);
  }

  async roster(text: string) {
    await this.page.getByLabel('应交名单（姓名、工号）').fill(text);
    await this.page.getByRole('button', { name: '保存名单' }).click();
  }

  get intake() {
    return this.page.locator('[data-intake]');
  }
  get problems() {
    return this.page.locator('[data-problems] li');
  }
  get rosterRows() {
    return this.page.locator('table.roster tbody tr');
  }
  row(name: string) {
    return this.rosterRows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
  itemRow(id: string) {
    return this.page.locator('table.items tbody tr').filter({ hasText: `（${id}）` });
  }

  async download(button: string | RegExp, path: string) {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    await (await download).saveAs(path);
    return readFileSync(path, 'utf-8');
  }
}

/** The bank as the site publishes it. */
export async function publishedBank(page: Page): Promise<BankQuestion[]> {
  return (await (await page.request.get('/data/questions.json')).json()).items;
}
