/**
 * Search in the browser, shared by the dialog and /search/: Pagefind's own JS API
 * (/pagefind/pagefind.js with its wasm and index, the bundle Starlight's build writes), the
 * search lexicon and the answer-card index, loaded together on first use. A query goes through
 * query understanding, the answer cards and the relaxed Pagefind search.
 */
import { pagefindOptions } from '../lib/searchConfig';
import { matchCards } from './cards';
import type { AnswerCard, CardIndex } from './cardIndex';
import type { Lexicon } from './lexicon';
import { searchRelaxed, type Hit, type Relaxed } from './relax';
import { compileLexicon, understand, type CompiledLexicon, type Understanding } from './understand';

/** What Pagefind's `data()` returns, as far as search uses it. */
export interface Fragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { url: string; title: string; excerpt: string; anchor?: { element: string }; weighted_locations?: { balanced_score: number }[] }[];
}

/** Pagefind's JS API, the calls used here. */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: Hit<Fragment>[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind filters: name → accepted values (any of them). */
export type Filters = Record<string, string[]>;

export interface PageView {
  url: string;
  title: string;
  excerpt: string;
  /** The best-matching sections of the page (headings with an id). */
  subs: { url: string; title: string; excerpt: string }[];
}

export interface Answer {
  understood: Understanding;
  cards: AnswerCard[];
  found: Relaxed<Fragment>;
}

/** Search cannot run: `offline` when the browser has no network and the index was never cached. */
export class SearchUnavailable extends Error {
  constructor(readonly offline: boolean) {
    super(offline ? 'search index not cached and offline' : 'search failed to load');
  }
}

const BUNDLE = '/pagefind/pagefind.js';
export const LEXICON_URL = '/data/search-lexicon.json';
export const CARDS_URL = '/data/search-cards.json';

async function fetchJson<T extends { v: number }>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = (await response.json()) as T;
  if (data?.v !== 1) throw new Error(`${url}: unknown format`);
  return data;
}

export class Engine {
  constructor(
    private readonly pagefind: Pagefind,
    readonly lexicon: CompiledLexicon,
    private readonly cardIndex: CardIndex,
  ) {}

  async run(query: string, filters: Filters = {}): Promise<Answer> {
    const understood = understand(query, this.lexicon);
    const cards = matchCards(understood, this.cardIndex, this.lexicon);
    const found = await searchRelaxed<Fragment>(understood.terms, async (q) => (await this.pagefind.search(q, { filters }))?.results ?? []);
    return { understood, cards, found };
  }

  /** The values of each filter over the whole site, for the search page's filter lists. */
  filters(): Promise<Record<string, Record<string, number>>> {
    return this.pagefind.filters();
  }
}

/** A page's title, excerpt and best sections, from Pagefind's fragment. */
export async function pageView(hit: Hit<Fragment>): Promise<PageView> {
  const d = await hit.data();
  const weight = (s: Fragment['sub_results'][number]) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);
  // The section with more of the different words searched comes first (走错 and 窗口, not 用语 five times).
  const words = (s: Fragment['sub_results'][number]) => new Set(s.excerpt.match(/<mark>[^<]*<\/mark>/g)).size;
  const subs = d.sub_results
    // Sections under the page's own headings; the h1 (Starlight's #_top) is the page itself.
    .filter((s) => s.anchor && s.anchor.element !== 'h1')
    .sort((a, b) => words(b) - words(a) || weight(b) - weight(a))
    .slice(0, 2)
    .map(({ url, title, excerpt }) => ({ url, title, excerpt }));
  // The page's excerpt is often its best section's: show it once, under the section.
  return { url: d.url, title: d.meta.title ?? d.url, excerpt: subs[0]?.excerpt === d.excerpt ? '' : d.excerpt, subs };
}

let loading: Promise<Engine> | undefined;

/** The engine, loaded once per page; a failed load is retried on the next call. */
export function loadEngine(): Promise<Engine> {
  loading ??= (async () => {
    try {
      const [pagefind, lexicon, cards] = await Promise.all([
        import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>,
        fetchJson<Lexicon>(LEXICON_URL),
        fetchJson<CardIndex>(CARDS_URL),
      ]);
      await pagefind.options(pagefindOptions);
      await pagefind.init();
      return new Engine(pagefind, compileLexicon(lexicon), cards);
    } catch {
      loading = undefined;
      throw new SearchUnavailable(!navigator.onLine);
    }
  })();
  return loading;
}
