/**
 * Never a dead end. Pagefind returns only pages that contain every word of a query that it knows
 * (a word no page has is ignored), so one common word in the wrong place ("了", "要") hides the
 * page wanted. The strict query runs first; when it finds fewer than ENOUGH pages the search is
 * relaxed: words that match nothing are set aside, the least telling words are dropped one at a
 * time, and at last the pages of each word are merged by score.
 * Pagefind is passed in, so the steps are tested without a browser.
 */
import { searchedText, type QueryTerm } from './understand';

/** Fewer strict results than this and the search is relaxed. */
export const ENOUGH = 3;

/** One page found by Pagefind, before its text is loaded. */
export interface Hit<D = unknown> {
  id: string;
  score: number;
  data: () => Promise<D>;
}

export type SearchFn<D> = (query: string) => Promise<Hit<D>[]>;

export interface Relaxed<D> {
  hits: Hit<D>[];
  /** all = every word together; some = the words in `used` together; any = pages with any of them; none = no word matched. */
  mode: 'all' | 'some' | 'any' | 'none';
  /** The words the shown pages were found with. */
  used: QueryTerm[];
  /** Words no page contains. */
  unmatched: QueryTerm[];
}

/** Pages of the strict query first, then the others, each page once. */
function union<D>(first: Hit<D>[], then: Hit<D>[]): Hit<D>[] {
  const seen = new Set(first.map((h) => h.id));
  return [...first, ...then.filter((h) => !seen.has(h.id) && seen.add(h.id))];
}

/**
 * Pages of several single-word searches in one list: a page scores the sum, over the words it
 * contains, of the word's weight times its score relative to that word's best page; pages with
 * more of the words come first.
 */
export function mergeByScore<D>(perWord: { term: QueryTerm; hits: Hit<D>[] }[]): Hit<D>[] {
  const pages = new Map<string, { hit: Hit<D>; words: number; score: number }>();
  for (const { term, hits } of perWord) {
    const best = Math.max(...hits.map((h) => h.score), Number.MIN_VALUE);
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, words: 0, score: 0 };
      page.words++;
      page.score += term.weight * (hit.score / best);
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((p) => ({ ...p.hit, score: p.score }));
}

export async function searchRelaxed<D>(terms: QueryTerm[], search: SearchFn<D>): Promise<Relaxed<D>> {
  if (terms.length === 0) return { hits: [], mode: 'none', used: [], unmatched: [] };
  // Each word is also searched alone: Pagefind silently ignores a word no page has, so only
  // these searches can tell the user which words found nothing. They also serve the relaxing.
  const [strict, ...alone] = await Promise.all([searchedText(terms), ...(terms.length > 1 ? terms.map((t) => t.text) : [])].map(search));
  const perWord = terms.map((term, i) => ({ term, hits: terms.length > 1 ? alone[i] : strict }));
  const live = perWord.filter((w) => w.hits.length > 0);
  const unmatched = perWord.filter((w) => w.hits.length === 0).map((w) => w.term);
  if (live.length === 0) return { hits: [], mode: 'none', used: [], unmatched };
  if (strict.length >= ENOUGH) return { hits: strict, mode: unmatched.length ? 'some' : 'all', used: live.map((w) => w.term), unmatched };
  if (strict.length > 0 && live.length === 1) return { hits: strict, mode: 'all', used: terms, unmatched: [] };

  // Least telling first: lower weight, then found on more pages. The last one left is searched alone.
  const kept = [...live].sort((a, b) => a.term.weight - b.term.weight || b.hits.length - a.hits.length);
  while (kept.length) {
    const words = terms.filter((t) => kept.some((k) => k.term === t));
    if (words.length < terms.length) {
      const found = kept.length === 1 ? kept[0].hits : await search(searchedText(words));
      if (found.length >= ENOUGH) return { hits: union(strict, found), mode: 'some', used: words, unmatched };
    }
    kept.shift();
  }
  const used = terms.filter((t) => live.some((w) => w.term === t));
  if (live.length === 1) return { hits: union(strict, live[0].hits), mode: 'some', used, unmatched };
  return { hits: union(strict, mergeByScore(live)), mode: 'any', used, unmatched };
}
