/**
 * Search cost: the Pagefind index on disk, and in the browser the bytes and time of the search
 * regression queries, run through the built site's own Pagefind bundle the way the search
 * dialog does (options, init, search, then `.data()` of the top five results, as the UI shows five).
 */
import type { Browser, Response } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_QUERIES } from '../../tests/e2e/searchQueries.ts';
import { transferBytes } from './measure.ts';

/** Fresh page loads for the first-query figure, each with a different query. */
export const FIRST_QUERY_RUNS = 7;
/** Pages that run every query; their later-query times are pooled. */
export const FULL_RUNS = 2;
const TOP = 5;

export interface SearchFigures {
  indexBytes: number;
  indexFiles: number;
  /** Median over fresh pages (one query each) of import + init + search + its top results. */
  firstQueryMs: number;
  /** Median bytes under /pagefind/ (bundle, wasm, index chunks, fragments) for that first query. */
  firstQueryBytes: number;
  /** Queries after the first one on a page, over FULL_RUNS pages: median and 95th percentile. */
  laterMedianMs: number;
  laterP95Ms: number;
  /** Bytes under /pagefind/ for one page that runs every regression query. */
  allQueriesBytes: number;
  queries: number;
}

function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs `queries` on a fresh page of `baseUrl`; the first time includes loading and init. */
async function session(browser: Browser, baseUrl: string, queries: string[], ranking: object | undefined) {
  // Service workers blocked: an offline precache would fetch the index in the background.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
    const responses: Response[] = [];
    // Context-level: Pagefind fetches its wasm and index from a worker.
    context.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) responses.push(r);
    });
    const times = await page.evaluate(
      async ({ queries, ranking, top }) => {
        const started = performance.now();
        // A URL of the built site, loaded by the browser (a variable, so no bundler resolves it).
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ bundle);
        if (ranking) await pagefind.options({ ranking });
        await pagefind.init();
        const out: number[] = [];
        for (const q of queries) {
          const t = out.length ? performance.now() : started;
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, top).map((r: { data: () => Promise<unknown> }) => r.data()));
          out.push(performance.now() - t);
        }
        return out;
      },
      { queries, ranking, top: TOP },
    );
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(responses.map(transferBytes))).reduce((a, b) => a + b, 0);
    return { times, bytes };
  } finally {
    await context.close();
  }
}

export interface SearchTarget {
  baseUrl: string;
  /** The dist folder `baseUrl` serves. */
  distDir: string;
  /** Our site's pagefindUiOptions.ranking; undefined for Pagefind's defaults (the baseline). */
  ranking?: object;
}

/**
 * Search figures for each target. Sessions alternate between the targets, so that whatever
 * else the machine is doing slows them alike and their ratio stays meaningful.
 */
export async function benchSearch(browser: Browser, targets: SearchTarget[]): Promise<SearchFigures[]> {
  const all = SEARCH_QUERIES.map((q) => q.query);
  const runs = targets.map(() => ({
    first: [] as number[],
    firstBytes: [] as number[],
    later: [] as number[],
    bytes: 0,
  }));
  for (let i = 0; i < FIRST_QUERY_RUNS; i++) {
    const query = all[Math.floor((i * all.length) / FIRST_QUERY_RUNS)];
    for (const [t, target] of targets.entries()) {
      const { times, bytes } = await session(browser, target.baseUrl, [query], target.ranking);
      runs[t].first.push(times[0]);
      runs[t].firstBytes.push(bytes);
    }
  }
  for (let i = 0; i < FULL_RUNS; i++) {
    for (const [t, target] of targets.entries()) {
      const { times, bytes } = await session(browser, target.baseUrl, all, target.ranking);
      runs[t].later.push(...times.slice(1));
      runs[t].bytes = bytes;
    }
  }
  return targets.map((target, t) => {
    const disk = diskUsage(join(target.distDir, 'pagefind'));
    const r = runs[t];
    return {
      indexBytes: disk.bytes,
      indexFiles: disk.files,
      firstQueryMs: percentile(r.first, 50),
      firstQueryBytes: percentile(r.firstBytes, 50),
      laterMedianMs: percentile(r.later, 50),
      laterP95Ms: percentile(r.later, 95),
      allQueriesBytes: r.bytes,
      queries: all.length,
    };
  });
}
