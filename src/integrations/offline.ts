/**
 * Offline use: after the first visit every built file is in the browser's cache, so counter
 * terminals keep working when the network drops, search included.
 *
 * Workbox's `generateSW` writes the service worker from the build output; `@vite-pwa/astro`
 * would do the same but only supports Astro ≤ 5. This integration must be listed after
 * Starlight, whose own `astro:build:done` hook writes the Pagefind index that we precache.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_PATH } from '../lib/offline';

export function offline(): AstroIntegration {
  return {
    name: 'xuetang-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: ['**/*'],
          // _headers is for the host, not the browser.
          globIgnores: ['sw.js', 'workbox-*.js', '**/*.map', '_headers'],
          swDest: join(out, SERVICE_WORKER_PATH),
          // Pages are folders (trailingSlash: 'always'): /counter/ is /counter/index.html.
          directoryIndex: 'index.html',
          // Filters and shared state live in the query (?q=…, ?unit=…); the page is the same file.
          ignoreURLParametersMatching: [/.*/],
          // Astro's /_astro/ files carry a content hash in their name: no extra revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // The largest files are Pagefind's wasm and the quiz pages; nothing should be left out.
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          // A new build takes over at once; the page then says "已更新，刷新以使用新版本".
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // The runtime is written next to sw.js and loaded from this site, never from a CDN.
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`离线缓存：${count} 个文件，${(size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
