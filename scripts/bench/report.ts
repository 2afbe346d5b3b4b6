/**
 * The benchmark's results as Markdown tables: printed to the console and written into
 * BENCHMARKS.md between markers, so the prose around them (written by hand) is kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PAGES, type PageKey } from './pages.ts';
import { FIRST_QUERY_RUNS, FULL_RUNS, type SearchFigures } from './searchBench.ts';

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
