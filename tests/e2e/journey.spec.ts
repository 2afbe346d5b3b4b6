/**
 * The learner's journey: the 继续学习 dashboard on the home page and /progress/, the marks in the
 * learning path and the Starlight sidebar, a chapter read when its end is reached, a walkthrough
 * completed when an end is reached, the completion record, and the review list in rounds of 10.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, QuizPage, WalkthroughPage } from './fixtures';
import { processes } from './norms';
import { shortestPathTo } from '../../src/machines/walkthroughMachine';
import { pathsToEnds } from '../../src/machines/walkthroughPaths';
import type { PathChapter } from '../../src/lib/journey';

/** axe over the states this spec creates: the content and the sidebar with its marks. */
const noViolations = (page: Page) => expectNoAxeViolations(page, 'main', '#starlight__sidebar');

/** The learning path as the site publishes it to its own scripts. */
async function learningPath(page: Page): Promise<PathChapter[]> {
  await page.goto('/progress/');
  return JSON.parse((await page.locator('learning-path script').textContent())!);
}

/** A sidebar link's name as a screen reader hears it: the chapter title, then each mark. */
const marked = (title: string, ...marks: string[]) => new RegExp(`^${title}\\s*（${marks.join('，')}）$`);

/** A review-list card that is due now. */
const dueCard = () => ({
  card: { due: '2020-01-01T00:00:00.000Z', stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null },
  quiz: 'chapter-principles',
  added: '2026-11-01T00:00:00.000Z',
  streak: 0,
});

type Record = {
  version: 1;
  chaptersRead: { [slug: string]: string };
  quizzes: { [id: string]: { title: string; best: number; passed: boolean; attempts: number; last: string } };
  topics: object;
  review: { [id: string]: ReturnType<typeof dueCard> };
  walkthroughs: { [id: string]: { path: string[]; updated: string; completed?: string } };
};
const emptyRecord = (): Record => ({ version: 1, chaptersRead: {}, quizzes: {}, topics: {}, review: {}, walkthroughs: {} });
const quizResult = (title: string, best: number) => ({ title, best, passed: best >= 80, attempts: 1, last: '2026-11-20T08:00:00.000Z' });

/** Stores `record` as the learner's progress before the next page loads (once: the pages may change it afterwards). */
async function seed(page: Page, record: Record) {
  await page.evaluate((r) => localStorage.setItem('xuetang.progress', JSON.stringify(r)), record);
}

/** Everything on the path done: every chapter read, every chapter quiz at 90, every walkthrough walked to an end. */
function completeRecord(path: PathChapter[]): Record {
  const r = emptyRecord();
  for (const c of path) {
    r.chaptersRead[c.slug] = '2026-11-20';
    if (c.quiz) r.quizzes[c.quiz.id] = quizResult(c.quiz.title, 90);
    for (const w of c.walkthroughs) {
      const def = processes().find((p) => p.id === w.id)!;
      r.walkthroughs[w.id] = { path: shortestPathTo(def, pathsToEnds(def)[0].to), updated: '2026-11-21T08:00:00.000Z', completed: '2026-11-21' };
    }
  }
  return r;
}

test('the dashboard and the marks show where a learner is, in the learning path and the sidebar', async ({ page }) => {
  test.setTimeout(120_000);
  const path = await learningPath(page);
  const [first, second, third] = path;
  const walks = path.flatMap((c) => c.walkthroughs);
  const [started, finished] = [walks[0], walks[1]];
  const startedDef = processes().find((p) => p.id === started.id)!;
  const startedPath = shortestPathTo(startedDef, pathsToEnds(startedDef)[0].to).slice(0, 3);
  const record = emptyRecord();
  record.chaptersRead[first.slug] = '2026-11-20';
  record.chaptersRead[second.slug] = '2026-11-21';
  record.quizzes[first.quiz!.id] = quizResult(first.quiz!.title, 90);
  record.quizzes[second.quiz!.id] = quizResult(second.quiz!.title, 60);
  record.walkthroughs[started.id] = { path: startedPath, updated: '2026-11-22T08:00:00.000Z' };
  record.walkthroughs[finished.id] = { path: ['x'], updated: '2026-11-21T08:00:00.000Z', completed: '2026-11-21' };
  const questions = (await (await page.request.get('/data/questions.json')).json()).items.slice(0, 3) as { id: string }[];
  for (const q of questions) record.review[q.id] = dueCard();
  await seed(page, record);

  const total = path.length + path.filter((c) => c.quiz).length + walks.length;
  const done = 2 + 1 + 1;
  await page.goto('/');
  const dash = page.locator('learner-dashboard');
  await expect(dash.locator('[data-percent]')).toHaveText(`${Math.floor((done / total) * 100)}%`);
  await expect(dash).toContainText(`已完成 ${done} / ${total} 项`);
  await expect(dash.getByRole('link', { name: third.title })).toHaveAttribute('href', `/${third.slug}/`);
  const resume = dash.getByRole('link', { name: started.title });
  await expect(resume).toHaveAttribute('href', `/processes/${started.id}/#step-${startedPath.at(-1)}`);
  await expect(dash).toContainText(`上次走到第 ${startedPath.length} 步`);
  await expect(dash.getByRole('link', { name: '今天要复习 3 题' })).toBeVisible();

  // The learning path: read, passed, best score so far, how far a walkthrough got, walked.
  const item = (slug: string) => page.locator(`learning-path li[data-chapter="${slug}"]`);
  await expect(item(first.slug).locator('[data-mark="read"]')).toBeVisible();
  await expect(item(first.slug).locator('[data-mark="quiz"]')).toHaveText('✓ 已通过');
  await expect(item(second.slug).locator('[data-mark="quiz"]')).toHaveText('最高 60 分');
  await expect(item(third.slug).locator('[data-mark="read"]')).toBeHidden();
  await expect(page.locator(`learning-path [data-walk="${started.id}"]`)).toHaveText(`走到第 ${startedPath.length} 步`);
  await expect(page.locator(`learning-path [data-walk="${finished.id}"]`)).toHaveText('✓ 已走完');

  // The sidebar: what a screen reader hears is what the marks show.
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByRole('link', { name: marked(first.title, '已读完', '本章练习已通过') })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: marked(second.title, '已读完') })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: third.title, exact: true })).toBeVisible();
  await noViolations(page);

  await page.goto('/progress/');
  await expect(page.locator('learner-dashboard [data-percent]')).toHaveText(`${Math.floor((done / total) * 100)}%`);
  await expect(page.locator('[data-record-state]')).toHaveText(`还差 ${total - done} 项。`);
  await noViolations(page);

  // 继续演练 opens the walkthrough where it was left, with the path taken kept: 上一步 retraces it.
  await page.goto('/');
  await resume.click();
  const walk = new WalkthroughPage(page);
  await expect(walk.current).toHaveAttribute('data-step', startedPath.at(-1)!);
  await expect(page.locator('walk-through [data-progress]')).toHaveText(`第 ${startedPath.length} 步`);
  await walk.back();
  await expect(walk.current).toHaveAttribute('data-step', startedPath.at(-2)!);
});

test('a chapter counts as read once its end is reached, and the sidebar shows it at once', async ({ page }) => {
  const [first, second] = await learningPath(page);
  await page.goto(`/${first.slug}/`);
  const link = page.locator('#starlight__sidebar').getByRole('link', { name: marked(first.title, '已读完') });
  await expect(page.locator('#starlight__sidebar').getByRole('link', { name: first.title, exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: '读完本章之后' }).scrollIntoViewIfNeeded();
  await expect(link).toBeVisible();
  await page.goto('/');
  await expect(page.locator('learner-dashboard').getByRole('link', { name: second.title })).toBeVisible();
});

test('a walkthrough counts as completed once an end is reached', async ({ page }) => {
  const path = await learningPath(page);
  const [firstWalk, secondWalk] = path.flatMap((c) => c.walkthroughs);
  const def = processes().find((p) => p.id === firstWalk.id)!;
  await page.goto('/');
  const dash = page.locator('learner-dashboard');
  await expect(dash.getByRole('link', { name: firstWalk.title })).toBeVisible();
  await expect(dash).toContainText('还没有开始');
  const walk = new WalkthroughPage(page);
  await walk.open(def.id);
  const [toEnd] = pathsToEnds(def);
  for (const event of toEnd.events) {
    if (event.type === 'step.next') await walk.next();
    else if (event.type === 'step.choose') await walk.choose(event.to);
  }
  await expect(walk.current.locator('.step-outcome')).toBeVisible();
  await page.goto('/progress/');
  await expect(page.locator(`learning-path [data-walk="${firstWalk.id}"]`)).toHaveText('✓ 已走完');
  await expect(page.locator('learner-dashboard').getByRole('link', { name: secondWalk.title })).toBeVisible();
});

test('the completion record lists what is missing, then prints on one page and says it is not a certificate', async ({ page }) => {
  test.setTimeout(120_000);
  const path = await learningPath(page);
  await page.goto('/progress/record/');
  await expect(page.getByText('这是一份自学记录，不是证书。')).toBeVisible();
  await expect(page.locator('[data-pending-count]')).toHaveText(/^还差 \d+ 项。$/);
  await expect(page.locator('[data-missing] li').first()).toContainText(path[0].title);
  await expect(page.getByRole('button', { name: '打印学习完成记录' })).toBeHidden();

  await seed(page, completeRecord(path));
  await page.goto('/');
  await expect(page.locator('learner-dashboard [data-percent]')).toHaveText('100%');
  await page.locator('learner-dashboard').getByRole('link', { name: '打印学习完成记录' }).click();
  const record = page.getByRole('article', { name: '学习完成记录' });
  await expect(record).toBeVisible();
  await expect(record.locator('tbody tr[data-chapter]')).toHaveCount(path.length);
  await expect(record.locator(`tr[data-chapter="${path[0].slug}"]`)).toContainText('2026年11月20日');
  await expect(record.locator(`tr[data-chapter="${path[0].slug}"]`)).toContainText('90 分');
  await expect(record).toContainText('不是证书');
  await expect(page.getByText('这是一份自学记录，不是证书。')).toBeVisible();
  await record.getByLabel(/学习者/).fill('张三');
  await noViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印学习完成记录' })).toBeHidden();
  await expect(page.getByText('这是一份自学记录，不是证书。')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});

test.describe('the review list', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the case of a scenario question, opens one question, and reviews in rounds of 10', async ({ page }) => {
    test.setTimeout(120_000);
    const quiz = new QuizPage(page);
    await page.goto('/review/');
    await quiz.loadBank();
    const bank = (await (await page.request.get('/data/questions.json')).json()).items as { id: string; type: string; case?: string; prompt: string }[];
    const scenario = bank.find((q) => q.type === 'scenario')!;
    const others = bank.filter((q) => ['single', 'truefalse'].includes(q.type)).slice(0, 11);
    const record = emptyRecord();
    for (const q of [scenario, ...others]) record.review[q.id] = dueCard();
    await seed(page, record);
    await page.reload();

    await expect(page.getByText('今天要复习 12 题，错题本共 12 题。')).toBeVisible();
    const item = page.locator(`[data-question="${scenario.id}"]`);
    await expect(item.locator('.q-case')).toHaveText(scenario.case!);

    // One question on its own, from the list.
    await item.getByRole('button', { name: /^做这道题/ }).click();
    await expect(page.locator('.quiz-question .q-case')).toHaveText(scenario.case!);
    await quiz.answer(true);
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('button', { name: '返回错题本' }).click();
    await expect(page.getByText('今天要复习 11 题，错题本共 12 题。')).toBeVisible();

    // A round of 10, then 再来1题.
    await page.getByRole('button', { name: '开始复习（先做 10 题）' }).click();
    for (let i = 0; i < 10; i++) {
      await expect(page.locator('.quiz-question .q-meta')).toContainText(`第 ${i + 1} / 10 题`);
      await quiz.answer(true);
      await page.getByRole('button', { name: '提交答案' }).click();
      await page.getByRole('button', { name: i === 9 ? '完成本轮' : '下一题' }).click();
    }
    await expect(page.getByRole('heading', { name: '本轮复习完成' })).toBeFocused();
    await expect(page.getByText('本轮答对 10 / 10 题。今天还有 1 题要复习。')).toBeVisible();
    await noViolations(page);
    await page.getByRole('button', { name: '再来1题' }).click();
    await expect(page.locator('.quiz-question .q-meta')).toContainText('第 1 / 1 题');
    await quiz.answer(true);
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('button', { name: '完成本轮' }).click();
    await expect(page.getByText(/今天没有要复习的题。错题本共 12 题/)).toBeVisible();
  });
});
