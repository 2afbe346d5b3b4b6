/**
 * The SCORM 1.2 package in a real LMS runtime (scorm-again's Scorm12API, see ./lmsHarness.ts):
 * pass, fail, abandon and resume, relaunch after a pass, review mode, no retake after LMSFinish,
 * session time from LMSInitialize, learn links in a new window — every call's return value and
 * error code recorded and checked — and the manifest validated against the official SCORM 1.2
 * schemas, with a title holding a control character.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AssignPage, noViolations, type AssignmentForm } from './managePages';
import { freshLearner, Lms, type LmsCall } from './lmsHarness';
import { scormManifestErrors } from '../support/scormSchema';

test.describe.configure({ mode: 'parallel' });

/** Builds an assignment on the site and downloads its SCORM package, unzipped. */
async function scormPackage(page: Page, form: Partial<AssignmentForm> = {}) {
  const assign = new AssignPage(page);
  await assign.open();
  await assign.create({ quiz: '时限', count: 4, passMark: 75, minutes: 10, title: 'SCORM 时限测验', ...form });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 SCORM 1.2 包' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), files: unzipSync(readFileSync((await file.path())!)) };
}

/** Every call the SCO made succeeded (LMSGetValue of elements the LMS leaves empty is not a failure). */
const allAccepted = (calls: LmsCall[]) => calls.filter((c) => c.result !== 'true' && c.name !== 'LMSGetValue').map((c) => `${c.name}(${c.args.join(', ')}) → ${c.result} ${c.error}`);
const sets = (calls: LmsCall[]) => calls.filter((c) => c.name === 'LMSSetValue').map((c) => c.args);

test('pass: score, status, interactions and session time reported; every call accepted; no retake after LMSFinish', async ({ page, context }) => {
  test.setTimeout(180_000);
  // Word's Shift+Enter line break arrives as U+000B in a pasted title.
  const { name, files } = await scormPackage(page, { title: '第一行\u000b第二行 & "时限"' });
  expect(name).toMatch(/^SCORM-.*\.zip$/);
  expect(Object.keys(files).sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmanifest.xml', 'imsmd_rootv1p2p1.xsd', 'index.html', 'player.css', 'player.js']);
  const manifest = strFromU8(files['imsmanifest.xml']);
  expect(manifest).toContain('<title>第一行第二行 &amp; &quot;时限&quot;</title>');
  expect(await scormManifestErrors(manifest)).toEqual([]);

  const lms = new Lms(context, files);
  await lms.launch(freshLearner('S001'));
  await lms.page.waitForTimeout(1500);
  await lms.sco.getByRole('button', { name: '开始' }).click();
  const quiz = await lms.quiz();
  await quiz.answerExam(true);
  await expect(lms.sco.getByRole('status').filter({ hasText: '成绩已上报学习平台' })).toBeVisible();
  await expect(lms.sco.locator('.quiz-results h2')).toContainText('100');
  await expect(lms.sco.getByRole('button', { name: '再做一次' })).toHaveCount(0);

  const calls = await lms.calls();
  expect(allAccepted(calls)).toEqual([]);
  expect(calls[0]).toMatchObject({ name: 'LMSInitialize', result: 'true', error: '0' });
  expect(calls.at(-1)).toMatchObject({ name: 'LMSFinish', result: 'true', error: '0' });
  expect(calls.findIndex((c) => c.name === 'LMSCommit')).toBeLessThan(calls.length - 1);
  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
  expect(await lms.value('cmi.core.score.raw')).toBe('100');
  expect(sets(calls)).toContainEqual(['cmi.interactions.3.result', 'correct']);
  expect(sets(calls).filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))).toHaveLength(4);
  // Session time runs from LMSInitialize: the learner spent 1.5 s on the intro before 开始.
  const time = sets(calls).find(([k]) => k === 'cmi.core.session_time')![1];
  expect(time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  expect(time.split(':').reduce((s, x) => s * 60 + Number(x), 0)).toBeGreaterThanOrEqual(2);

  // Reloading the finished SCO: the LMS refuses a second session, and the package offers no quiz.
  await lms.frame().goto(lms.frame().url());
  await expect(lms.sco.getByText(/学习平台没有开始这次学习，所以不能作答/)).toBeVisible();
  await expect(lms.sco.getByRole('button', { name: '开始' })).toBeHidden();
  const again = (await lms.calls()).slice(calls.length);
  expect(again[0]).toMatchObject({ name: 'LMSInitialize', result: 'false', error: '101' });
  expect(sets(again)).toEqual([]);
  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
});

test('fail: status failed, no answers shown, nothing offered to retake', async ({ page, context }) => {
  test.setTimeout(150_000);
  const { files } = await scormPackage(page);
  const lms = new Lms(context, files);
  await lms.launch(freshLearner('S002'));
  await lms.sco.getByRole('button', { name: '开始' }).click();
  await (await lms.quiz()).answerExam(false);
  await expect(lms.sco.getByRole('status').filter({ hasText: '成绩已上报学习平台' })).toBeVisible();
  await expect(lms.sco.getByText(/正确答案：/)).toHaveCount(0);
  await expect(lms.sco.getByRole('button')).toHaveCount(0);
  expect(allAccepted(await lms.calls())).toEqual([]);
  expect(await lms.value('cmi.core.lesson_status')).toBe('failed');
  expect(await lms.value('cmi.core.score.raw')).toBe('0');
  await noViolations(lms.page, ['iframe', 'main']);
});

test('abandon and resume: suspended on pagehide, resumed where it was with the clock from the first start', async ({ page, context }) => {
  test.setTimeout(180_000);
  const { files } = await scormPackage(page);
  const first = new Lms(context, files);
  await first.launch(freshLearner('S003'));
  await first.sco.getByRole('button', { name: '开始' }).click();
  const quiz = await first.quiz();
  await quiz.answer(true);
  await first.sco.getByRole('button', { name: '下一题' }).click();
  await quiz.answer(true);
  await first.sco.getByRole('button', { name: '下一题' }).click();
  const left = await first.sco.locator('.quiz-timer').textContent();
  await first.page.waitForTimeout(2000);
  // The LMS closes the course frame mid-quiz.
  await first.frame().goto('about:blank');
  const calls = await first.calls();
  expect(allAccepted(calls)).toEqual([]);
  expect(sets(calls)).toContainEqual(['cmi.core.exit', 'suspend']);
  expect(calls.slice(-2).map((c) => c.name)).toEqual(['LMSCommit', 'LMSFinish']);
  expect(await first.value('cmi.core.lesson_location')).toBe('3');
  expect(await first.value('cmi.core.lesson_status')).toBe('incomplete');
  const record = await first.nextLaunch('S003');
  expect(record.core.entry).toBe('resume');
  expect(record.suspend_data).not.toBe('');
  await first.close();

  const second = new Lms(context, files);
  await second.launch(record);
  await expect(second.sco.getByText(/已恢复上次的作答：从第 3 题继续/)).toBeVisible();
  await expect(second.sco.locator('.quiz-bar')).toContainText('第 3 / 4 题');
  await expect(second.sco.getByRole('button', { name: '第 1 / 4 题，已答' })).toBeVisible();
  await expect(second.sco.getByRole('button', { name: '第 2 / 4 题，已答' })).toBeVisible();
  const seconds = (s: string | null) => s!.match(/(\d+):(\d+)/)!.slice(1).reduce((m, x) => m * 60 + Number(x), 0);
  expect(seconds(await second.sco.locator('.quiz-timer').textContent())).toBeLessThanOrEqual(seconds(left) - 2);
  const resumed = await second.calls();
  expect(resumed.filter((c) => c.name === 'LMSGetValue').map((c) => c.args[0])).toEqual(expect.arrayContaining(['cmi.core.entry', 'cmi.suspend_data']));
  expect(sets(resumed).filter(([k]) => k === 'cmi.core.lesson_status')).toEqual([]);
  const quiz2 = await second.quiz();
  for (let i = 0; i < 2; i++) {
    await quiz2.answer(true);
    if (i === 0) await second.sco.getByRole('button', { name: '下一题' }).click();
  }
  await second.sco.getByRole('button', { name: '交卷' }).click();
  await expect(second.sco.getByRole('status').filter({ hasText: '成绩已上报学习平台' })).toBeVisible();
  expect(await second.value('cmi.core.lesson_status')).toBe('passed');
  expect(await second.value('cmi.core.exit')).toBe('');
  expect(allAccepted(await second.calls())).toEqual([]);
});

test('relaunch after a pass: the recorded result is shown and never overwritten', async ({ page, context }) => {
  test.setTimeout(150_000);
  const { files } = await scormPackage(page);
  const lms = new Lms(context, files);
  await lms.launch(freshLearner('S004', { lesson_status: 'passed', entry: '', score: { raw: '100' } }));
  await expect(lms.sco.getByText('你已经完成本测验：通过，得分 100 分。同一次学习不能重新作答；如需补考，请联系学习平台的管理员。')).toBeVisible();
  await expect(lms.sco.getByRole('button', { name: '开始' })).toBeHidden();
  expect(sets(await lms.calls())).toEqual([]);
  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
  await lms.frame().goto('about:blank');
  expect(allAccepted(await lms.calls())).toEqual([]);
  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
});

test('review mode (no credit): the recorded result is shown, nothing changes', async ({ page, context }) => {
  test.setTimeout(150_000);
  const { files } = await scormPackage(page);
  const lms = new Lms(context, files);
  await lms.launch(freshLearner('S005', { lesson_status: 'passed', lesson_mode: 'review', credit: 'no-credit', score: { raw: '75' } }));
  await expect(lms.sco.getByText(/回顾模式：学习平台记录的结果是“通过，得分 75 分”。本次打开不会改变成绩。/)).toBeVisible();
  await expect(lms.sco.getByRole('button', { name: '开始' })).toBeHidden();
  expect(sets(await lms.calls())).toEqual([]);
  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
});

test('answers after the due date: learn links open the site in a new window, not inside the LMS frame', async ({ page, context }) => {
  test.setTimeout(150_000);
  const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const { files } = await scormPackage(page, { review: '截止日期后可看答案', due: yesterday });
  const lms = new Lms(context, files);
  await lms.launch(freshLearner('S006'));
  await lms.sco.getByRole('button', { name: '开始' }).click();
  await (await lms.quiz()).answerExam(false);
  const links = lms.sco.getByRole('link', { name: '去复习这部分' });
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
  }
});
