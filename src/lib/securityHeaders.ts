/**
 * What the site allows itself to load, written once: the per-page CSP <meta> Astro builds
 * (astro.config.mjs) and the `_headers` file for static hosts (src/integrations/hostHeaders.ts)
 * both read it. Only the site's own origin is ever allowed.
 */

import type { AstroUserConfig } from 'astro';

type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/** Fetch directives besides script-src/style-src, whose hashes Astro computes per page. */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** script-src sources: Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval'. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * style-src sources. Every inline <style>, and every style="" attribute written into the HTML
 * (Starlight sets CSS variables that way), is allowed by its hash; see cspInlineHashes.ts.
 */
export const CSP_STYLE_SOURCES = ["'self'"];

/**
 * The CSP a host sends as a header: what a <meta> policy cannot express (frame-ancestors), and the
 * object and base restrictions again. Sent alongside the page's own <meta> policy; browsers
 * enforce both.
 */
export const HEADER_CSP = [
  "frame-ancestors 'self'",
  // Repeated from the <meta> policy for hosts whose pages a proxy might rewrite.
  ...CSP_DIRECTIVES.filter((d) => d.startsWith('object-src') || d.startsWith('base-uri')),
];

/** Headers for every response, on hosts that read a `_headers` file. */
export const SITE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP.join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/**
 * Cache rules for static hosts. Hashed files are kept forever; everything else (pages, data,
 * the search index's entry files) keeps the host's default of revalidating on every visit, which
 * is also what Netlify and Cloudflare Pages send. Paths do not overlap, so no host has to merge
 * two Cache-Control values.
 */
export const CACHE_RULES: { path: string; cacheControl: string; why: string }[] = [
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable', why: '文件名含内容哈希，内容一变名字就变' },
  { path: '/pagefind/*', cacheControl: 'public, max-age=0, must-revalidate', why: '索引入口文件名固定，每次发布后都要重新验证' },
  { path: '/sw.js', cacheControl: 'no-cache', why: '浏览器每次都要检查离线缓存脚本有没有新版本' },
];
