/**
 * Pagefind's options, in one place: the search engine (src/search/engine.ts), the search
 * regression test and the benchmark all pass them to `pagefind.options()`. Ranking is tuned for
 * short Chinese queries on pages of very different lengths.
 */
export const pagefindOptions = {
  ranking: {
    /** Do not punish long chapters too much: the answer a clerk wants is often in one. */
    pageLength: 0.5,
    /** Matches in headings (weighted by level) count strongly. */
    termSaturation: 1.6,
    /**
     * Searchable metadata (src/components/starlight/PageTitle.astro): the page title, its topic and
     * the words clerks type for it (keywords). A match there lifts the page as a heading would.
     */
    metaWeights: { title: 5, topic: 4, keywords: 3 },
  },
  /** Words around a match in an excerpt: enough for one Chinese sentence. */
  excerptLength: 24,
} as const;
