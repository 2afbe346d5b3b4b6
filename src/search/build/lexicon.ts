/**
 * Builds the search lexicon (src/search/lexicon.ts) from the norms data, at build time only:
 * /data/search-lexicon.json calls it with the collections, the unit tests with the YAML files.
 *
 * Two maintained libraries do the language work here, so that the browser ships only their
 * results for this site's own words:
 * - pinyin-pro gives each word's toneless pinyin, from which the query understanding reads full
 *   pinyin (youyuqi) and initials (yyq). Shipping pinyin-pro itself would cost about 100 KB gz.
 * - opencc-js (its Traditional → Simplified converters for Taiwan and Hong Kong usage) maps every
 *   traditional character whose simplified form the site uses. Shipping its t2cn converter would
 *   cost about 25 KB gz; the map for this site's characters is measured in README.md.
 */
import * as OpenCC from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { pinyin } from 'pinyin-pro';
import type { CardKind, Lexicon } from '../lexicon';

export interface LexiconSources {
  stopWords: { words: string[] }[];
  synonyms: { term: string; words: string[] }[];
  intents: { card: CardKind; term?: string; asks: string[]; words: string[] }[];
  glossary: { term: string; aliases: string[] }[];
  rules: { title: string; keywords: string[] }[];
  documents: { title: string; serviceType: string }[];
  phrases: { situation: string }[];
  chapters: { title: string; keywords: string[] }[];
  /** All the site's text, for the characters traditional input is mapped to. */
  siteText: string;
}

/** Names split at punctuation into words: 保全受理（资料齐全） → 保全受理, 资料齐全. */
export function wordsOf(name: string): string[] {
  return name.split(/[^\p{Script=Han}\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && w.length <= 10);
}

/** The Unified Ideographs blocks where traditional characters live. */
const CJK_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** Traditional → simplified pairs for characters the site uses, by opencc-js's converters. */
export function traditionalMap(siteText: string): string {
  const used = new Set(siteText);
  const converters = [Locale.from.tw, Locale.from.hk].map((from) => OpenCC.ConverterFactory(from, Locale.to.cn));
  let pairs = '';
  for (const [start, end] of CJK_BLOCKS) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCodePoint(cp);
      const simplified = converters.map((convert) => convert(ch)).find((s) => s !== ch && used.has(s));
      if (simplified && [...simplified].length === 1) pairs += ch + simplified;
    }
  }
  return pairs;
}

/** The 3,755 most common characters (GB 2312 level 1), read with the platform's GBK decoder. */
function commonCharacters(): string[] {
  const gbk = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = gbk.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  }
  return out;
}

/** Groups of common characters sharing a toneless syllable with a character of a two-character core word. */
export function homophoneGroups(coreWords: string[]): string[] {
  const twoCharacter = coreWords.filter((w) => /^\p{Script=Han}{2}$/u.test(w));
  const groups = new Map<string, Set<string>>();
  for (const word of twoCharacter) {
    for (const ch of word) groups.set(pinyin(ch, { toneType: 'none' }), new Set([ch]));
  }
  for (const ch of commonCharacters()) groups.get(pinyin(ch, { toneType: 'none' }))?.add(ch);
  for (const word of twoCharacter) for (const ch of word) groups.get(pinyin(ch, { toneType: 'none' }))!.add(ch);
  return [...groups.values()].map((g) => [...g].join('')).filter((g) => g.length > 1);
}

export function buildLexicon(src: LexiconSources): Lexicon {
  const core = [
    ...src.glossary.flatMap((g) => wordsOf(g.term)),
    ...src.synonyms.map((s) => s.term),
    ...src.intents.flatMap((i) => [...(i.term ? [i.term] : []), ...i.words]),
    ...src.glossary.flatMap((g) => g.aliases),
    ...src.rules.flatMap((r) => r.keywords),
    ...src.chapters.flatMap((c) => c.keywords),
  ];
  const more = [
    ...src.synonyms.flatMap((s) => s.words),
    ...src.rules.flatMap((r) => wordsOf(r.title)),
    ...src.documents.flatMap((d) => [d.serviceType, ...wordsOf(d.title)]),
    ...src.chapters.flatMap((c) => wordsOf(c.title)),
    ...src.phrases.flatMap((p) => wordsOf(p.situation)),
  ];
  const clean = (w: string) => w.trim().toLowerCase();
  const coreWords = [...new Set(core.map(clean).filter((w) => w.length >= 2))];
  const words = [...new Set([...coreWords, ...more.map(clean).filter((w) => w.length >= 2)])];

  const aliases: Record<string, string[]> = {};
  for (const g of src.glossary) {
    for (const alias of g.aliases.map(clean)) (aliases[alias] ??= []).push(g.term);
  }
  const synonyms: Record<string, string> = {};
  for (const s of src.synonyms) for (const w of s.words) synonyms[w] = s.term;

  return {
    v: 1,
    stop: [...new Set(src.stopWords.flatMap((g) => g.words))],
    synonyms,
    terms: [...new Set(src.glossary.flatMap((g) => [...wordsOf(g.term), ...g.aliases.map(clean)]))],
    aliases,
    intents: src.intents.map(({ card, term, asks, words: own }) => ({ card, ...(term ? { term } : {}), asks, words: own })),
    words,
    core: coreWords.length,
    pinyin: words.map((w) => (/^\p{Script=Han}+$/u.test(w) ? pinyin(w, { toneType: 'none', type: 'array' }).join(' ') : '')),
    homophones: homophoneGroups(coreWords),
    t2s: traditionalMap(src.siteText + words.join('')),
  };
}
