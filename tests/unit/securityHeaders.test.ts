/** The CSP completion step and the host headers file: what the build writes into dist/. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { completePolicy } from '../../src/integrations/cspInlineHashes';
import { headersFile } from '../../src/integrations/hostHeaders';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro'; style-src 'self'"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('completePolicy', () => {
  it('allows each inline script and style of the page by hash, and nothing else', () => {
    const out = policyOf(
      completePolicy(page('<script>var a = 1;</script><script type="module" src="/x.js"></script><style>p{color:red}</style>')),
    );
    expect(out).toContain(`script-src 'self' 'sha256-astro' ${hash('var a = 1;')}`);
    expect(out).toContain(`style-src 'self' ${hash('p{color:red}')}`);
    expect(out).not.toContain('unsafe-inline');
    expect(out).toMatch(/style-src-attr 'none'$/);
  });

  it('allows written style attributes by hash only, entities decoded as the browser reads them', () => {
    const out = policyOf(completePolicy(page('<svg style="--sl-icon-size: 1em;"></svg><p style="a:&quot;b&quot;"></p>')));
    expect(out).toContain(`style-src-attr 'unsafe-hashes' ${hash('--sl-icon-size: 1em;')} ${hash('a:"b"')}`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(completePolicy('<p>hi</p>')).toBe('<p>hi</p>');
  });
});

describe('headersFile', () => {
  it('gives hashed assets a year, the worker no cache, and every page the header-only CSP', () => {
    const file = headersFile();
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache/);
    expect(file).toMatch(/\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'/);
  });
});
