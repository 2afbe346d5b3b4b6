/**
 * The answer cards: built at build time from the same norms data the pages read
 * (src/search/build/cards.ts → /data/search-cards.json) and shown above the page results. This
 * file is the contract between the two.
 */
import type { CardKind } from './lexicon';

interface CardBase {
  kind: CardKind;
  id: string;
  /** Words the card answers to (titles, keywords, situation, aliases). */
  keys: string[];
  /** Where the card leads: the rule in its chapter, the checklist, the phrase, the term. */
  href: string;
}

/** A time limit, as one line: what to do, how long, from when, under which rule. */
export interface RuleSummary {
  title: string;
  /** 2个工作日, 15日, 不少于8小时. */
  limit: string;
  /** 自收到保全申请之日起2个工作日内完成保全受理. */
  sentence: string;
  /** Document and article. */
  source: string;
  /** The badges: kind of document and effect, e.g. 部门规章 · 现行. */
  standing: string[];
}

export interface RuleCard extends CardBase, RuleSummary {
  kind: 'rules';
  /** Business line (保全, 投诉 …): a query naming it is about these rules. */
  line: string;
  /** Whether the counter follows this rule. */
  governs: boolean;
  /** The national rule the counter follows instead, for local, superseded and company rules. */
  instead?: RuleSummary & { id: string; href: string };
  /** The deadline calculator with the rule the counter follows chosen (this one, or `instead`), for limits it can count. */
  calc?: string;
}

export interface DocumentsCard extends CardBase {
  kind: 'documents';
  title: string;
  serviceType: string;
  /** The items every case needs, in order. */
  items: string[];
  /** Items needed only in some cases (疾病, 未成年人 …). */
  conditional: number;
  source: string;
}

export interface PhraseCard extends CardBase {
  kind: 'phrases';
  situation: string;
  /** The words to say, or for 禁忌 the behaviour to avoid. */
  text: string;
  level: '必讲' | '提倡' | '禁忌';
  channel: string;
  source: string;
}

export interface TermCard extends CardBase {
  kind: 'glossary';
  term: string;
  aliases: string[];
  definition: string;
  source?: string;
}

export type AnswerCard = RuleCard | DocumentsCard | PhraseCard | TermCard;

export interface CardIndex {
  /** Format version: a cached older file is refetched rather than misread. */
  v: 1;
  cards: AnswerCard[];
}
