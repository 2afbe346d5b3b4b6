/**
 * Words for staff, read from the built pages: no internal names for the site's own sources
 * (种子材料, 种子, 素材, 解读文), 未能核对原文 said once per source rather than after every
 * citation, and no English left for screen readers (Starlight's “Section titled” anchors).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { sitemapPaths } from './fixtures';

/** What a reader or a screen reader gets from a page: its text plus titles and accessible names. */
function pageText(path: string): string {
  const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
  const doc = parse(readFileSync(file, 'utf-8'));
  doc.querySelectorAll('script, style, template').forEach((n) => n.remove());
  const attrs = doc
    .querySelectorAll('[title], [aria-label], [alt]')
    .flatMap((n) => ['title', 'aria-label', 'alt'].map((a) => n.getAttribute(a) ?? ''));
  return [doc.querySelector('title')?.textContent ?? '', doc.querySelector('body')!.textContent, ...attrs].join('\n');
}

const pages = [...sitemapPaths(), '/404.html'].map((path) => ({ path, text: pageText(path) }));
const count = (re: RegExp) => pages.map((p) => ({ path: p.path, n: (p.text.match(re) ?? []).length })).filter((x) => x.n > 0);

test('pages never call the sources 种子材料, 种子, 素材 or 解读文', () => {
  expect(count(/种子|素材|解读文(?!章)/g)).toEqual([]);
});

test('未能核对原文 is said once per source, not after every citation (at most 60 times in all)', () => {
  const total = count(/未能核对原文|未核实/g).reduce((sum, x) => sum + x.n, 0);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(60);
  // Chapters cite unverified documents on almost every page; none of them repeats the caveat
  // (the home page only names the register's four effects).
  const outside = count(/未能核对原文|未核实/g).filter((x) => x.path !== '/' && !x.path.startsWith('/reference/'));
  expect(outside).toEqual([]);
});

test('heading anchors are named in Chinese', () => {
  expect(count(/Section titled/g)).toEqual([]);
  const chapter = pages.find((p) => p.path === '/complaints/')!;
  expect(chapter.text).toMatch(/本节“[^”]+”的链接/);
});

test('the home page shows no stray Markdown and its title names the site once', () => {
  const home = pages.find((p) => p.path === '/')!;
  expect(home.text).not.toContain('**');
  const title = parse(readFileSync('dist/index.html', 'utf-8')).querySelector('title')!.textContent;
  expect(title.split('服务规范学堂').length - 1).toBe(1);
});
