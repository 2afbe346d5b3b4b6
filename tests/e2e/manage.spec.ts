/** A manager's certification round with links and files alone; bad links; the SCORM package in an LMS. */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { test, expect, QuizPage } from './fixtures';

const allRules = axe.getRules().map((r) => r.ruleId);
const noViolations = async (page: Page) => {
  const r = await new AxeBuilder({ page }).withRules(allRules).include('main').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

async function buildAssignment(page: Page) {
  await page.goto('/manage/assign/');
  await expect(page.getByRole('button', { name: '生成测验链接' })).toBeEnabled();
  await page.getByLabel('题目来源').selectOption('deadlines');
  await page.getByLabel('题数').fill('5');
  await page.getByLabel('及格分').fill('60');
  await page.getByLabel('时间限制（分钟）').fill('10');
  await page.getByLabel('测验标题').fill('11月时限考核');
  await page.getByLabel('班组').fill('新员工一班');
  await page.getByRole('button', { name: '生成测验链接' }).click();
  await expect(page.getByRole('img', { name: '测验链接二维码' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: '测验链接' }).inputValue();
  expect(link).toMatch(/\/manage\/take\/#a=A1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{10}$/);
  return link;
}

async function takeAs(browser: Browser, link: string, name: string, staffNo: string, right: boolean, outDir: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: '11月时限考核' })).toBeVisible();
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('工号').fill(staffNo);
  await page.getByRole('button', { name: '开始作答' }).click();
  const quiz = new QuizPage(page);
  await quiz.loadBank();
  await quiz.answerExam(right);
  const code = await page.getByRole('textbox', { name: '结果码' }).inputValue();
  expect(code).toMatch(/^R1\./);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载结果文件' }).click();
  const file = `${outDir}/${staffNo}.txt`;
  await (await download).saveAs(file);
  return { page, context, code, file };
}

test('a certification round: assign by link, two trainees, certificate, results, CSV', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const link = await buildAssignment(page);
  await noViolations(page);
  const markup = '<img src=x onerror=alert(1)>';
  const pass = await takeAs(browser, link, markup, 'A1001', true, info.outputDir);
  const fail = await takeAs(browser, link, '李四', 'A1002', false, info.outputDir);

  // The passing trainee prints a certificate: only the certificate is on the printed page.
  const cert = pass.page.locator('[data-certificate]');
  await expect(cert).toBeVisible();
  await noViolations(pass.page);
  await expect(cert.locator('[data-cert-name]')).toHaveText(markup);
  await expect(cert.locator('img')).toHaveCount(0);
  await expect(cert.locator('[data-cert-code]')).toHaveText(pass.code.split('.')[2]);
  await pass.page.emulateMedia({ media: 'print' });
  await expect(cert).toBeVisible();
  await expect(pass.page.locator('quiz-runner')).toBeHidden();
  await expect(pass.page.locator('nav.sidebar')).toBeHidden();
  const pdf = await pass.page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  await expect(fail.page.locator('[data-certificate]')).toBeHidden();
  expect(readFileSync(fail.file, 'utf-8')).toContain(fail.code);

  // The manager collects: one code pasted, one file; plus a tampered code and junk.
  await page.goto('/manage/results/');
  await page.getByLabel('测验链接（或链接中的代码）').fill(link);
  await page.getByRole('button', { name: '读取测验' }).click();
  await expect(page.getByText('已读取：11月时限考核（新员工一班）')).toBeVisible();
  const [head, payload, check] = pass.code.split('.');
  const tampered = `${head}.${payload.slice(0, 20)}${payload[20] === 'A' ? 'B' : 'A'}${payload.slice(21)}.${check}`;
  await page.getByLabel('结果码（每行一个）').fill([pass.code, tampered, '随便写的一行'].join('\n'));
  await page.getByLabel('或选择结果文件（可多选）').setInputFiles(fail.file);
  await page.getByRole('button', { name: '复核结果' }).click();
  const roster = page.locator('table.roster');
  await expect(roster.locator('tbody tr')).toHaveCount(2);
  const first = roster.locator('tbody tr').nth(0);
  await expect(first.locator('th')).toHaveText(markup);
  await expect(first.locator('img')).toHaveCount(0);
  await expect(first).toContainText('100');
  await expect(first).toContainText('通过');
  const second = roster.locator('tbody tr').nth(1);
  await expect(second).toContainText('李四');
  await expect(second).toContainText('未通过');
  await expect(page.locator('.rejected li')).toHaveCount(2);
  await expect(page.locator('.rejected')).toContainText('校验不通过');
  await expect(page.getByRole('img', { name: /各主题错误率/ })).toBeVisible();
  await noViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 CSV/ }).click();
  const csvFile = `${info.outputDir}/roster.csv`;
  await (await download).saveAs(csvFile);
  const csv = readFileSync(csvFile, 'utf-8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('11月时限考核（新员工一班）,及格线 60 分,截止 ' + lines[0].split('截止 ')[1]);
  expect(lines[1].startsWith('姓名,工号,得分,是否通过,用时（分钟）,交卷时间,')).toBe(true);
  expect(lines[2].startsWith(`${markup},A1001,100,通过,`)).toBe(true);
  expect(lines[3].startsWith('李四,A1002,0,未通过,')).toBe(true);
  await pass.context.close();
  await fail.context.close();
});

test('a broken, truncated, tampered or future-version link gets a clear Chinese message', async ({ page }) => {
  const link = await buildAssignment(page);
  const code = link.split('#a=')[1];
  const cases: [string, RegExp][] = [
    ['', /没有读到测验链接/],
    ['hello', /不完整|格式不对/],
    [code.slice(0, -4), /不完整|校验不通过/],
    [code.replace(/^A1\./, 'A9.'), /更新版本/],
    [`${code.split('.')[0]}.${code.split('.')[1].slice(0, -2)}xx.${code.split('.')[2]}`, /校验不通过/],
  ];
  for (const [bad, message] of cases) {
    await page.goto(`/manage/take/#a=${bad}`);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByLabel('姓名')).toBeHidden();
  }
});

test('the SCORM 1.2 package runs in an LMS frame and reports score and pass/fail to its API', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await buildAssignment(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 SCORM 1.2 包' }).click();
  const zip = unzipSync(readFileSync(await (await download).path()));
  expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', 'index.html', 'player.css', 'player.js']);
  const manifest = strFromU8(zip['imsmanifest.xml']);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
  expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');

  // A tiny LMS: a parent page with a SCORM 1.2 API stub, the package in an iframe.
  const lms = await browser.newContext();
  const lmsPage = await lms.newPage();
  await lmsPage.route('http://lms.invalid/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/course.html') {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><title>LMS</title><script>
          window.calls = [];
          window.API = {
            LMSInitialize: (a) => (calls.push(['LMSInitialize', a]), 'true'),
            LMSSetValue: (k, v) => (calls.push(['LMSSetValue', k, v]), 'true'),
            LMSGetValue: () => '',
            LMSCommit: (a) => (calls.push(['LMSCommit', a]), 'true'),
            LMSFinish: (a) => (calls.push(['LMSFinish', a]), 'true'),
            LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
          };
        </script></head><body><iframe title="课程" src="/pkg/index.html" style="width:100%;height:90vh"></iframe></body></html>`,
      });
    }
    const file = zip[path.replace(/^\/pkg\//, '')];
    if (!file) return route.fulfill({ status: 404, body: '' });
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ contentType: `${type}; charset=utf-8`, body: Buffer.from(file) });
  });
  await lmsPage.goto('http://lms.invalid/course.html');
  const course = lmsPage.frameLocator('iframe');
  await course.getByRole('button', { name: '开始' }).click();
  const quiz = new QuizPage(page);
  await quiz.loadBank();
  const frame = lmsPage.frames().find((f) => f.url().endsWith('/pkg/index.html'))!;
  const inFrame = new QuizPage(frame as unknown as Page);
  (inFrame as unknown as { bank: unknown }).bank = (quiz as unknown as { bank: unknown }).bank;
  await inFrame.answerExam(true);
  await expect(course.locator('.quiz-results h2')).toContainText('100');
  const calls = (await lmsPage.evaluate(() => (window as unknown as { calls: string[][] }).calls)) as string[][];
  expect(calls[0]).toEqual(['LMSInitialize', '']);
  expect(calls).toContainEqual(['LMSSetValue', 'cmi.core.score.raw', '100']);
  expect(calls).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'passed']);
  expect(calls.at(-1)).toEqual(['LMSFinish', '']);
  await lms.close();
});
