/**
 * Lighthouse (mobile: a mid-range phone, 4× slower CPU, slow 4G, all simulated) on the home
 * page, a chapter, a walkthrough and a quiz: performance at least 95, accessibility 100.
 *
 * Runs in its own Playwright project after all other tests (playwright.config.ts), because
 * Lighthouse's scores depend on a quiet CPU, and takes the median of three runs. The build is
 * served gzipped, as any host would.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';
import { PAGES } from '../../scripts/bench/pages';
import { serveDir } from '../../scripts/bench/serve';
import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TARGETS = [
  { name: '首页', path: '/' },
  { name: PAGES.chapter.label, path: PAGES.chapter.path },
  { name: PAGES.walkthrough.label, path: PAGES.walkthrough.path },
  { name: PAGES.quiz.label, path: PAGES.quiz.path },
];

test.describe.configure({ mode: 'serial' });

let site: Awaited<ReturnType<typeof serveDir>>;
let chrome: chromeLauncher.LaunchedChrome;

/** Lighthouse's own advice for a stable score: run several times and take the median. */
const RUNS = 3;

test.beforeAll(async () => {
  site = await serveDir('dist');
  // Compress every file once now, as a host would have done before the visit: the worker
  // precaches the whole site during each audit, and compressing on the fly would take the CPU.
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    if (statSync(join('dist', file)).isFile()) await (await fetch(`${site.url}/${file}`)).arrayBuffer();
  }
  chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
});

test.afterAll(async () => {
  chrome?.kill();
  await site?.close();
});

for (const target of TARGETS) {
  test(`Lighthouse 移动端：${target.name}性能 ≥ 95，无障碍 100（${RUNS} 次取中位数）`, async () => {
    test.setTimeout(240_000);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${site.url}${target.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      runs.push(result!.lhr);
    }
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = runs[Math.floor(RUNS / 2)];
    const score = (id: string) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} ${a.displayValue ?? ''}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${id} ${lhr.audits[id]?.displayValue}`)
      .join('，');
    console.log(`${target.name}：性能 ${score('performance')}，无障碍 ${score('accessibility')}（${metrics}）`);
    expect(score('accessibility'), `无障碍未满分：${failing.join('；')}`).toBe(100);
    expect(score('performance'), `性能不足 95：${metrics}；${failing.join('；')}`).toBeGreaterThanOrEqual(95);
  });
}
