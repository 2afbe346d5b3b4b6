/**
 * Writes `dist/_headers` (read by Netlify, Cloudflare Pages and similar hosts): the parts of the
 * Content-Security-Policy a <meta> cannot carry, and the cache rules. Generated from
 * src/lib/securityHeaders.ts so the README, the file and the tests agree.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_RULES, SITE_HEADERS } from '../lib/securityHeaders';

export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    '# 由 src/integrations/hostHeaders.ts 生成，请勿手改。',
    block('/*', SITE_HEADERS),
    ...CACHE_RULES.map((r) => `# ${r.why}\n${block(r.path, { 'Cache-Control': r.cacheControl })}`),
    '',
  ].join('\n\n');
}

export function hostHeaders(): AstroIntegration {
  return {
    name: 'xuetang-host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
