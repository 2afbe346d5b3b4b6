import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNING_PATH_LABEL, QUICK_REFERENCE_LABEL, sidebar } from '../../src/sidebar.mjs';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';

type Item = { label?: string; slug?: string; link?: string; attrs?: Record<string, string>; items?: Item[] };
const groups = sidebar as Item[];
const linksIn = (items: Item[]): Item[] => items.flatMap((i) => (i.items ? linksIn(i.items) : [i]));
const group = (label: string) => groups.find((g) => g.label === label)!;

describe('sidebar', () => {
  it('lists every chapter once, in learning-path order, each marked for the progress marks', () => {
    const chapters = chapterFiles(process.cwd())
      .map((file) => ({ file, fm: frontmatterOf(readFileSync(join(process.cwd(), file), 'utf-8')) }))
      .filter(({ fm }) => (fm.kind ?? 'chapter') === 'chapter')
      .sort((a, b) => Number(a.fm.order) - Number(b.fm.order))
      .map(({ file }) => file.replace(/^src\/content\/docs\//, '').replace(/\.mdx?$/, ''));
    const learning = linksIn(group(LEARNING_PATH_LABEL).items!);
    expect(learning.map((l) => l.slug)).toEqual(chapters);
    for (const l of learning) expect(l.attrs?.['data-chapter']).toBe(l.slug);
    // No chapter appears in another group as well.
    const elsewhere = groups.filter((g) => g.label !== LEARNING_PATH_LABEL).flatMap((g) => linksIn(g.items!));
    expect(elsewhere.filter((l) => l.slug && chapters.includes(l.slug))).toEqual([]);
  });

  it('puts the counter quick reference first, with the deadline calculator filed under it', () => {
    expect(groups[0].label).toBe(QUICK_REFERENCE_LABEL);
    const links = linksIn(groups[0].items!).map((l) => l.link);
    expect(links).toContain('/tools/deadline/');
    expect(links.indexOf('/tools/deadline/')).toBe(links.indexOf('/reference/deadlines/') + 1);
    const others = groups.slice(1).flatMap((g) => linksIn(g.items!)).map((l) => l.link);
    expect(others).not.toContain('/tools/deadline/');
  });
});
