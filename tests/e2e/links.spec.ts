/**
 * Every internal link and #anchor in the built site resolves: pages built from src/pages
 * included, which the build-time validator cannot see. Reads dist/ directly (no browser).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(abs);
    return name.endsWith('.html') ? [abs] : [];
  });
}

/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  for (const candidate of [join(DIST, clean), join(DIST, clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

test('no page of dist/ uses the same id twice', () => {
  const repeated: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const seen = new Set<string>();
    for (const el of parse(readFileSync(file, 'utf-8')).querySelectorAll('[id]')) {
      const id = el.getAttribute('id')!;
      if (seen.has(id)) repeated.push(`${relative(DIST, file)}: #${id}`);
      seen.add(id);
    }
  }
  expect(repeated).toEqual([]);
});

test('every internal link and anchor in dist/ points at something that exists', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const doc = parse(readFileSync(file, 'utf-8'));
      ids.set(file, new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)));
    }
    return ids.get(file)!;
  };
  const broken: string[] = [];
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const page = '/' + relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/');
    const doc = parse(readFileSync(file, 'utf-8'));
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(mailto:|tel:|javascript:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      if (url.host !== 'site') {
        broken.push(`${page}: 外部链接 ${href}（本站不链接外部网站）`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} → 页面不存在`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) {
        broken.push(`${page}: ${href} → 页面存在，但没有 #${hash}`);
      }
    }
  }
  expect(broken).toEqual([]);
});
