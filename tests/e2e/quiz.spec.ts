/** Quizzes as a learner uses them: practice with feedback, an exam with a clock, the review list, progress files, bad storage. */
import { readFileSync } from 'node:fs';
import { test, expect, QuizPage, expectNoAxeViolations } from './fixtures';

const noViolations = (page: import('@playwright/test').Page) => expectNoAxeViolations(page, 'main');

test('a practice quiz: feedback after each answer, a wrong answer goes to the review list, and it can be cleared', async ({ page }) => {
  // A whole quiz, the review list and the progress page: longer than one page's budget on a busy machine.
  test.slow();
  const quiz = new QuizPage(page);
  await quiz.open('chapter-policy-services');
  await quiz.start();
  const total = Number((await page.locator('.quiz-bar span').first().textContent())!.match(/\/ (\d+)/)![1]);
  let wrongId = '';
  for (let i = 0; i < total; i++) {
    await expect(page.locator('.quiz-bar span').first()).toHaveText(`第 ${i + 1} / ${total} 题`);
    const right = i !== 1;
    if (!right) wrongId = await quiz.currentId();
    await quiz.answer(right);
    if (i === 0) await noViolations(page);
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect(page.locator('.q-feedback')).toContainText(right ? '回答正确' : '回答错误');
    await expect(page.locator('.q-feedback a')).toHaveText('去复习这部分');
    await quiz.expectMarks();
    if (i === 1) await noViolations(page); // the feedback state, marks included (a wrong answer)
    await page.getByRole('button', { name: i === total - 1 ? '看结果' : '下一题' }).click();
  }
  const results = page.locator('.quiz-results');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(`得分 ${Math.round(((total - 1) / total) * 100)} 分（答对 ${total - 1} / ${total} 题）`);
  await expect(results.locator('.quiz-mistakes li')).toHaveCount(1);
  await expect(results.locator('table')).toContainText('各主题得分');
  // Each question counted once, under its first topic: the rows add up to the total line.
  const rows = await results.locator('tbody td').allTextContents();
  const sum = rows.map((r) => r.split(' / ').map(Number)).reduce(([c, t], [x, y]) => [c + x, t + y], [0, 0]);
  await expect(results.locator('tfoot tr')).toHaveText(`合计${sum[0]} / ${sum[1]}`);
  expect(sum).toEqual([total - 1, total]);
  // A practice quiz is never "handed in because time ran out".
  await expect(page.getByText('时间到')).toHaveCount(0);
  await expect(page.getByText('结果已记入学习进度')).toBeVisible();
  await noViolations(page);

  await page.goto('/review/');
  await expect(page.getByText(/今天要复习 1 题/)).toBeVisible();
  await expect(page.locator(`[data-question="${wrongId}"]`)).toBeVisible();
  await page.getByRole('button', { name: '开始复习' }).click();
  const review = new QuizPage(page);
  (review as unknown as { bank: unknown }).bank = (quiz as unknown as { bank: unknown }).bank;
  await review.answer(true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.q-feedback')).toContainText('回答正确');
  await expect(page.locator('[data-announce]').last()).toContainText('已安排再次复习');
  await page.getByRole('button', { name: '完成本轮' }).click();
  await expect(page.getByText(/今天没有要复习的题。错题本共 1 题/)).toBeVisible();
  await page.getByRole('button', { name: /移出错题本/ }).click();
  await expect(page.getByText('错题本是空的')).toBeVisible();

  await page.goto('/progress/');
  const best = Math.round(((total - 1) / total) * 100);
  await expect(page.locator('learning-path [data-chapter="policy-services"] [data-mark="quiz"]')).toHaveText(best >= 80 ? '✓ 已通过' : `最高 ${best} 分`);
});

test('a chapter practice quiz offers the next chapter of the learning path next to 再做一次', async ({ page }) => {
  test.slow();
  const quiz = new QuizPage(page);
  await quiz.open('chapter-policy-services');
  await quiz.start();
  const total = Number((await page.locator('.quiz-bar span').first().textContent())!.match(/\/ (\d+)/)![1]);
  for (let i = 0; i < total; i++) {
    await quiz.answer(true);
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('button', { name: i === total - 1 ? '看结果' : '下一题' }).click();
  }
  const actions = page.locator('.quiz-results .quiz-actions');
  await expect(actions.getByRole('button', { name: '再做一次' })).toBeVisible();
  const next = actions.getByRole('link', { name: /^下一章：/ });
  const title = (await next.textContent())!.replace('下一章：', '');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(new URL(page.url()).pathname).not.toBe('/policy-services/');
});

test('an exam: move between questions, change an answer, confirm before handing in, grade at the end', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open('certification');
  await expect(page.getByText('限时 30 分钟')).toBeVisible();
  await quiz.start();
  await expect(page.locator('.quiz-timer')).toHaveText(/剩余时间 (30:00|29:5\d)/);
  await quiz.answer(false);
  await expect(page.locator('.q-feedback')).toHaveCount(0);
  await page.getByRole('button', { name: '下一题' }).click();
  await quiz.answer(true);
  await page.getByRole('navigation', { name: '题目导航' }).getByRole('button', { name: /^第 1 \/ \d+ 题，已答$/ }).click();
  await expect(page.locator('.quiz-bar span').first()).toHaveText(/第 1 \//);
  await quiz.answer(true); // change the first answer to the right one
  await noViolations(page);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(/还有 \d+ 题没有作答/);
  await page.getByRole('button', { name: '继续答题' }).click();
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '确定交卷' }).click();
  const results = page.locator('.quiz-results');
  await expect(results.getByRole('heading', { level: 2 })).toContainText('答对 2 /');
  await expect(results.locator('.quiz-verdict')).toHaveText('结果：未通过（80 分及格）');
  for (const topic of ['礼仪', '用语', '时限', '材料', '流程', '合规', '信息保护']) await expect(results.locator('table')).toContainText(topic);
});

test('an exam hands itself in when the time is up', async ({ page }) => {
  await page.clock.install();
  const quiz = new QuizPage(page);
  await quiz.open('certification');
  await quiz.start();
  await quiz.answer(true);
  await page.clock.runFor(30 * 60 * 1000 + 2000);
  await expect(page.getByText('时间到，已自动交卷。')).toBeVisible();
  await expect(page.locator('.quiz-results h2')).toContainText('答对 1 /');
});

test('the same seed gives the same questions in the same order', async ({ page }) => {
  const quiz = new QuizPage(page);
  const firstIds = async () => {
    await quiz.open('certification', 'fixed');
    await quiz.start();
    return quiz.currentId();
  };
  expect(await firstIds()).toBe(await firstIds());
});

test('progress can be exported to a file and imported again', async ({ page }, info) => {
  const quiz = new QuizPage(page);
  await quiz.open('chapter-privacy');
  await quiz.start();
  await quiz.answer(false);
  await page.getByRole('button', { name: '提交答案' }).click();
  // A chapter is read once its end is reached.
  await page.goto('/policy-services/');
  await page.locator('mark-read').scrollIntoViewIfNeeded();
  await expect(page.locator('#starlight__sidebar a[data-chapter="policy-services"] .xt-mark')).toHaveText('读');
  await page.goto('/progress/');
  const read = page.locator('learning-path [data-chapter="policy-services"] [data-mark="read"]');
  await expect(read).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出进度' }).click();
  const file = info.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf-8')).kind).toBe('xuetang-progress');

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '清除本机进度' }).click();
  await expect(read).toBeHidden();
  await page.locator('input[data-action="import"]').setInputFiles(file);
  await expect(page.getByText('已导入进度。')).toBeVisible();
  await expect(read).toBeVisible();

  await page.locator('input[data-action="import"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"nope"}') });
  await expect(page.getByRole('alert')).toContainText('不是服务规范学堂的进度文件');
});

test('corrupted storage is reported, kept aside, and every page still works', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('xuetang.progress', '{"version":1,"quizzes":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/progress/');
  await expect(page.getByRole('alert')).toContainText('已损坏');
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('xuetang.progress.unreadable.')))).toBe(true);
  await page.goto('/review/');
  await expect(page.getByText('错题本是空的')).toBeVisible();
  const quiz = new QuizPage(page);
  await quiz.open('deadlines');
  await quiz.start();
  await quiz.answer(true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.q-feedback')).toContainText('回答正确');
  await page.goto('/policy-services/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保全');
});

test('ordering and matching questions work with the keyboard alone', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open('processes');
  await quiz.start();
  // Find an ordering question by skipping ahead (practice quizzes are one by one).
  for (let i = 0; i < 12; i++) {
    if (await page.locator('.q-order').count()) break;
    await quiz.answer(true);
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByRole('button', { name: /下一题|看结果/ }).click();
  }
  const list = page.locator('.q-order');
  await expect(list).toBeVisible();
  const before = await list.locator('.q-order-text').allTextContents();
  const down = list.getByRole('button', { name: `把「${before[0]}」下移` });
  await down.focus();
  await page.keyboard.press('Enter');
  const after = await list.locator('.q-order-text').allTextContents();
  expect(after[1]).toBe(before[0]);
  await expect(page.locator('quiz-runner .q-answer [aria-live]')).toContainText(`「${before[0]}」现在是第 2 项`);
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`把「${before[0]}」`));
});
