/**
 * The words a page should be found by beyond its own text: the chapter's `keywords`, the
 * `keywords` of every rule it teaches, the aliases of every glossary term it explains, and the
 * question words clerks add ("保全 几天", "去世 要带什么") for the kind of data the page shows.
 * Clerks type 解约, 去世, 报销; the norms say 退保, 身故, 理赔 — this closes that gap.
 * Pagefind requires every word of a query to match, so a missing question word hides the page.
 */
import { getCollection } from 'astro:content';

/** Words people add when asking about a time limit, a document list or what to say. */
export const QUESTION_WORDS = {
  rules: ['几天', '多少天', '多久', '多长时间', '几个工作日', '时限', '期限', '时效'],
  documents: ['要带什么', '带什么', '需要什么', '材料', '资料', '证件'],
  phrases: ['怎么说', '说什么', '话术', '用语'],
} as const;

export async function searchTermsFor(slug: string, own: readonly string[]): Promise<string[]> {
  const mine = <T extends { data: { chapter?: string } }>(entries: T[]) => entries.filter((e) => e.data.chapter === slug);
  const rules = mine(await getCollection('rules'));
  const lists = mine(await getCollection('documents'));
  const phrases = mine(await getCollection('phrases'));
  const terms = mine(await getCollection('glossary'));
  const words = [
    ...own,
    ...rules.flatMap((r) => r.data.keywords),
    ...terms.flatMap((g) => [g.data.term, ...g.data.aliases]),
    ...(rules.length ? QUESTION_WORDS.rules : []),
    ...(lists.length ? QUESTION_WORDS.documents : []),
    ...(phrases.length ? QUESTION_WORDS.phrases : []),
  ];
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}
