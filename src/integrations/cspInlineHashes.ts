/**
 * Completes the Content-Security-Policy <meta> that Astro writes on every page.
 *
 * Astro hashes the scripts and styles it bundles, but not `is:inline` ones, and Starlight's own
 * theme, search-dialog and sidebar scripts are inline by design (they must run before first
 * paint); nor the style="" attributes Starlight writes. Rather than copy hashes of another package's code into the config, where they would go
 * stale on the next Starlight update, this step hashes every inline <script> and <style> in the
 * finished HTML and adds the missing hashes to that page's policy. Must run before the offline
 * worker is generated, so the worker precaches the final pages.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

/** The attribute value the browser hashes: entities decoded (Astro escapes & " ' < >). */
const decode = (value: string) =>
  value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[e]!);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds `hashes` to `directive` (and to its `-elem` form, if the policy has one) where missing. */
function addHashes(policy: string, directive: string, hashes: string[]): string {
  const parts = policy.split(';').map((p) => p.trim()).filter(Boolean);
  for (const name of [directive, `${directive}-elem`]) {
    const i = parts.findIndex((p) => p.split(/\s+/)[0] === name);
    if (i === -1) continue;
    const have = new Set(parts[i].split(/\s+/));
    parts[i] = [parts[i], ...hashes.filter((h) => !have.has(h))].join(' ');
  }
  return parts.join('; ');
}

/** The page with every inline script and style allowed by hash; pages without a policy unchanged. */
export function completePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]));
  // Style attributes may only be allowed by hash together with 'unsafe-hashes' (CSP level 3),
  // in a directive of their own so the hashes cannot also allow <style> elements.
  const attributes = [...new Set([...html.matchAll(STYLE_ATTRIBUTE)].map((m) => sha256(decode(m[1]))))];
  let policy = addHashes(meta[1], 'script-src', [...new Set(scripts)]);
  policy = addHashes(policy, 'style-src', [...new Set(styles)]);
  policy += `; style-src-attr ${attributes.length ? ["'unsafe-hashes'", ...attributes].join(' ') : "'none'"}`;
  return html.replace(META, () => `<meta http-equiv="content-security-policy" content="${policy}">`);
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'xuetang-csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let pages = 0;
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const done = completePolicy(html);
          if (done !== html) {
            writeFileSync(path, done);
            pages++;
          }
        }
        logger.info(`内容安全策略：补全了 ${pages} 个页面的内联脚本与样式哈希`);
      },
    },
  };
}
