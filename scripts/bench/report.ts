/**
 * The benchmark's results as Markdown tables: printed to the console and written into
 * BENCHMARKS.md between markers, so the prose around them (written by hand) is kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PAGES, type PageKey } from './pages.ts';
import { FIRST_QUERY_RUNS, FULL_RUNS, type SearchFigures } from './searchBench.ts';
import type { DialogFigures } from './searchDialog.ts';

export interface PageFigures {
  js: number;
  html: number;
  css: number;
  scripts: number;
}

export interface VariantResult {
  variant: 'site' | 'baseline';
  scale: number;
  chapters: number;
  buildMs: number;
  pages: Partial<Record<PageKey, PageFigures>>;
  search: SearchFigures;
  /** The search dialog (ours, or Starlight's Pagefind UI for the baseline), at the scales where it is timed. */
  dialog?: DialogFigures;
  /** Background download of the offline service worker on a first visit, when the site has one. */
  precacheBytes?: number;
}

export interface BenchRun {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; chromium: string; loadAtStart: number };
  results: VariantResult[];
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/** `value (ratio×)` against the baseline's figure; the value alone for the baseline itself. */
function cell(format: (n: number) => string, value: number | undefined, base?: number): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (base === undefined || base === 0) return format(value);
  return `${format(value)} (${(value / base).toFixed(2)}×)`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function pair(run: BenchRun, scale: number) {
  const find = (variant: VariantResult['variant']) =>
    run.results.find((r) => r.variant === variant && r.scale === scale);
  return { site: find('site'), base: find('baseline') };
}

function scales(run: BenchRun): number[] {
  return [...new Set(run.results.map((r) => r.scale))].sort((a, b) => a - b);
}

function pageTable(run: BenchRun): string {
  const rows: string[][] = [];
  for (const scale of scales(run)) {
    const { site, base } = pair(run, scale);
    // The baseline has chapters only: every page of ours is compared with its chapter page.
    const ref = base?.pages.chapter;
    for (const key of Object.keys(PAGES) as PageKey[]) {
      const p = site?.pages[key];
      if (!p) continue;
      const mark = key === 'chapter' ? '' : '†';
      rows.push([
        `×${scale}`,
        `本站 ${PAGES[key].label}${mark} \`${PAGES[key].path}\``,
        cell(kb, p.js, ref?.js),
        cell(kb, p.html, ref?.html),
        cell(kb, p.css, ref?.css),
        cell(String, p.scripts, ref?.scripts),
      ]);
    }
    if (ref) {
      rows.push([
        `×${scale}`,
        `基线 章节 \`${PAGES.chapter.path}\``,
        kb(ref.js),
        kb(ref.html),
        kb(ref.css),
        String(ref.scripts),
      ]);
    }
  }
  return table(['规模', '页面', 'JS (gz)', 'HTML (gz)', 'CSS (gz)', '脚本文件数'], rows);
}

function scalingTable(run: BenchRun): string {
  const rows: string[][] = [];
  for (const scale of scales(run)) {
    const { site, base } = pair(run, scale);
    for (const r of [site, base]) {
      if (!r) continue;
      const b = r === site ? base : undefined;
      const s = r.search;
      rows.push([
        `×${scale}`,
        r.variant === 'site' ? '本站' : '基线',
        String(r.chapters),
        cell(seconds, r.buildMs, b?.buildMs),
        cell(mb, s.indexBytes, b?.search.indexBytes),
        cell(String, s.indexFiles, b?.search.indexFiles),
        cell(ms, s.firstQueryMs, b?.search.firstQueryMs),
        cell(kb, s.firstQueryBytes, b?.search.firstQueryBytes),
        `${cell(ms, s.laterMedianMs, b?.search.laterMedianMs)} / ${cell(ms, s.laterP95Ms, b?.search.laterP95Ms)}`,
        cell(mb, s.allQueriesBytes, b?.search.allQueriesBytes),
        cell(kb, r.pages.chapter?.js, b?.pages.chapter?.js),
        r.precacheBytes === undefined ? '—' : mb(r.precacheBytes),
      ]);
    }
  }
  const queries = run.results[0]?.search.queries ?? 0;
  return table(
    [
      '规模',
      '站点',
      '章节数',
      '构建',
      '索引',
      '索引文件',
      '首次查询',
      '首次查询下载',
      '后续查询 中位 / P95',
      `${queries} 个查询共下载`,
      '章节页 JS (gz)',
      '离线预缓存',
    ],
    rows,
  );
}

/** Goals for our dialog (issue 11): its own JS, and keystroke to answer at ×1. */
export const DIALOG_GOALS = { jsGzipBytes: 15 * 1024, p95MsAtScale1: 100 };

function dialogTable(run: BenchRun): string {
  const rows: string[][] = [];
  for (const scale of scales(run)) {
    const { site, base } = pair(run, scale);
    for (const r of [site, base]) {
      const d = r?.dialog;
      if (!d) continue;
      const b = r === site ? base?.dialog : undefined;
      rows.push([
        `×${scale}`,
        d.kind === 'ours' ? '本站对话框' : 'Pagefind UI（原版 Starlight）',
        cell(kb, d.jsGzipBytes, b?.jsGzipBytes),
        String(d.scripts.length),
        cell(ms, d.p50Ms, b?.p50Ms),
        cell(ms, d.p95Ms, b?.p95Ms),
        String(d.queries),
      ]);
    }
  }
  return rows.length ? table(['规模', '对话框', '对话框自身 JS (gz)', '脚本文件数', '按键到答案 中位', '按键到答案 P95', '计时查询数'], rows) : '';
}

function dialogVerdict(run: BenchRun): string {
  const ours = run.results.find((r) => r.variant === 'site' && r.scale === 1)?.dialog;
  if (!ours) return '';
  const ok = (pass: boolean) => (pass ? '达到' : '未达到');
  return (
    `目标：对话框自身 JS ≤ ${kb(DIALOG_GOALS.jsGzipBytes)} gz（不计 Pagefind 的 pagefind.js 和 wasm）——×1 实测 ${kb(ours.jsGzipBytes)}，${ok(ours.jsGzipBytes <= DIALOG_GOALS.jsGzipBytes)}；` +
    `索引载入后每个查询 P95 ≤ ${DIALOG_GOALS.p95MsAtScale1} ms（×1）——实测 ${ms(ours.p95Ms)}，${ok(ours.p95Ms <= DIALOG_GOALS.p95MsAtScale1)}。`
  );
}

export function renderResults(run: BenchRun): string {
  const m = run.machine;
  return [
    `测于 ${run.date}；机器：${m.cores} 核 ${m.cpu}，${m.memoryGb} GB 内存，Node ${m.node}，Chromium ${m.chromium}；` +
      `开始时 1 分钟平均负载 ${m.loadAtStart.toFixed(2)}。`,
    '',
    '### 页面加载（gzip）',
    '',
    pageTable(run),
    '',
    '† 基线（原版 Starlight）没有速查、流程演练和测验页：这几行括号里的倍数是与同规模基线的章节页相比。',
    '',
    '### 搜索、索引与构建',
    '',
    scalingTable(run),
    '',
    `括号里是与同规模基线之比。首次查询 = 新页面上 import + init + 第一次查询 + 前 5 条结果的 \`.data()\`，` +
      `${FIRST_QUERY_RUNS} 个不同查询各开一个新页面，取中位数；后续查询 = ${FULL_RUNS} 个页面上各跑全部查询，` +
      `除第一个外每个查询的耗时合在一起取中位数和 P95；本站与基线的测量交替进行。` +
      '离线预缓存 = 首次访问后 service worker 在后台下载的全部文件（gzip 计），不计入页面加载。',
    ...(dialogTable(run)
      ? [
          '',
          '### 搜索对话框：本站与 Pagefind UI',
          '',
          dialogTable(run),
          '',
          '对话框自身 JS = 定义 `<site-search>` 的脚本及它静态、按需引入的全部 `/_astro/` 模块（页面载入、打开对话框、第一次搜索期间实际取回的），' +
            '不含 Pagefind 自己的文件（pagefind.js、worker、wasm、索引），两边用的是同一个引擎。按键到答案 = 先输入查询去掉最后一个字并等它答完，' +
            '再输入最后一个字，从这次 input 事件到整句查询的答案显示在屏幕上；Pagefind UI 在输入停止 300 ms 后才搜索（它的默认防抖，原版 Starlight 沿用），' +
            '这段等待是用户实际感受到的一部分。查询是搜索回归集中每隔一个的问题。',
          '',
          dialogVerdict(run),
        ]
      : []),
  ].join('\n');
}

/** Puts the results between the markers of BENCHMARKS.md, creating the file from `template` if needed. */
export function writeBenchmarksFile(file: string, results: string, template: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : template;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const block = `${START}\n${results}\n${END}`;
  const updated =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, updated);
}

export const BENCHMARKS_TEMPLATE = `# 性能基准

由 \`npm run bench\`（scripts/bench/run.ts）生成，下方标记之间的表格每次运行都会更新。

## 结果

${START}
${END}
`;
