/**
 * The search dialog as a user meets it, ours against Starlight's Pagefind UI dialog in the same
 * run (the baseline site): how much script the dialog itself costs, and how long a keystroke
 * takes to turn into an answer on screen once the index is loaded.
 *
 * Dialog JS = the Search component's script (it defines <site-search> in both sites) and every
 * /_astro/ module it imports, statically or on demand, as the page fetched them during load, the
 * opening of the dialog and a first search; Pagefind's own files (/pagefind/: pagefind.js, its
 * worker, wasm and index) are counted apart, as they are the same engine in both.
 *
 * Keystroke to answer: the query minus its last character is typed and answered first; the last
 * character is then typed and the clock runs from its `input` event until the answer to the
 * whole query is on screen: for ours, the dialog marks the query it has answered
 * (data-query, aria-busy="false"); for Pagefind UI, its message names the query and the first
 * result has its title (or it says there is none). Pagefind UI waits 300 ms after typing before
 * it searches (its default debounce, which Starlight keeps); that wait is part of what a user sees.
 */
import type { Browser, Page, Response } from '@playwright/test';
import { SEARCH_QUERIES } from '../../tests/e2e/searchQueries.ts';
import { gzipSize } from './measure.ts';
import { PAGES } from './pages.ts';
import { percentile } from './searchBench.ts';

/** Every n-th regression query is timed: enough for a stable 95th percentile, in reasonable time. */
const EVERY = 2;

export type DialogKind = 'ours' | 'pagefind-ui';

export interface DialogFigures {
  kind: DialogKind;
  /** Gzip bytes of the dialog's own scripts (Pagefind's files excluded). */
  jsGzipBytes: number;
  scripts: string[];
  /** Keystroke to rendered answer after the index is loaded. */
  p50Ms: number;
  p95Ms: number;
  queries: number;
}

/** Module specifiers inside a Vite-built chunk that point at other chunks of the site. */
function importsOf(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(/["'`](?:\.\/|\/?_astro\/)([\w.@-]+\.js)["'`]/g)) out.add(m[1]);
  return [...out];
}

/** The dialog's scripts among what the page fetched: the chunk defining <site-search> and its import closure (also the budget test in tests/e2e/search.spec.ts). */
export async function dialogScripts(responses: Response[]): Promise<{ url: string; gzipBytes: number }[]> {
  const scripts = new Map<string, Buffer>();
  for (const r of responses) {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/_astro/') || !path.endsWith('.js')) continue;
    const body = await r.body().catch(() => undefined);
    if (body) scripts.set(path.slice('/_astro/'.length), body);
  }
  const root = [...scripts].find(([, body]) => /["'`]site-search["'`]/.test(body.toString()));
  if (!root) throw new Error('no script defining <site-search> was fetched');
  const seen = new Set<string>([root[0]]);
  const queue = [root[0]];
  while (queue.length) {
    for (const name of importsOf(scripts.get(queue.shift()!)!.toString())) {
      if (scripts.has(name) && !seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  }
  return [...seen].map((name) => ({ url: `/_astro/${name}`, gzipBytes: gzipSize(scripts.get(name)!) }));
}

/** A dialog that has not answered in this long never will: the run fails naming the query instead of hanging. */
const ANSWER_TIMEOUT_MS = 20_000;

/** Resolves, in the page, with the time at which the dialog shows its answer to `query`. */
function answered(page: Page, kind: DialogKind, query: string): Promise<number> {
  return page.evaluate(
    ({ kind, query, timeout }) =>
      new Promise<number>((done, fail) => {
        setTimeout(() => fail(new Error(`${kind}：${timeout / 1000} 秒内没有给出「${query}」的答案`)), timeout);
        const dialog = document.querySelector('site-search dialog')!;
        const ready = () => {
          if (kind === 'ours') {
            const body = dialog.querySelector<HTMLElement>('.search-body')!;
            return body.getAttribute('aria-busy') === 'false' && body.dataset.query === query;
          }
          const message = dialog.querySelector('.pagefind-ui__message')?.textContent ?? '';
          if (!message.includes(query.trim())) return false;
          const results = dialog.querySelectorAll('.pagefind-ui__result');
          if (results.length === 0) return !/…|\.\.\./.test(message);
          return !!dialog.querySelector('.pagefind-ui__result-link')?.textContent?.trim();
        };
        if (ready()) return done(performance.now());
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          done(performance.now());
        });
        observer.observe(dialog, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    { kind, query, timeout: ANSWER_TIMEOUT_MS },
  );
}

/**
 * Records, in the page, the time of every `input` event in the search box. Installed once and read
 * after the answer: a listener armed per keystroke could be installed after the keystroke it waits
 * for (Playwright may deliver the key before the script), and the run would hang.
 */
function recordInputs(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.querySelector('site-search dialog input')!.addEventListener('input', () => {
      (window as { lastInputAt?: number }).lastInputAt = performance.now();
    });
  });
}

const lastInput = (page: Page) => page.evaluate(() => (window as { lastInputAt?: number }).lastInputAt ?? NaN);

async function typeTo(page: Page, kind: DialogKind, text: string): Promise<void> {
  const input = page.locator('site-search dialog input').first();
  await input.fill(text);
  if (text.trim()) await answered(page, kind, text);
}

/** One site's dialog: its script weight, then keystroke-to-answer times over the regression queries. */
async function measure(browser: Browser, baseUrl: string, kind: DialogKind): Promise<DialogFigures> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    context.on('response', (r) => responses.push(r));
    await page.goto(baseUrl + PAGES.chapter.path, { waitUntil: 'networkidle' });
    // Both dialogs enable their button once their script runs.
    await page.locator('site-search button:not([disabled])').first().waitFor();
    await page.keyboard.press('Control+k');
    await page.locator('site-search dialog input').first().waitFor();
    await recordInputs(page);
    // A first search loads Pagefind, the index chunks it needs and (ours) the lexicon and the cards.
    await typeTo(page, kind, '保全');
    await page.waitForLoadState('networkidle');
    const scripts = await dialogScripts(responses);

    const times: number[] = [];
    const queries = SEARCH_QUERIES.filter((_, i) => i % EVERY === 0).map((q) => q.query);
    for (const query of queries) {
      const chars = [...query];
      await typeTo(page, kind, chars.slice(0, -1).join(''));
      const done = answered(page, kind, query);
      await page.keyboard.insertText(chars.at(-1)!);
      const at = await done;
      times.push(at - (await lastInput(page)));
    }
    return {
      kind,
      jsGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
      scripts: scripts.map((s) => s.url),
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      queries: times.length,
    };
  } finally {
    await context.close();
  }
}

/** Both dialogs, one after the other on the same machine. */
export async function benchDialogs(browser: Browser, targets: { baseUrl: string; kind: DialogKind }[]): Promise<DialogFigures[]> {
  const out: DialogFigures[] = [];
  for (const t of targets) out.push(await measure(browser, t.baseUrl, t.kind));
  return out;
}
