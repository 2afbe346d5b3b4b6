/**
 * Query understanding, step by step: first with a small lexicon written here (each step's own
 * rule), then with the lexicon the build makes from the repository's data (what clerks type).
 */
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/search/lexicon';
import {
  compileLexicon,
  correctTypo,
  MAX_QUERY,
  normalize,
  readPinyin,
  searchedText,
  segment,
  splitAtEntries,
  truncate,
  understand,
} from '../../src/search/understand';
import { compiledSiteLexicon } from './searchLexicon';

/** A lexicon small enough to see every rule at work. */
const small = compileLexicon({
  v: 1,
  stop: ['了', '吗', '什么', '怎么办', '能不能', '要'],
  synonyms: { 过世: '身故', 人走了: '身故', 小孩: '未成年人', 到账: '支付' },
  terms: ['退保', '解约', '犹豫期', '诉讼时效'],
  aliases: { 解约: ['退保'] },
  intents: [
    { card: 'rules', term: '时限', asks: ['几天', '多久'], words: ['时限', '时效'] },
    { card: 'documents', term: '材料', asks: ['要带什么'], words: ['材料'] },
    { card: 'glossary', asks: ['是什么意思'], words: [] },
  ],
  words: ['身故', '未成年人', '退保', '解约', '理赔', '犹豫期', '保全', '多久到账', '支付', '保全受理', '诉讼时效'],
  core: 9,
  pinyin: ['shen gu', 'wei cheng nian ren', 'tui bao', 'jie yue', 'li pei', 'you yu qi', 'bao quan', '', 'zhi fu', 'bao quan shou li', 'su song shi xiao'],
  homophones: ['赔陪培配', '保报宝包', '故古顾'],
  t2s: '賠赔猶犹戶户訴诉',
} satisfies Lexicon);

describe('1. cutting', () => {
  it('keeps a question up to MAX_QUERY characters as typed', () => {
    expect(truncate('保全几天')).toEqual({ text: '保全几天', truncated: false });
  });
  it('cuts 10,000 characters to MAX_QUERY and says so', () => {
    const cut = truncate('保'.repeat(10_000));
    expect(cut.truncated).toBe(true);
    expect([...cut.text]).toHaveLength(MAX_QUERY);
  });
  it('never cuts an emoji in half', () => {
    const cut = truncate('🙂'.repeat(MAX_QUERY + 5));
    expect([...cut.text].every((c) => c === '🙂')).toBe(true);
  });
});

describe('2. normalising', () => {
  it('turns full-width letters and digits to half-width, and lower-cases', () => {
    expect(normalize('ＴＵＩＢＡＯ　１０个工作日', small).text).toBe('tuibao 10个工作日');
  });
  it('converts traditional characters to simplified and says so', () => {
    expect(normalize('身故理賠', small)).toEqual({ text: '身故理赔', simplified: true });
    expect(normalize('身故理赔', small).simplified).toBe(false);
  });
});

describe('3. pinyin', () => {
  it('reads full pinyin, with or without spaces between syllables', () => {
    expect(readPinyin('tuibao', small)).toBe('退保');
    expect(readPinyin('tui bao', small)).toBe('退保');
    expect(readPinyin('youyuqi', small)).toBe('犹豫期');
  });
  it('reads initials', () => {
    expect(readPinyin('yyq', small)).toBe('犹豫期');
    expect(readPinyin('bq', small)).toBe('保全');
  });
  it('forgives one slip in five letters or more (shenggu → 身故), not in short ones', () => {
    expect(readPinyin('shenggu', small)).toBe('身故');
    expect(readPinyin('lipi', small)).toBeUndefined();
  });
  it('finds nothing for letters that are no pinyin of the site’s words', () => {
    expect(readPinyin('qwxz', small)).toBeUndefined();
  });
});

describe('4. splitting and segmenting', () => {
  it('takes the longest lexicon entry at each place', () => {
    expect(splitAtEntries('人走了要带什么', small).map((p) => `${p.text}:${p.kind}`)).toEqual(['人走了:synonym', '要带什么:ask']);
    expect(splitAtEntries('保全受理几天', small).map((p) => p.text)).toEqual(['保全受理', '几天']);
  });
  it('leaves what no entry covers as a gap', () => {
    expect(splitAtEntries('身故要带什么呀', small).map((p) => `${p.text}:${p.kind}`)).toEqual(['身故:known', '要带什么:ask', '呀:gap']);
  });
  it('segments a gap with Intl.Segmenter, as Pagefind segments queries; punctuation and symbols go', () => {
    expect(segment('客户骂人！')).toEqual(['客户', '骂人']);
    expect(segment('🙂<b>')).toEqual(['b']);
  });
});

describe('5. stop words, synonyms and questions', () => {
  it('drops stop words, maps colloquial words and replaces the question by its intent word', () => {
    const u = understand('过世了要带什么', small);
    expect(searchedText(u.terms)).toBe('身故 材料');
    expect(u.dropped).toContain('了');
    expect(u.wants).toEqual(['documents']);
    expect(u.terms[0]).toMatchObject({ text: '身故', typed: '过世', via: 'synonym' });
  });
  it('keeps a word that names the answer and notes what kind of answer is wanted', () => {
    const u = understand('保全时限', small);
    expect(searchedText(u.terms)).toBe('保全 时限');
    expect(u.wants).toEqual(['rules']);
  });
  it('drops a question with no word of its own (是什么意思) but still notes the intent', () => {
    const u = understand('犹豫期是什么意思', small);
    expect(searchedText(u.terms)).toBe('犹豫期');
    expect(u.wants).toEqual(['glossary']);
  });
  it('reads a site word holding a question as the question and the rest (多久到账 → 时限 支付)', () => {
    const u = understand('退保多久到账', small);
    expect(searchedText(u.terms)).toBe('退保 时限 支付');
    expect(u.wants).toEqual(['rules']);
  });
  it('keeps a glossary term whole even when it holds an answer word (诉讼时效)', () => {
    expect(searchedText(understand('诉讼时效', small).terms)).toBe('诉讼时效');
  });
  it('searches each word once', () => {
    expect(searchedText(understand('身故 过世 身故', small).terms)).toBe('身故');
  });
  it('leaves nothing to search for a query of stop words only', () => {
    expect(understand('能不能', small).terms).toEqual([]);
  });
});

describe('6. typos', () => {
  it('corrects one replaced character in a word of three or more', () => {
    expect(correctTypo('犹像期', small)).toBe('犹豫期');
  });
  it('corrects a two-character word only with a homophone (pinyin input’s mistake)', () => {
    expect(correctTypo('理陪', small)).toBe('理赔');
    expect(correctTypo('退报', small)).toBe('退保');
    expect(correctTypo('理财', small)).toBeUndefined();
  });
  it('corrects only where the segmenter found no word', () => {
    expect(searchedText(understand('理陪材料', small).terms)).toBe('理赔 材料');
    expect(understand('理陪材料', small).terms[0]).toMatchObject({ typed: '理陪', via: 'typo' });
  });
});

describe('bad input stays text', () => {
  it('reads markup, regex characters and emoji as plain characters without failing', () => {
    for (const q of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '🙂🙂', '"保全"', '']) {
      expect(() => understand(q, small)).not.toThrow();
    }
    expect(searchedText(understand('(.*)保全[?]', small).terms)).toBe('保全');
    expect(understand('🙂🙂', small).terms).toEqual([]);
  });
  it('cuts a 10,000-character query and still understands its start', () => {
    const u = understand('保全几天'.repeat(2500), small);
    expect(u.truncated).toBe(true);
    expect(searchedText(u.terms)).toBe('保全 时限');
  });
});

describe('with the lexicon built from this site’s data', () => {
  const lex = compiledSiteLexicon();
  const searched = (q: string) => searchedText(understand(q, lex).terms);

  it.each([
    ['去世了要带什么', '身故 材料'],
    ['人走了要带什么', '身故 材料'],
    ['受益人是小孩', '受益人 未成年人'],
    ['投诉要几天', '投诉 时限'],
    ['客户骂人怎么办', '客户 情绪激动'],
    ['保全几天办完', '保全 时限 办结'],
    ['身故理賠', '身故 理赔'],
    ['猶豫期', '犹豫期'],
    ['理陪材料', '理赔 材料'],
    ['犹像期', '犹豫期'],
    ['tuibao', '退保'],
    ['baoquan', '保全'],
    ['youyuqi', '犹豫期'],
    ['yyq', '犹豫期'],
  ])('「%s」 is searched as 「%s」', (query, words) => {
    expect(searched(query)).toBe(words);
  });

  it('never corrects a real word the segmenter knows, nor markup, into a site word', () => {
    expect(searched('<b>粗体</b>')).not.toContain('媒体');
  });
});
