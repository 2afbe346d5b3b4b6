/**
 * A manager's certification round, end to end against the production build: a round of twelve
 * trainees taken through the take page, collected by chat paste, files and a QR photo with a reload
 * in the middle, the roster against an expected list, item analysis checked against figures
 * worked out by hand, the CSVs; attempts that survive a reload; papers that differ per trainee;
 * attempts and review policy; bad input of every kind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { AssignPage, fitsViewport, noViolations, publishedBank, ResultsPage, TakePage, takeAs } from './managePages';

test.describe.configure({ mode: 'parallel' });

/*
 * The hand-worked example. Twelve trainees answer the same small paper (a chapter's whole pool,
 * so everyone gets every question). Ordered by id, questions 1–3 are answered by this pattern and
 * every later question is left blank — wrong for everyone (a constant adds nothing to any
 * correlation or variance):
 *
 *   trainee   1   2   3   4   5   6   7   8   9  10  11  12
 *   q1        1   1   1   1   1   1   0   0   1   1   1   0     9/12 → facility 75 %
 *   q2        1   1   1   1   0   0   0   0   1   0   1   0     6/12 → 50 %
 *   q3        1   1   0   0   0   0   0   0   1   0   1   0     4/12 → 33 %
 *   T=q1+q2+q3 3   3   2   2   1   1   0   0   3   1   3   0     (the blank questions add nothing)
 *
 * Discrimination r(x, T − x) = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), n = 12:
 *   q1: y = T − x = 2 2 1 1 0 0 0 0 2 0 2 0; Σx = 9, Σy = 10, Σy² = 18, Σxy = 10
 *       (120 − 90) / √((108 − 81)(216 − 100)) = 30 / √3132 = 30 / 55.96 = 0.536 → 54 %
 *   q2: y = 2 2 1 1 1 1 0 0 2 1 2 0; Σx = 6, Σy = 13, Σy² = 21, Σxy = 10
 *       (120 − 78) / √((72 − 36)(252 − 169)) = 42 / √2988 = 42 / 54.66 = 0.768 → 77 %
 *   q3: y = 2 2 2 2 1 1 0 0 2 1 2 0; Σx = 4, Σy = 15, Σy² = 27, Σxy = 8
 *       (96 − 60) / √((48 − 16)(324 − 225)) = 36 / √3168 = 36 / 56.28 = 0.640 → 64 %
 * KR-20 over k questions: Σpq = 3/16 + 1/4 + 2/9 = 95/144; σ²(T) = 47/12 − (19/12)² = 203/144;
 *   KR-20 = k/(k−1) · (1 − 95/203) = k/(k−1) · 108/203   (k = 5 → 135/203 = 0.665 → "0.66"/"0.67")
 */
const PATTERN = ['111', '111', '110', '110', '100', '100', '000', '000', '111', '100', '111', '000'];
const NAMES = ['陈静', '林晓', '黄蕾', '郭峰', '何敏', '罗军', '高燕', '梁超', '宋洁', '谢涛', '韩雪', '唐亮'];
const TRAINEES = NAMES.map((name, i) => ({ name, staffNo: `T${String(i + 1).padStart(3, '0')}` }));
const kr20For = (k: number) => (k / (k - 1)) * (108 / 203);

test('a round of twelve trainees: collected by chat, files and a QR photo across a reload; roster, item analysis, CSV', async ({ page, browser }, info) => {
  test.setTimeout(420_000);
  const assign = new AssignPage(page);
  await assign.open();
  // The chapter with the smallest pool and no near-duplicate groups: every paper holds all of it.
  const bank = await publishedBank(page);
  const chapters = (await assign.quizzes()).filter((q) => q.id.startsWith('chapter-'));
  const pools = chapters
    .map((q) => ({ q, pool: bank.filter((x) => x.learn.split('#')[0] === q.chapters[0]) }))
    .filter(({ pool }) => pool.length >= 5 && pool.every((x) => !x.group))
    .sort((x, y) => x.pool.length - y.pool.length);
  const { q: chapter, pool } = pools[0];
  const ids = pool.map((x) => x.id).sort();
  const link = await assign.create({ quiz: chapter.title, count: pool.length, passMark: 60, minutes: 20, title: '12月小测', group: '柜面二组' });
  await noViolations(page);

  const codes: string[] = [];
  const files: string[] = [];
  let qrPhoto = '';
  // The twelve take turns at one shared counter PC, each in a new tab.
  const counterPc = await browser.newContext({ acceptDownloads: true });
  for (const [i, t] of TRAINEES.entries()) {
    const answers = new Map(ids.slice(0, 3).map((id, j) => [id, PATTERN[i][j] === '1']));
    const { take, code } = await takeAs(counterPc, link, '12月小测', t.name, t.staffNo, answers);
    expect(code.length).toBeLessThanOrEqual(300);
    codes.push(code);
    if (i >= 6 && i < 10) files.push(await take.downloadResult(`${info.outputDir}/结果-${t.name}.txt`));
    if (i === 10) {
      qrPhoto = `${info.outputDir}/qr.png`;
      await take.page.locator('[data-qr] svg').screenshot({ path: qrPhoto });
    }
    await take.page.close();
  }
  await counterPc.close();

  const results = new ResultsPage(page);
  await results.open();
  await results.load(link);
  await results.roster(['姓名\t工号', ...TRAINEES.map((t) => `${t.name}\t${t.staffNo}`), '迟到者\tT099'].join('\n'));
  await expect(page.getByText('名单已保存：13 人。')).toBeVisible();
  // Six codes pasted from a chat: names around them, one broken across lines, one with spaces inside.
  const chat = codes
    .slice(0, 6)
    .map((c, i) => (i === 1 ? `${TRAINEES[i].name}：\n${c.match(/.{1,50}/g)!.join('\n')}` : i === 2 ? `[${TRAINEES[i].name}] ${c.match(/.{1,40}/g)!.join(' ')} 请查收` : `${TRAINEES[i].name}的结果码：${c}`))
    .join('\n');
  await results.paste(chat);
  await expect(results.intake).toHaveText(/读入 6 份/);
  await expect(results.rosterRows).toHaveCount(13);

  // A reload in the middle of collecting: nothing is lost.
  await page.reload();
  await expect(page.getByText(/^已打开：12月小测（柜面二组）.*已收到 6 份结果/)).toBeVisible();
  await expect(results.rosterRows).toHaveCount(13);
  await results.files(files);
  await expect(results.intake).toHaveText(/读入 4 份/);
  await page.getByLabel('或选择二维码照片（可多选）').setInputFiles(qrPhoto);
  await expect(results.intake).toHaveText(new RegExp(`读入 1 份：${TRAINEES[10].name}`));
  // The last chat message, copied and pasted with Ctrl+V: reading needs no other action.
  await results.pasteFromClipboard(`${TRAINEES[11].name}：${codes[11]}\n${codes[0]}`);
  await expect(results.intake).toHaveText(/读入 1 份.*另有 1 份已经收到过/);
  await expect(page.getByText(/^已打开：12月小测（柜面二组）.*已收到 12 份结果/)).toBeVisible();

  // Who has not handed in, and a reminder naming them.
  await expect(page.getByRole('heading', { name: '还没交的 1 人' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '提醒文字（复制后发到群里）' })).toHaveValue(/迟到者/);
  await expect(results.row('迟到者')).toContainText('未交');
  await expect(results.row(TRAINEES[0].name)).toContainText(`3/${pool.length} 题`);

  // Item analysis against the hand-worked example.
  const expectItem = async (id: string, facility: string, discrimination: string) => {
    const row = results.itemRow(id);
    await expect(row.locator('[data-label="作答人数"]')).toHaveText('12');
    await expect(row.locator('[data-label="通过率"]')).toHaveText(facility);
    await expect(row.locator('[data-label="区分度"]')).toHaveText(discrimination);
  };
  await expectItem(ids[0], '75%', '54%');
  await expectItem(ids[1], '50%', '77%');
  await expectItem(ids[2], '33%', '64%');
  await expectItem(ids[3], '0%', '—');
  await expect(results.itemRow(ids[3]).locator('[data-label="标记"]')).toHaveText('太难');
  await expect(results.itemRow(ids[3])).toContainText('未作答：12 人');
  await expect(page.getByText(`KR-20 信度：${kr20For(pool.length).toFixed(2)}（12 份结果）。`)).toBeVisible();
  await noViolations(page);

  // The CSVs: header first, numbers in numeric columns, nothing Excel turns into a date.
  const roster = await results.download(/导出成绩单 CSV/, `${info.outputDir}/roster.csv`);
  expect(roster.charCodeAt(0)).toBe(0xfeff);
  const lines = roster.slice(1).trimEnd().split('\r\n');
  expect(lines[0].startsWith('姓名,工号,状态,第几次作答,计入成绩,正确题数,总题数,得分,是否通过,')).toBe(true);
  const first = lines.find((l) => l.startsWith(`${TRAINEES[0].name},`))!.split(',');
  const percent = String(Math.round((3 / pool.length) * 100));
  expect(first.slice(1, 9)).toEqual([TRAINEES[0].staffNo, '已交', '1', '是', '3', String(pool.length), percent, Number(percent) >= 60 ? '通过' : '未通过']);
  expect(roster).not.toMatch(/,\d+\/\d+,/);
  const items = await results.download('导出题目分析 CSV', `${info.outputDir}/items.csv`);
  const itemLines = items.slice(1).trimEnd().split('\r\n');
  expect(itemLines[0].startsWith('题目 id,题型,主题,难度,题目,作答人数,答对人数,通过率（%）,区分度（%）,标记,')).toBe(true);
  const q1 = itemLines.find((l) => l.startsWith(`${ids[0]},`))!;
  expect(q1).toMatch(/,12,9,75,53\.6,/);
  expect(itemLines.at(-1)).toBe(`KR-20 信度,${Math.round(kr20For(pool.length) * 1000) / 1000}`);

  // On a phone the roster is readable and nothing is wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsViewport(page);
  await page.screenshot({ path: `${info.outputDir}/results-phone.png`, fullPage: true });

  // /manage/ lists the round in progress with what is missing.
  await page.goto('/manage/');
  await expect(page.getByRole('link', { name: '12月小测（柜面二组）' })).toBeVisible();
  await expect(page.getByText(/已交 12 人，应交 13 人，还差 1 人/)).toBeVisible();
  await fitsViewport(page);
});

test('an attempt survives a reload: answers kept, clock from the recorded start; leaving asks; after 交卷 only score and topics, no 再做一次', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const assign = new AssignPage(page);
  await assign.open();
  const link = await assign.create({ quiz: '时限', count: 5, minutes: 10, title: '时限抽查' });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const take = new TakePage(await context.newPage());
  await take.open(link, '时限抽查');
  await take.start('王五', 'B2001');
  await take.quiz.answer(true);
  const firstId = await take.quiz.currentId();
  await take.page.getByRole('button', { name: '下一题' }).click();
  const secondId = await take.quiz.currentId();
  await take.page.waitForTimeout(2500);
  const before = await take.page.locator('.quiz-timer').textContent();

  // The timer stays in view while a long question scrolls on a phone.
  await take.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await expect(take.page.locator('.quiz-timer')).toBeInViewport();
  await fitsViewport(take.page);

  // Leaving mid-attempt asks first.
  let asked = false;
  take.page.once('dialog', async (d) => {
    asked = d.type() === 'beforeunload';
    await d.accept();
  });
  await take.page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);

  // The tab was closed: a new one shows the attempt to continue, at the question left, with the answer kept.
  const again = new TakePage(await context.newPage());
  await again.open(link, '时限抽查');
  await expect(again.page.getByText(/王五（B2001）第 1 次作答：已答 1 \/ 5 题/)).toBeVisible();
  await again.page.getByRole('button', { name: '继续作答' }).click();
  await expect(again.quiz.question).toHaveAttribute('data-question', secondId);
  const after = await again.page.locator('.quiz-timer').textContent();
  const seconds = (s: string | null) => s!.match(/(\d+):(\d+)/)!.slice(1).reduce((m, x) => m * 60 + Number(x), 0);
  expect(seconds(after)).toBeLessThan(seconds(before));

  // A reload in the same tab goes straight back into the attempt.
  await again.page.reload();
  await expect(again.quiz.question).toBeVisible();
  await again.page.getByRole('button', { name: /^第 1 \/ 5 题/ }).click();
  await expect(again.quiz.question).toHaveAttribute('data-question', firstId);
  await expect(again.page.getByRole('button', { name: '第 1 / 5 题，已答' })).toBeVisible();

  await again.answerAll(() => false);
  await expect(again.page.locator('.quiz-results')).toContainText('各主题得分');
  await expect(again.page.getByText('答错的题')).toHaveCount(0);
  await expect(again.page.getByText(/正确答案：/)).toHaveCount(0);
  await expect(again.page.getByRole('button', { name: /再做一次|开始第 2 次作答/ })).toHaveCount(0);
  await expect(again.page.getByText('作答机会已经用完。')).toBeVisible();
  await expect(again.page.getByRole('img', { name: '结果码二维码' })).toBeVisible();
  await noViolations(again.page);
  await fitsViewport(again.page);

  // The same trainee cannot start again on this device; the result can be seen again.
  await again.page.goto('/manage/');
  await again.open(link, '时限抽查');
  await again.page.getByLabel('姓名').fill('王五');
  await again.page.getByLabel('工号').fill('b2001');
  await again.page.getByRole('button', { name: '开始作答' }).click();
  await expect(again.page.getByRole('alert').filter({ hasText: '已在本机用完全部 1 次作答机会' })).toBeVisible();
  await again.page.getByRole('button', { name: '查看结果和结果码' }).click();
  await expect(again.page.getByText(/王五第 1 次作答：得分 0 分/)).toBeVisible();
  await context.close();
});

test('each trainee draws a different paper; a shared answer list does not pass someone else', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const assign = new AssignPage(page);
  await assign.open();
  const link = await assign.create({ title: '认证考试（抽题）' });
  await expect(page.getByText(/抽题蓝图（每位学员都按这个比例抽题，题目各不相同）：/)).toBeVisible();

  const a = new TakePage(await (await browser.newContext()).newPage());
  await a.open(link, '认证考试（抽题）');
  await a.start('甲', 'C3001');
  const paperA = await a.paperIds();
  await a.answerAll(() => true);
  await expect(a.page.locator('.quiz-results h2')).toContainText('100');
  const bank = new Map((await publishedBank(page)).map((q) => [q.id, q]));

  const b = new TakePage(await (await browser.newContext()).newPage());
  await b.open(link, '认证考试（抽题）');
  await b.start('乙', 'C3002');
  const paperB = await b.paperIds();
  expect(paperB).toHaveLength(30);
  expect(paperB.filter((id) => paperA.includes(id)).length).toBeLessThan(15);
  // Topics match question for question in count: the same blueprint.
  const topics = (paper: string[]) => paper.map((id) => bank.get(id)!.topics[0]).sort().join();
  expect(topics(paperB)).toBe(topics(paperA));
  // 乙 answers with 甲's answer key in hand: only questions both papers share can be right.
  await b.answerAll((id) => paperA.includes(id));
  const score = Number((await b.page.locator('.quiz-results h2').textContent())!.match(/得分 (\d+)/)![1]);
  expect(score).toBeLessThan(80);
  expect((await b.code()).length).toBeLessThanOrEqual(300);
});

test('two attempts, the best counts: 开始第 2 次作答 is offered once; the roster shows both attempts and flags a fast one', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const assign = new AssignPage(page);
  await assign.open();
  const link = await assign.create({ quiz: '时限', count: 5, title: '两次机会', attempts: 2, counting: '最高的一次' });
  const context = await browser.newContext();
  const take = new TakePage(await context.newPage());
  await take.open(link, '两次机会');
  await take.start('赵六', 'D4001');
  await take.answerAll(() => false);
  const first = await take.code();
  await expect(take.page.getByText('你还可以再作答 1 次，成绩按最高的一次计算。')).toBeVisible();
  await take.page.getByRole('button', { name: '开始第 2 次作答' }).click();
  await take.answerAll(() => true);
  const second = await take.code();
  await expect(take.page.getByRole('button', { name: /开始第 \d 次作答/ })).toBeHidden();
  await expect(take.page.getByRole('button', { name: '打印证书' })).toBeVisible();

  const results = new ResultsPage(page);
  await results.open();
  await results.load(link);
  await results.paste(`${first}\n${second}`);
  const row = results.row('赵六');
  await expect(row.locator('[data-label="计入的成绩"]')).toHaveText('100 分（5/5 题）');
  await expect(row.locator('[data-label="全部作答"] li')).toHaveCount(2);
  await expect(row.locator('[data-label="全部作答"] li').nth(1)).toContainText('（计入成绩）');
  // Both attempts took seconds for five questions: flagged as implausibly fast.
  await expect(row.locator('[data-label="需要注意"]')).toContainText('用时过短');
  await context.close();
});

test('bad input: other assignments, repeats, damaged codes named by person, a roster with problems, corrupt storage, a newer workspace file', async ({ page, browser }, info) => {
  test.setTimeout(300_000);
  const assign = new AssignPage(page);
  await assign.open();
  const linkA = await assign.create({ quiz: '时限', count: 3, title: '甲测验' });
  await assign.open();
  const linkB = await assign.create({ quiz: '时限', count: 3, title: '乙测验' });
  const pc = await browser.newContext();
  const a = await takeAs(pc, linkA, '甲测验', '孙七', 'E5001', () => true);
  const b = await takeAs(pc, linkB, '乙测验', '周八', 'E5002', () => true);
  const c = await takeAs(pc, linkA, '甲测验', '吴九', 'E5003', () => true);
  // The same trainee again on another device: a second, different code for attempt 1.
  const d = await takeAs(browser, linkA, '甲测验', '孙七', 'E5001', () => false);

  const results = new ResultsPage(page);
  await results.open();
  await results.load(linkB);
  await results.load(linkA);
  const [head, payload, check] = c.code.split('.');
  const tampered = `${head}.${payload.slice(0, 60)}${payload[60] === 'A' ? 'B' : 'A'}${payload.slice(61)}.${check}`;
  await results.paste([a.code, `周八发来的：${b.code}`, `吴九：${tampered}`, a.code, d.code, '请查收'].join('\n'));
  await expect(results.intake).toHaveText(/读入 2 份：孙七（E5001）、孙七（E5001）。另有 1 份已经收到过/);
  await expect(results.problems.filter({ hasText: '周八（E5002）的结果属于另一次测验「乙测验」' })).toHaveCount(1);
  await expect(results.problems.filter({ hasText: /^吴九（E5003）的结果码：结果码的校验不通过/ })).toHaveCount(1);
  await results.paste('今天的结果码稍后发');
  await expect(results.problems.filter({ hasText: '“今天的结果码稍后发”里没有找到结果码。原文已保存在工作区。' })).toHaveCount(1);
  await expect(results.row('孙七').locator('[data-label="需要注意"]')).toContainText('同一次作答收到了两份不同的结果码');

  // A roster with a blank and a duplicate staff number: said by name, the rest kept.
  await results.roster('姓名,工号\n孙七,E5001\n无号者,\n重号者,E5001\n吴九,E5003');
  await expect(page.locator('[data-roster-problems] li')).toHaveText(['无号者没有工号（“无号者,”），没有加入名单。', '工号 E5001 重复：孙七和重号者（“重号者,E5001”）。名单保留孙七，请核对后改正。']);
  await expect(page.getByText('名单已保存：2 人。')).toBeVisible();

  // The workspace moves to another PC as one file; a file from a newer version is refused.
  const exported = await results.download('导出工作区', `${info.outputDir}/workspace.json`);
  const newer = JSON.parse(exported);
  newer.version = 2;
  writeFileSync(`${info.outputDir}/newer.json`, JSON.stringify(newer));
  await page.getByLabel('导入工作区文件').setInputFiles(`${info.outputDir}/newer.json`);
  await expect(page.locator('[data-import-status]')).toHaveText(/来自更新版本.*本机的工作区没有改变/);
  const other = await browser.newContext({ acceptDownloads: true });
  const pc2 = new ResultsPage(await other.newPage());
  await pc2.open();
  await pc2.page.getByLabel('导入工作区文件').setInputFiles(`${info.outputDir}/workspace.json`);
  await expect(pc2.page.getByText('已导入：新增 2 个测验、3 份结果。')).toBeVisible();
  await pc2.load(linkA);
  await expect(pc2.row('孙七')).toBeVisible();

  // Corrupt storage: a clear message, the damaged record kept aside, the page still works.
  await pc2.page.evaluate(() => localStorage.setItem('xuetang.workspace', '{"version":1,"assignments":{"x":'));
  await pc2.page.reload();
  await expect(pc2.page.getByText(/本机保存的结果工作区已损坏，无法读取。原数据已另存在本机（xuetang\.workspace\.unreadable\./)).toBeVisible();
  const kept = await pc2.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('xuetang.workspace.unreadable.')).length);
  expect(kept).toBe(1);
  await pc2.load(linkA);
  await noViolations(pc2.page);
  expect(readFileSync(`${info.outputDir}/workspace.json`, 'utf-8')).toContain('"kind": "xuetang-workspace"');
  await pc.close();
  await d.context.close();
  await other.close();
});

test('a broken, truncated, tampered, old or future-version link gets a clear Chinese message', async ({ page }) => {
  test.setTimeout(150_000);
  const assign = new AssignPage(page);
  await assign.open();
  const link = await assign.create({ quiz: '时限', count: 3, title: '坏链接' });
  const code = link.split('#a=')[1];
  const cases: [string, RegExp][] = [
    ['', /没有读到测验链接/],
    ['hello', /不完整|格式不对/],
    [code.slice(0, -4), /不完整|校验不通过/],
    [code.replace(/^A2\./, 'A9.'), /更新版本/],
    [code.replace(/^A2\./, 'A1.'), /旧版本.*重新生成链接/],
    [`${code.split('.')[0]}.${code.split('.')[1].slice(0, -2)}xx.${code.split('.')[2]}`, /校验不通过/],
  ];
  for (const [bad, message] of cases) {
    await page.goto(`/manage/take/#a=${bad}`);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByLabel('姓名')).toBeHidden();
  }
});

test('corrupt attempt storage on the take page: a message, the record kept aside, the attempt can start', async ({ page }) => {
  const assign = new AssignPage(page);
  await assign.open();
  const link = await assign.create({ quiz: '时限', count: 3, title: '存储损坏' });
  await page.evaluate(() => localStorage.setItem('xuetang.attempts', 'not json'));
  const take = new TakePage(page);
  await take.open(link, '存储损坏');
  await expect(page.getByText(/本机保存的作答记录已损坏，无法读取。原记录已另存在本机/)).toBeVisible();
  await take.start('郑十', 'F6001');
  await expect(take.quiz.question).toBeVisible();
});

test('the manager pages fit a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/manage/', '/manage/assign/', '/manage/results/', '/manage/honesty/']) {
    await page.goto(path);
    await fitsViewport(page);
  }
  const assign = new AssignPage(page);
  await assign.open();
  await assign.create({ title: '手机上的认证考试' });
  await fitsViewport(page);
  await page.goto(await page.getByRole('textbox', { name: '测验链接' }).inputValue());
  await expect(page.getByRole('heading', { name: '手机上的认证考试' })).toBeVisible();
  await fitsViewport(page);
});
