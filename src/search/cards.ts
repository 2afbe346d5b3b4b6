/**
 * Which answer cards a query gets: the time limit, document list, phrase or term it is about,
 * shown above the page results. A card needs the query's topic words to match its keys, and for
 * time limits and document lists also a question asking for one (几天, 要带什么) unless the query
 * names the card exactly. Pure, like the query understanding.
 */
import type { AnswerCard, CardIndex } from './cardIndex';
import type { CardKind } from './lexicon';
import type { CompiledLexicon, Understanding } from './understand';

export const MAX_CARDS = 3;
const PER_KIND: Record<CardKind, number> = { rules: 2, documents: 1, phrases: 1, glossary: 1 };

/** How well one word matches one key: the same word, a word inside the key, or the key inside the word. */
function keyScore(word: string, key: string): number {
  if (word === key) return 3;
  if (word.length >= 2 && key.includes(word)) return 2;
  if (key.length >= 2 && word.includes(key)) return 1.5;
  return 0;
}

/**
 * The words that say what the query is about, each with the forms it may take on a card: the
 * glossary term an alias names (解约 → 退保), and what was typed before a synonym replaced it.
 */
export function topicWords(u: Understanding, lex: CompiledLexicon): string[][] {
  return u.terms
    .filter((t) => t.via !== 'intent' && !lex.intentOf.has(t.text))
    .map((t) => [...new Set([t.text, ...(lex.lexicon.aliases[t.text] ?? []), ...(t.via === 'synonym' && t.typed ? [t.typed] : [])])]);
}

interface Scored {
  card: AnswerCard;
  order: number;
  /** Sum over topic words of their best match, each weighted by how few cards of this kind it matches. */
  score: number;
  /** Topic words that match at all, those that match a key exactly, and those inside a key or better. */
  matched: number;
  exact: number;
  contained: number;
}

/** How well each topic word matches a card: its best match over the word's forms and the card's keys. */
function matches(card: AnswerCard, topic: string[][]): number[] {
  return topic.map((forms) => {
    let best = 0;
    for (const form of forms) {
      // Naming the business line (保全, 投诉) is about its rules, but does not name one rule exactly.
      if (card.kind === 'rules' && form === card.line) best = Math.max(best, 2.5);
      for (const key of card.keys) best = Math.max(best, keyScore(form, key));
    }
    return best;
  });
}

/**
 * Each card scored: a word that matches many cards of a kind (客户 in most phrase situations)
 * tells little about which one is meant, so it counts less than a word only one card has.
 */
function scoreAll(cards: AnswerCard[], topic: string[][]): Scored[] {
  const best = cards.map((card) => matches(card, topic));
  const spread = new Map<string, number[]>();
  cards.forEach((card, c) => {
    const counts = spread.get(card.kind) ?? topic.map(() => 0);
    best[c].forEach((b, w) => b > 0 && counts[w]++);
    spread.set(card.kind, counts);
  });
  return cards.map((card, c) => {
    const counts = spread.get(card.kind)!;
    return {
      card,
      order: c,
      score: best[c].reduce((sum, b, w) => sum + (b > 0 ? b / Math.sqrt(counts[w]) : 0), 0),
      matched: best[c].filter((b) => b > 0).length,
      exact: best[c].filter((b) => b === 3).length,
      contained: best[c].filter((b) => b >= 2).length,
    };
  });
}

/** Whether a scored card answers the query at all. */
function answers(s: Scored, topic: number, wants: CardKind[]): boolean {
  if (s.matched === 0) return false;
  const wanted = wants.includes(s.card.kind);
  const all = s.matched === topic;
  switch (s.card.kind) {
    case 'rules':
    case 'documents':
      return wanted || (all && s.exact === topic);
    case 'phrases':
      return wanted || s.contained === topic;
    case 'glossary':
      // A term alone ("犹豫期") is a question about the term; with 几天 or 要带什么 it is not.
      return s.exact > 0 && (wanted || (topic === 1 && wants.length === 0));
  }
}

export function matchCards(u: Understanding, index: CardIndex, lex: CompiledLexicon): AnswerCard[] {
  const topic = topicWords(u, lex);
  if (topic.length === 0) return [];
  // A query naming a business line (投诉多久回复) asks about that line's rules only.
  const lines = new Set(index.cards.flatMap((c) => (c.kind === 'rules' ? [c.line] : [])));
  const named = topic.flat().filter((w) => lines.has(w));
  const cards = named.length ? index.cards.filter((c) => c.kind !== 'rules' || named.includes(c.line)) : index.cards;
  const rank = (s: Scored) => [
    u.wants.includes(s.card.kind) ? 0 : 1,
    -s.matched,
    -s.score,
    // Among equals: the rule the counter follows, the phrase that must be said.
    s.card.kind === 'rules' && !s.card.governs ? 1 : 0,
    s.card.kind === 'phrases' && s.card.level !== '必讲' ? 1 : 0,
    s.order,
  ];
  const candidates = scoreAll(cards, topic)
    .filter((s) => answers(s, topic.length, u.wants))
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      const at = x.findIndex((v, i) => v !== y[i]);
      return at < 0 ? 0 : x[at] - y[at];
    });
  const taken: Record<CardKind, number> = { rules: 0, documents: 0, phrases: 0, glossary: 0 };
  const out: AnswerCard[] = [];
  for (const { card } of candidates) {
    if (out.length === MAX_CARDS) break;
    if (taken[card.kind] === PER_KIND[card.kind]) continue;
    // A rule already shown beside another as the one that governs is not shown twice.
    if (card.kind === 'rules' && out.some((c) => c.kind === 'rules' && c.instead?.id === card.id)) continue;
    taken[card.kind]++;
    out.push(card);
  }
  return out;
}
