/**
 * The answer-card index as built (dist/data/search-cards.json): every link a card offers leads
 * somewhere real — the rule's card in its chapter, the checklist chosen by ?list=, the phrase and
 * the term by their anchors, the calculator with the rule it preselects — and the index stays small.
 * The cards are JSON, so the link check over dist/ (links.spec.ts) never sees them. Reads dist/
 * directly (no browser).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import type { AnswerCard, CardIndex } from '../../src/search/cardIndex';
import { test, expect } from './fixtures';
import { documentLists, phrases, rules } from './norms';

const DIST = 'dist';
const CARDS = join(DIST, 'data', 'search-cards.json');
const index = (): CardIndex => JSON.parse(readFileSync(CARDS, 'utf-8'));

const pages = new Map<string, HTMLElement | undefined>();
/** The built page a site path is served from, parsed once. */
function pageAt(path: string): HTMLElement | undefined {
  if (!pages.has(path)) {
    const file = join(DIST, decodeURIComponent(path), 'index.html');
    pages.set(path, existsSync(file) && statSync(file).isFile() ? parse(readFileSync(file, 'utf-8')) : undefined);
  }
  return pages.get(path);
}

/** What is wrong with a card link, or undefined when it leads where it says. */
function brokenLink(href: string): string | undefined {
  const url = new URL(href, 'http://site');
  const page = pageAt(url.pathname);
  if (!page) return '页面不存在';
  const hash = decodeURIComponent(url.hash.slice(1));
  if (hash && !page.querySelector(`[id="${hash}"]`)) return `页面存在，但没有 #${hash}`;
  const list = url.searchParams.get('list');
  if (list !== null && !page.querySelector(`[data-list="${list}"]`)) return `材料清单页没有清单 ${list}`;
  const rule = url.searchParams.get('rule');
  if (rule !== null && !page.querySelector(`option[value="${rule}"]`)) return `期限计算器里没有规则 ${rule}`;
  return undefined;
}

/** Every link a card shows: the card itself, and for a time limit the calculator and the rule that governs instead. */
const linksOf = (card: AnswerCard) =>
  card.kind === 'rules' ? [card.href, ...(card.calc ? [card.calc] : []), ...(card.instead ? [card.instead.href] : [])] : [card.href];

test('every link an answer card offers leads to the page, anchor, checklist or calculator rule it names', () => {
  const { cards } = index();
  const broken = cards.flatMap((card) => linksOf(card).flatMap((href) => {
    const why = brokenLink(href);
    return why ? [`${card.kind}/${card.id}: ${href} → ${why}`] : [];
  }));
  expect(broken).toEqual([]);
});

test('there is a card for every rule, document list and phrase, and a rule the counter does not follow names the one it does', () => {
  const { cards } = index();
  const ids = (kind: AnswerCard['kind']) => cards.filter((c) => c.kind === kind).map((c) => c.id).sort();
  expect(ids('rules')).toEqual(rules().map((r) => r.id).sort());
  expect(ids('documents')).toEqual(documentLists().map((l) => l.id).sort());
  expect(ids('phrases')).toEqual(phrases().map((p) => p.id).sort());
  const governs = new Map(cards.flatMap((c) => (c.kind === 'rules' ? [[c.id, c.governs] as const] : [])));
  for (const card of cards) {
    if (card.kind !== 'rules') continue;
    // A local or superseded rule with a national one to compare (comparison.nationalRule, supersededBy) is never shown alone.
    const rule = rules().find((r) => r.id === card.id)!;
    if (!card.governs && (rule.comparison?.nationalRule || rule.supersededBy)) expect(card.instead, card.id).toBeDefined();
    if (card.instead) {
      expect(card.governs, card.id).toBe(false);
      expect(governs.get(card.instead.id), `${card.id} → ${card.instead.id}`).toBe(true);
    }
  }
});

test('the answer-card index stays within 30 KB gz', () => {
  const gz = gzipSync(readFileSync(CARDS)).length;
  expect(gz, `${(gz / 1024).toFixed(1)} KB gz`).toBeLessThanOrEqual(30 * 1024);
});
