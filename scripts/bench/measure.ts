/**
 * What a page costs to load: the gzip size of every script it fetches (entry modules, module
 * preloads, dynamic imports, whatever loads on idle), plus its HTML and CSS. Sizes are computed
 * here from the response bodies (zlib level 9) rather than read from transfer headers, so the
 * figures are the same on any server, including `astro preview`, which does not compress.
 */
import type { Page, Response } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCompressible } from './serve.ts';

/** Time to wait after network idle, for work started on idle (Starlight loads the search UI then). */
const SETTLE_MS = 500;

/** Content that a host compresses; anything else (wasm, Pagefind's .pf_* files, images) travels as is. */
const TEXT_TYPE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

export const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Bytes a response costs on the wire from a compressing host: gzip size for text, body size otherwise. */
export async function transferBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => undefined);
  if (!body) return 0;
  return TEXT_TYPE.test(response.headers()['content-type'] ?? '') ? gzipSize(body) : body.length;
}

export interface PageWeight {
  jsGzipBytes: number;
  scripts: { url: string; gzipBytes: number }[];
  /** The document itself, with its inline scripts and styles. */
  htmlGzipBytes: number;
  cssGzipBytes: number;
}

function isScript(response: Response): boolean {
  const type = response.request().resourceType();
  if (type === 'script') return true;
  // Some module preloads and worker scripts are reported as `other` or `fetch`; the MIME type is reliable.
  return /javascript/.test(response.headers()['content-type'] ?? '');
}

/**
 * Loads `url` and sums what it fetched until the network is idle. Use a fresh browser context
 * for each call (a cached script is not fetched again and would not be counted), created with
 * `serviceWorkers: 'block'` so that the offline worker's own script is not counted either.
 */
export async function measurePageJs(page: Page, url: string): Promise<PageWeight> {
  const seen = new Map<string, Response>();
  // Context-level, so requests made by workers are seen too.
  const onResponse = (r: Response) => {
    // A service worker's own fetches (an offline precache of the whole site) are not this page's load.
    if (r.request().serviceWorker()) return;
    if (r.status() < 300 && !seen.has(r.url())) seen.set(r.url(), r);
  };
  page.context().on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(SETTLE_MS);
    await page.waitForLoadState('networkidle');
  } finally {
    page.context().off('response', onResponse);
  }
  const sized = await Promise.all(
    [...seen.values()].map(async (r) => {
      const body = await r.body().catch(() => undefined);
      return { response: r, gzipBytes: body ? gzipSize(body) : 0 };
    }),
  );
  const sum = (list: { gzipBytes: number }[]) => list.reduce((n, s) => n + s.gzipBytes, 0);
  const scripts = sized
    .filter((s) => isScript(s.response))
    .map((s) => ({ url: s.response.url(), gzipBytes: s.gzipBytes }));
  const of = (type: string) => sized.filter((s) => s.response.request().resourceType() === type);
  return {
    jsGzipBytes: sum(scripts),
    scripts,
    htmlGzipBytes: sum(of('document')),
    cssGzipBytes: sum(of('stylesheet')),
  };
}

/**
 * What the offline service worker (dist/sw.js, Workbox) downloads in the background on a first
 * visit: every file in its precache manifest, gzipped where a host would. Undefined without one.
 * The page measurements block service workers, so this cost is reported on its own.
 */
export function precacheBytes(dist: string): number | undefined {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return undefined;
  const urls = [...readFileSync(sw, 'utf8').matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
  return urls.reduce((sum, url) => {
    const file = join(dist, decodeURIComponent(url));
    if (!existsSync(file)) return sum;
    const body = readFileSync(file);
    return sum + (isCompressible(file) ? gzipSize(body) : body.length);
  }, 0);
}
