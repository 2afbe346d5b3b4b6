/** Never a dead end: the relaxed search, with a fake Pagefind that, like the real one, returns only pages containing every word. */
import { describe, expect, it } from 'vitest';
import { ENOUGH, mergeByScore, searchRelaxed, type Hit } from '../../src/search/relax';
import type { QueryTerm } from '../../src/search/understand';

/** Pages and their words. Like Pagefind, a word no page has is ignored; every other word must be on the page. */
const PAGES: Record<string, string[]> = {
  claims: ['身故', '材料', '理赔', '受益人'],
  documents: ['身故', '材料', '清单'],
  reporting: ['身故', '报案'],
  review: ['理赔', '材料', '核定'],
  etiquette: ['客户', '情绪激动'],
  counter: ['客户', '窗口'],
  quality: ['客户', '满意度'],
};

function fakePagefind() {
  const queries: string[] = [];
  const search = async (query: string): Promise<Hit<string>[]> => {
    queries.push(query);
    const words = query.split(' ').filter((w) => Object.values(PAGES).some((has) => has.includes(w)));
    if (words.length === 0) return [];
    return Object.entries(PAGES)
      .filter(([, has]) => words.every((w) => has.includes(w)))
      .map(([id, has]) => ({ id, score: words.length / has.length, data: async () => id }))
      .sort((a, b) => b.score - a.score);
  };
  return { search, queries };
}

const term = (text: string, weight = 3): QueryTerm => ({ text, weight });

describe('relaxed search', () => {
  it('keeps the strict result when it has enough pages', async () => {
    const { search, queries } = fakePagefind();
    const r = await searchRelaxed([term('身故')], search);
    expect(r.mode).toBe('all');
    expect(r.hits.map((h) => h.id)).toEqual(['reporting', 'documents', 'claims']);
    expect(queries).toEqual(['身故']);
  });

  it('sets aside a word no page contains and searches the rest together', async () => {
    const { search } = fakePagefind();
    const r = await searchRelaxed([term('身故'), term('骂人')], search);
    expect(r.mode).toBe('some');
    expect(r.used.map((t) => t.text)).toEqual(['身故']);
    expect(r.unmatched.map((t) => t.text)).toEqual(['骂人']);
    expect(r.hits).toHaveLength(3);
  });

  it('names a word no page has even when the other words find enough', async () => {
    const { search } = fakePagefind();
    const r = await searchRelaxed([term('身故'), term('qwxz')], search);
    expect(r).toMatchObject({ mode: 'some', hits: expect.any(Array) });
    expect(r.hits).toHaveLength(3);
    expect(r.unmatched.map((t) => t.text)).toEqual(['qwxz']);
    expect(r.used.map((t) => t.text)).toEqual(['身故']);
  });

  it('drops the least telling word first when all words match somewhere but not together', async () => {
    const { search } = fakePagefind();
    // 身故+材料 is on two pages only; 材料 (weight 1) goes before 身故 (weight 3).
    const r = await searchRelaxed([term('身故'), term('材料', 1)], search);
    expect(r.mode).toBe('some');
    expect(r.used.map((t) => t.text)).toEqual(['身故']);
    // The pages with both words come first.
    expect(r.hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['claims', 'documents']);
  });

  it('merges single-word searches by score when no smaller set of words finds enough', async () => {
    const { search } = fakePagefind();
    const r = await searchRelaxed([term('情绪激动'), term('窗口'), term('满意度')], search);
    expect(r.mode).toBe('any');
    expect(r.hits.map((h) => h.id).sort()).toEqual(['counter', 'etiquette', 'quality']);
  });

  it('says "none" only when no word matches anything', async () => {
    const { search } = fakePagefind();
    const r = await searchRelaxed([term('火星'), term('骂人')], search);
    expect(r).toMatchObject({ mode: 'none', hits: [] });
    expect(r.unmatched).toHaveLength(2);
  });

  it('has nothing to search for no words', async () => {
    const { search, queries } = fakePagefind();
    expect((await searchRelaxed([], search)).mode).toBe('none');
    expect(queries).toEqual([]);
  });

  it('relaxes below ENOUGH results', () => {
    expect(ENOUGH).toBe(3);
  });
});

describe('merging by score', () => {
  it('puts pages with more of the words first, then the higher weighted score', () => {
    const hit = (id: string, score: number): Hit<string> => ({ id, score, data: async () => id });
    const merged = mergeByScore([
      { term: term('甲', 3), hits: [hit('a', 2), hit('b', 1)] },
      { term: term('乙', 1), hits: [hit('b', 4), hit('c', 4)] },
    ]);
    expect(merged.map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });
});
