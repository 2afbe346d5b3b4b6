/**
 * `npm run bench`: builds our site and a plain-Starlight baseline at each scale, measures both
 * in headless Chromium, prints the tables and updates BENCHMARKS.md.
 *
 *   --scales=1,10     scales to run (default 1,10,50)
 *   --keep            keep the builds in .fixtures/bench/ (by default they are removed once measured)
 *   --reuse           measure the builds an earlier `--keep` run left instead of rebuilding
 *   --report-only     re-render BENCHMARKS.md from .fixtures/bench/results.json
 *
 * Builds run one after another, then all measurements: on 2 cores, overlapping them would
 * make both the build times and the query times meaningless.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pagefindOptions } from '../../src/lib/searchConfig.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { buildBaseline } from './baseline.ts';
import { BENCH_DIR, buildSite, ROOT, type Built } from './build.ts';
import { measurePageJs, precacheBytes } from './measure.ts';
import { DEFAULT_SCALES, DIALOG_SCALES, PAGES, type PageKey } from './pages.ts';
import {
  BENCHMARKS_TEMPLATE,
  renderResults,
  writeBenchmarksFile,
  type BenchRun,
  type VariantResult,
} from './report.ts';
import { benchSearch } from './searchBench.ts';
import { benchDialogs, type DialogFigures } from './searchDialog.ts';
import { serveDir } from './serve.ts';
import { readChapters } from './synthetic.ts';

const RESULTS_FILE = join(BENCH_DIR, 'results.json');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const scales =
  args
    .find((a) => a.startsWith('--scales='))
    ?.slice('--scales='.length)
    .split(',')
    .map(Number) ?? DEFAULT_SCALES;

const log = (message: string) => console.log(`[bench] ${message}`);

interface Variant {
  variant: VariantResult['variant'];
  /** The project folder in .fixtures/bench/, removed after measuring unless --keep. */
  dir: string;
  built: Built;
}

interface Scale {
  scale: number;
  chapters: number;
  variants: Variant[];
}

/** A build, or with --reuse the one an earlier run left (its time is kept next to it). */
async function cached(dir: string, what: string, build: () => Promise<Built>): Promise<Built> {
  const meta = join(dir, 'bench-build.json');
  if (flag('reuse') && existsSync(meta)) {
    log(`${what}：沿用 ${dir} 里已有的构建`);
    return JSON.parse(readFileSync(meta, 'utf8'));
  }
  log(`${what}：构建中…`);
  const built = await build();
  log(`${what}：构建用时 ${(built.buildMs / 1000).toFixed(1)} s`);
  writeFileSync(meta, JSON.stringify(built));
  return built;
}

async function buildAll(chaptersPerScale: number): Promise<Scale[]> {
  const out: Scale[] = [];
  for (const scale of scales) {
    const chapters = chaptersPerScale * scale;
    const siteDir = join(BENCH_DIR, `site-x${scale}`);
    const site = await cached(siteDir, `×${scale} 本站（${chapters} 章）`, () => buildSite(scale));
    const baseDir = join(BENCH_DIR, `baseline-x${scale}`);
    const base = await cached(baseDir, `×${scale} 基线（原版 Starlight）`, () =>
      buildBaseline({ siteDist: site.dist, outDir: baseDir }),
    );
    out.push({
      scale,
      chapters,
      variants: [
        { variant: 'site', dir: siteDir, built: site },
        { variant: 'baseline', dir: baseDir, built: base },
      ],
    });
  }
  return out;
}

/** Our four pages, or the baseline's chapter page (it has no others). */
async function measurePages(browser: Browser, v: Variant, baseUrl: string): Promise<VariantResult['pages']> {
  const keys = (v.variant === 'site' ? Object.keys(PAGES) : ['chapter']) as PageKey[];
  const pages: VariantResult['pages'] = {};
  for (const key of keys) {
    // A fresh context per page: nothing cached, no service worker (its precache is reported apart).
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const weight = await measurePageJs(await context.newPage(), baseUrl + PAGES[key].path);
      pages[key] = {
        js: weight.jsGzipBytes,
        html: weight.htmlGzipBytes,
        css: weight.cssGzipBytes,
        scripts: weight.scripts.length,
      };
    } finally {
      await context.close();
    }
  }
  return pages;
}

/** Both variants of a scale, served side by side so that their search sessions can alternate. */
async function measureScale(browser: Browser, { scale, chapters, variants }: Scale): Promise<VariantResult[]> {
  const servers = await Promise.all(variants.map((v) => serveDir(v.built.dist)));
  try {
    const pages: VariantResult['pages'][] = [];
    for (const [i, v] of variants.entries()) pages.push(await measurePages(browser, v, servers[i].url));
    const search = await benchSearch(
      browser,
      variants.map((v, i) => ({
        baseUrl: servers[i].url,
        distDir: v.built.dist,
        ranking: v.variant === 'site' ? pagefindOptions.ranking : undefined,
      })),
    );
    // The dialogs as users meet them: ours against Starlight's Pagefind UI, at the smallest and largest scale.
    let dialogs: DialogFigures[] | undefined;
    if (DIALOG_SCALES.includes(scale)) {
      log(`×${scale}：搜索对话框（本站与 Pagefind UI）…`);
      dialogs = await benchDialogs(
        browser,
        variants.map((v, i) => ({ baseUrl: servers[i].url, kind: v.variant === 'site' ? 'ours' : 'pagefind-ui' })),
      );
    }
    return variants.map((v, i) => ({
      variant: v.variant,
      scale,
      chapters,
      buildMs: v.built.buildMs,
      pages: pages[i],
      search: search[i],
      ...(dialogs ? { dialog: dialogs[i] } : {}),
      precacheBytes: precacheBytes(v.built.dist),
    }));
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

async function main(): Promise<void> {
  let run: BenchRun;
  if (flag('report-only')) {
    run = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
  } else {
    mkdirSync(BENCH_DIR, { recursive: true });
    const started = performance.now();
    const loadAtStart = loadavg()[0];
    if (loadAtStart > cpus().length) log(`注意：当前负载 ${loadAtStart.toFixed(1)}，超过核数，计时会有噪声`);
    const chaptersPerScale = readChapters(join(ROOT, 'src/content/docs')).length;
    const built = await buildAll(chaptersPerScale);
    log('在无头 Chromium 中测量…');
    const browser = await chromium.launch(chromiumLaunchOptions());
    const results: VariantResult[] = [];
    try {
      for (const scale of built) {
        log(`×${scale.scale}：测量中…`);
        results.push(...(await measureScale(browser, scale)));
        if (!flag('keep')) for (const v of scale.variants) rmSync(v.dir, { recursive: true, force: true });
      }
      run = {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: {
          cores: cpus().length,
          cpu: cpus()[0]?.model.trim() ?? '',
          memoryGb: Math.round(totalmem() / 1024 ** 3),
          node: process.version,
          chromium: browser.version(),
          loadAtStart,
        },
        results,
      };
    } finally {
      await browser.close();
    }
    writeFileSync(RESULTS_FILE, JSON.stringify(run, null, 2));
    log(`完成，共 ${((performance.now() - started) / 60000).toFixed(1)} 分钟；原始数据在 ${RESULTS_FILE}`);
  }
  const results = renderResults(run);
  console.log(`\n${results}\n`);
  writeBenchmarksFile(join(ROOT, 'BENCHMARKS.md'), results, BENCHMARKS_TEMPLATE);
  log('已更新 BENCHMARKS.md');
}

await main();
