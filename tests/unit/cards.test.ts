/** Which answer cards a question gets, with this site's lexicon and a small card index written here. */
import { describe, expect, it } from 'vitest';
import type { AnswerCard, CardIndex, RuleCard } from '../../src/search/cardIndex';
import { matchCards, MAX_CARDS } from '../../src/search/cards';
import { understand } from '../../src/search/understand';
import { compiledSiteLexicon } from './searchLexicon';

const rule = (id: string, line: string, keys: string[], more: Partial<RuleCard> = {}): RuleCard => ({
  kind: 'rules',
  id,
  line,
  keys,
  href: `/x/#rule-${id}`,
  title: keys[0],
  limit: '15日',
  sentence: '……',
  source: '……',
  standing: ['现行'],
  governs: true,
  ...more,
});

const index: CardIndex = {
  v: 1,
  cards: [
    rule('complaint-old', '投诉', ['投诉明确答复', '旧规定'], {
      governs: false,
      instead: { id: 'complaint-simple', title: '投诉处理决定', limit: '15日', sentence: '……', source: '……', standing: ['现行'], href: '/x/#rule-complaint-simple' },
    }),
    rule('complaint-simple', '投诉', ['投诉处理决定', '事实清楚', '投诉多久答复']),
    rule('complaint-complex', '投诉', ['投诉处理决定', '情况复杂']),
    rule('phone-reply', '电话', ['电话咨询回复', '多久回复'], { governs: false }),
    rule('baoquan-accept', '保全', ['保全受理', '资料齐全']),
    { kind: 'documents', id: 'claim-death', keys: ['身故', '身故保险金申请材料', '理赔材料'], href: '/d/death', title: '身故保险金申请材料', serviceType: '身故', items: [], conditional: 0, source: '' },
    { kind: 'documents', id: 'claim-basic', keys: ['理赔基本资料', '理赔材料', '身故证明'], href: '/d/basic', title: '理赔基本资料', serviceType: '理赔基本资料', items: [], conditional: 0, source: '' },
    { kind: 'phrases', id: 'ask-need', keys: ['客户来到柜面', '提倡'], href: '/p/ask', situation: '客户来到柜面', text: '请问您要办理什么业务？', level: '提倡', channel: '柜面', source: '' },
    { kind: 'phrases', id: 'greet', keys: ['客户来到柜面', '必讲'], href: '/p/greet', situation: '客户来到柜面', text: '您好，请坐', level: '必讲', channel: '柜面', source: '' },
    { kind: 'phrases', id: 'wrong-window', keys: ['客户走错窗口', '提倡'], href: '/p/ww', situation: '客户走错窗口', text: '请您到××窗口办理', level: '提倡', channel: '柜面', source: '' },
    { kind: 'glossary', id: 'cooling-off', keys: ['犹豫期', '冷静期'], href: '/g/c', term: '犹豫期', aliases: ['冷静期'], definition: '……' },
    { kind: 'glossary', id: 'complaint', keys: ['投诉', '告状'], href: '/g/t', term: '投诉', aliases: ['告状'], definition: '……' },
  ] satisfies AnswerCard[],
};

const lex = compiledSiteLexicon();
const cardsFor = (q: string) => matchCards(understand(q, lex), index, lex).map((c) => c.id);

describe('answer cards', () => {
  it('answers a time-limit question about a business line with that line’s rules only, the best match that governs first', () => {
    const cards = cardsFor('投诉多久回复');
    expect(cards[0]).toBe('complaint-simple');
    expect(cards).toHaveLength(2);
    expect(cards.every((id) => id.startsWith('complaint-'))).toBe(true);
  });
  it('puts the rule that governs before one that does not, when both match as well', () => {
    expect(cardsFor('投诉时限')).toEqual(['complaint-simple', 'complaint-complex']);
  });
  it('does not repeat the rule already shown beside another as the one that governs', () => {
    expect(cardsFor('旧规定投诉要几天')).toEqual(['complaint-old', 'complaint-complex']);
  });
  it('shows no time limit without a question asking for one', () => {
    expect(cardsFor('投诉处理决定')).not.toContain('phone-reply');
    expect(cardsFor('保全')).toEqual([]);
  });
  it('shows a time limit named exactly, question or not', () => {
    expect(cardsFor('保全受理')).toEqual(['baoquan-accept']);
  });
  it('answers a document question with the list for the case named', () => {
    expect(cardsFor('去世了要带什么')[0]).toBe('claim-death');
  });
  it('answers with a phrase when the situation is named, 必讲 before 提倡', () => {
    expect(cardsFor('走错窗口')).toEqual(['wrong-window']);
    expect(cardsFor('客户来了第一句说什么')[0]).toBe('greet');
  });
  it('explains a term asked about, or named alone (also by an alias)', () => {
    expect(cardsFor('犹豫期是什么意思')).toEqual(['cooling-off']);
    expect(cardsFor('冷静期')).toEqual(['cooling-off']);
  });
  it('does not explain a term when the question asks for a time limit', () => {
    expect(cardsFor('投诉要几天')).not.toContain('complaint');
  });
  it('shows at most MAX_CARDS cards and two time limits', () => {
    const many = cardsFor('投诉时限');
    expect(many.length).toBeLessThanOrEqual(MAX_CARDS);
    expect(many.filter((id) => id.startsWith('complaint-')).length).toBeLessThanOrEqual(2);
  });
  it('shows nothing for a query with no topic word', () => {
    expect(cardsFor('怎么办')).toEqual([]);
  });
});
