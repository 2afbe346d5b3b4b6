import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sidebar } from '../../src/sidebar.mjs';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';

type Item = { slug?: string; items?: Item[] };
const slugsIn = (items: Item[]): string[] => items.flatMap((i) => (i.slug ? [i.slug] : slugsIn(i.items ?? [])));

describe('sidebar', () => {
  it('lists every chapter once, in learning-path order', () => {
    const chapters = chapterFiles(process.cwd())
      .map((file) => ({ file, fm: frontmatterOf(readFileSync(join(process.cwd(), file), 'utf-8')) }))
      .filter(({ fm }) => (fm.kind ?? 'chapter') === 'chapter')
      .sort((a, b) => Number(a.fm.order) - Number(b.fm.order))
      .map(({ file }) => file.replace(/^src\/content\/docs\//, '').replace(/\.mdx?$/, ''));
    const learning = slugsIn((sidebar as Item[])[0].items!);
    expect(learning).toEqual(chapters);
  });
});
