/**
 * The search lexicon: what query understanding knows about the site's words. Built once at build
 * time from the norms data (src/search/build/lexicon.ts → /data/search-lexicon.json) and loaded
 * with search; this file is the contract between the two and holds no data itself.
 */

/** Which answer cards a question can ask for: the norms collections the cards are built from. */
export type CardKind = 'rules' | 'documents' | 'phrases' | 'glossary';

export interface LexiconIntent {
  /** Which answer card the question asks for. */
  card: CardKind;
  /** The word searched in place of a question (时限 for 几天); none = the question is dropped. */
  term?: string;
  /** How people ask (几天, 要带什么). */
  asks: string[];
  /** Words that name the answer themselves (时限, 材料): searched as typed. */
  words: string[];
}

export interface Lexicon {
  /** Format version: a cached older file is refetched rather than misread. */
  v: 1;
  /** Words dropped from a query (了, 吗, 怎么办). */
  stop: string[];
  /** Colloquial word → the norms' term (过世 → 身故). */
  synonyms: Record<string, string>;
  /** Glossary terms: always read whole (诉讼时效 is not 诉讼 + 时效). */
  terms: string[];
  /** Glossary alias → the glossary terms it names (解约 → 退保). The alias itself is searched: pages index it. */
  aliases: Record<string, string[]>;
  intents: LexiconIntent[];
  /**
   * The site's vocabulary, most important first: glossary terms, the synonyms' terms, aliases and
   * keywords, then rule, list and chapter titles and phrase situations. Typos are corrected towards
   * these words and pinyin is read as them.
   */
  words: string[];
  /** How many of `words` are core vocabulary (terms, aliases, keywords): two-character typos are corrected only towards these. */
  core: number;
  /** Toneless pinyin of each word, syllables separated by spaces ("you yu qi"); "" for words that are not all Chinese. */
  pinyin: string[];
  /**
   * Characters that sound alike (one toneless syllable each), for the common characters that pinyin
   * input offers in place of those in two-character core words: 理陪 is corrected to 理赔, 粗体 is not
   * corrected to 媒体.
   */
  homophones: string[];
  /** Traditional → simplified characters, as pairs in one string ("處处戶户…"): only characters the site uses. */
  t2s: string;
}
