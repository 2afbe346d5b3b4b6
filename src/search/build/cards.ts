/**
 * Builds the answer-card index (src/search/cardIndex.ts) from the norms collections, at build
 * time, for /data/search-cards.json: the same entries the chapters, 时限速查, 材料清单, 服务用语手册
 * and 术语表 render, so a card never says something a page does not.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { inDataOrder } from './dataOrder';
import { isCountable } from '../../lib/countable';
import { limitText, ruleSentence } from '../../lib/format';
import { getRuleStandings, resolveCitation } from '../../lib/norms';
import type { RuleStanding } from '../../lib/ruleStanding';
import type { AnswerCard, CardIndex, DocumentsCard, PhraseCard, RuleCard, RuleSummary, TermCard } from '../cardIndex';
import { wordsOf } from './lexicon';

type RuleData = CollectionEntry<'rules'>['data'];

const citation = async (c: { doc: string; article: string }) => (await resolveCitation(c)).text;

/** Where a rule is taught: its card in its chapter when the chapter shows one, else the chapter. */
function ruleHref(rule: RuleData, chapterBodies: Map<string, string>): string {
  const body = chapterBodies.get(rule.chapter) ?? '';
  return new RegExp(`<Rule\\s+id="${rule.id}"`).test(body) ? `/${rule.chapter}/#rule-${rule.id}` : `/${rule.chapter}/`;
}

/**
 * A standing as the badges say it (src/components/internal/StatusBadge.astro): the kind of
 * document, and its effect when it is not plain current or when it is a national rule's; 未能核对原文
 * is said once per source on the 出处文件 page, not on every card.
 */
function standingLabels(standing: RuleStanding): string[] {
  const showEffect = standing.effect !== '未能核对原文' && (standing.effect !== '现行' || standing.national);
  return showEffect ? [standing.kind, standing.effect] : [standing.kind];
}

const countsDue = (rule: RuleData) => isCountable(rule) && rule.limit.bound === '以内';

async function ruleSummary(rule: RuleData, standing: RuleStanding): Promise<RuleSummary> {
  // A duty without a number (犹豫期内, 未规定天数) says what to do and when, as its source does.
  const sentence = rule.limit ? ruleSentence({ ...rule, limit: rule.limit }) : `${rule.trigger}，${rule.action}`;
  return { title: rule.title, limit: limitText(rule), sentence, source: await citation(rule.source), standing: standingLabels(standing) };
}

/**
 * A time limit with its standing from ruleStanding.ts (the same the badges, 时限速查 and 法规对照
 * read): a local, superseded or company rule carries the national rule that governs beside it.
 */
async function ruleCards(chapterBodies: Map<string, string>): Promise<RuleCard[]> {
  const rules = (await inDataOrder('rules')).map((e) => e.data);
  const standings = await getRuleStandings();
  const byId = new Map(rules.map((r) => [r.id, r]));
  return Promise.all(
    rules.map(async (rule) => {
      const standing = standings.get(rule.id)!;
      const instead = standing.governedBy ? byId.get(standing.governedBy) : undefined;
      return {
        kind: 'rules',
        id: rule.id,
        ...(await ruleSummary(rule, standing)),
        line: rule.businessLine,
        governs: standing.governs,
        ...(instead
          ? { instead: { id: instead.id, ...(await ruleSummary(instead, standings.get(instead.id)!)), href: ruleHref(instead, chapterBodies) } }
          : {}),
        href: ruleHref(rule, chapterBodies),
        // A due date is counted by the rule the counter follows.
        // The calculator offers only the rules it can count (src/lib/countable.ts): a 期限 with a number, within it.
        ...(countsDue(instead ?? rule) ? { calc: `/tools/deadline/?rule=${(instead ?? rule).id}` } : {}),
        keys: [...wordsOf(rule.title), ...rule.keywords],
      } satisfies RuleCard;
    }),
  );
}

async function documentCards(chapters: Map<string, string>): Promise<DocumentsCard[]> {
  const lists = (await inDataOrder('documents')).map((e) => e.data);
  return Promise.all(
    lists.map(async (list) => ({
      kind: 'documents',
      id: list.id,
      title: list.title,
      serviceType: list.serviceType,
      items: list.items.filter((i) => i.when.length === 0).map((i) => i.text),
      conditional: list.items.filter((i) => i.when.length > 0).length,
      source: await citation(list.source),
      href: `/reference/documents/?list=${list.id}`,
      keys: [list.serviceType, ...wordsOf(list.title), ...wordsOf(chapters.get(list.chapter) ?? ''), ...list.items.flatMap((i) => [...wordsOf(i.text), ...(i.anyOf ?? [])])],
    })),
  );
}

/**
 * A phrase's place in the 服务用语手册: 必讲 and 禁忌 are listed once, 提倡 phrases under their
 * channel's section, 通用 ones once in their own (src/pages/reference/phrases.astro);
 * tests/e2e/search-cards.spec.ts checks every card's link.
 */
const PHRASE_SECTION = { 柜面: 'counter', 电话: 'phone', 通用: 'shared' } as const;
function phraseAnchor(p: CollectionEntry<'phrases'>['data']): string {
  if (p.level !== '提倡') return `phrase-${p.id}`;
  return `phrase-${p.id}-${PHRASE_SECTION[p.channel]}`;
}

async function phraseCards(): Promise<PhraseCard[]> {
  const phrases = (await inDataOrder('phrases')).map((e) => e.data);
  return Promise.all(
    phrases.map(async (p) => ({
      kind: 'phrases',
      id: p.id,
      situation: p.situation,
      text: p.text,
      level: p.level,
      channel: p.channel,
      source: await citation(p.source),
      href: `/reference/phrases/#${phraseAnchor(p)}`,
      keys: [...wordsOf(p.situation), p.level, `${p.level}用语`],
    })),
  );
}

async function termCards(): Promise<TermCard[]> {
  const terms = (await inDataOrder('glossary')).map((e) => e.data);
  return Promise.all(
    terms.map(async (g) => ({
      kind: 'glossary',
      id: g.id,
      term: g.term,
      aliases: g.aliases,
      definition: g.definition,
      ...(g.source ? { source: await citation(g.source) } : {}),
      href: `/reference/glossary/#${g.id}`,
      keys: [...wordsOf(g.term), ...g.aliases],
    })),
  );
}

export async function buildCardIndex(): Promise<CardIndex> {
  const docs = await getCollection('docs');
  const chapterBodies = new Map(docs.map((d) => [d.id, d.body ?? '']));
  const chapterTitles = new Map(docs.map((d) => [d.id, d.data.title]));
  const cards: AnswerCard[] = [
    ...(await ruleCards(chapterBodies)),
    ...(await documentCards(chapterTitles)),
    ...(await phraseCards()),
    ...(await termCards()),
  ];
  return { v: 1, cards };
}
