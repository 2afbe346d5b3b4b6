/**
 * The words a page should be found by beyond its own text: the chapter's `keywords`, the
 * `keywords` of every rule it teaches, the aliases of every glossary term it explains, and, for
 * the kind of data the page shows, the words search puts in place of a question (时限 for 几天,
 * 材料 for 要带什么, 用语 for 怎么说: src/content/norms/search/intents.yaml).
 * Clerks type 解约, 去世, 报销; the norms say 退保, 身故, 理赔 — this closes that gap.
 */
import { getCollection } from 'astro:content';
import type { CardKind } from '../search/lexicon';

export async function searchTermsFor(slug: string, own: readonly string[]): Promise<string[]> {
  const mine = <T extends { data: { chapter?: string } }>(entries: T[]) => entries.filter((e) => e.data.chapter === slug);
  const rules = mine(await getCollection('rules'));
  const lists = mine(await getCollection('documents'));
  const phrases = mine(await getCollection('phrases'));
  const terms = mine(await getCollection('glossary'));
  const intents = (await getCollection('searchIntents')).map((e) => e.data);
  const answerWords = (card: CardKind, shown: boolean) =>
    shown ? intents.filter((i) => i.card === card).flatMap((i) => [...(i.term ? [i.term] : []), ...i.words]) : [];
  const words = [
    ...own,
    ...rules.flatMap((r) => r.data.keywords),
    ...terms.flatMap((g) => [g.data.term, ...g.data.aliases]),
    ...answerWords('rules', rules.length > 0),
    ...answerWords('documents', lists.length > 0),
    ...answerWords('phrases', phrases.length > 0),
  ];
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Words as Pagefind should index them: each cut where Intl.Segmenter cuts it, the way Pagefind
 * segments every query (改地址 → 改 地址). Pagefind matches each query word as the start of an
 * indexed word; indexed whole, 改地址 would be found by 改 but never by 地址.
 */
export function searchableText(words: readonly string[]): string {
  return words.flatMap((w) => [...segmenter.segment(w)].filter((s) => s.isWordLike).map((s) => s.segment)).join(' ');
}
