/**
 * The search lexicon as content: each file's schema (the message an author reads), the checks
 * across files, and the lexicon the build makes from this repository's data.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { checkSearchLexicon } from '../../src/lib/contentCheck';
import { searchIntentSchema } from '../../src/schemas/searchIntent';
import { stopWordGroupSchema } from '../../src/schemas/stopWords';
import { synonymSchema } from '../../src/schemas/synonym';
import { buildLexicon } from '../../src/search/build/lexicon';
import { checkLexicon, type SourceEntry } from '../../src/search/build/lexiconCheck';
import { known, messages } from './fixtures';
import { siteSources } from './searchLexicon';

describe('stop words', () => {
  const valid = { id: 'particles', note: '语气词，去掉不改变意思。', words: ['了', '吗'] };
  it('accepts a group with a reason', () => {
    expect(messages(stopWordGroupSchema.safeParse(valid))).toEqual([]);
  });
  it('rejects a phrase with punctuation or spaces, a sentence, a repeated word and a missing reason', () => {
    expect(messages(stopWordGroupSchema.safeParse({ ...valid, words: ['怎么 办'] }))).toEqual([
      'words.0: 词语只能由汉字、字母和数字组成，不能有空格或标点',
    ]);
    expect(messages(stopWordGroupSchema.safeParse({ ...valid, words: ['客户来了以后应该怎么接待'] }))).toEqual([
      'words.0: 词语最多 8 个字：更长的是句子，请拆成词语',
    ]);
    expect(messages(stopWordGroupSchema.safeParse({ ...valid, words: ['了', '了'] }))).toEqual(['words.1: 「了」在这组停用词里写了两次']);
    expect(messages(stopWordGroupSchema.safeParse({ ...valid, note: '' }))).toEqual(['note: 请用一句话说明为什么这些词可以去掉']);
  });
});

describe('synonyms', () => {
  const schema = synonymSchema(known({ chapters: ['claims/documents'] }));
  const valid = { id: 'shengu', term: '身故', words: ['过世', '人走了'], chapter: 'claims/documents', note: '理赔材料一章写“身故”。' };
  it('accepts colloquial words for a term used in a chapter', () => {
    expect(messages(schema.safeParse(valid))).toEqual([]);
  });
  it('rejects the term among its own colloquial words, and a chapter that does not exist', () => {
    expect(messages(schema.safeParse({ ...valid, words: ['过世', '身故'] }))).toEqual([
      'words.1: 「身故」就是规范用语本身，不要写进口头说法',
    ]);
    expect(messages(schema.safeParse({ ...valid, chapter: 'claims' }))[0]).toMatch(/^chapter: 找不到章节 "claims"/);
  });
});

describe('intents', () => {
  const valid = { id: 'deadline', card: 'rules', term: '时限', asks: ['几天'], words: ['时限'] };
  it('accepts an intent with questions and answer words', () => {
    expect(messages(searchIntentSchema.safeParse(valid))).toEqual([]);
  });
  it('rejects an unknown kind of card and an intent without questions', () => {
    expect(messages(searchIntentSchema.safeParse({ ...valid, card: 'faq' }))).toEqual([
      'card: card 必须是 rules / documents / phrases / glossary 之一，收到的是 "faq"',
    ]);
    expect(messages(searchIntentSchema.safeParse({ ...valid, asks: [] }))).toEqual(['asks: 提问的说法至少要写一个词']);
  });
});

describe('checks across the lexicon files', () => {
  const entry = <T>(file: string, id: string, data: T): SourceEntry<T> => ({ id, file, data });
  const base = () => ({
    stopWords: [entry('stopwords.yaml', 'particles', { words: ['了', '吗'] })],
    synonyms: [entry('synonyms.yaml', 'shengu', { term: '身故', words: ['过世'], chapter: 'claims/documents' })],
    intents: [entry('intents.yaml', 'deadline', { asks: ['几天'], words: ['时限'] })],
    glossary: [{ term: '退保', aliases: ['解约'] }],
    chapterText: () => '被保险人身故，受益人申请身故保险金',
  });

  it('finds nothing wrong in consistent files', () => {
    expect(checkLexicon(base())).toEqual([]);
  });
  it('names both places when one word is given two meanings', () => {
    const input = base();
    input.synonyms[0].data.words.push('几天');
    expect(checkLexicon(input)).toEqual([
      {
        file: 'intents.yaml',
        entry: 'deadline',
        field: 'asks.0',
        message: '「几天」已经写在 synonyms.yaml → shengu 的 words 里：一个词只能有一种处理（去掉、换成规范用语或认出提问）',
      },
    ]);
  });
  it('refuses to drop a glossary term or alias as a stop word', () => {
    const input = base();
    input.stopWords[0].data.words.push('解约');
    expect(checkLexicon(input).map((p) => `${p.field}: ${p.message}`)).toEqual(['words.2: 「解约」是术语表里「退保」的说法，不能当作停用词去掉']);
  });
  it('refuses a synonym that contradicts the glossary, and a term its chapter never uses', () => {
    const input = base();
    input.synonyms[0].data.words.push('解约');
    input.synonyms.push(entry('synonyms.yaml', 'bad', { term: '辞世', words: ['走了'], chapter: 'claims/documents' }));
    expect(checkLexicon(input).map((p) => `${p.entry} ${p.field}: ${p.message}`)).toEqual([
      'shengu words.1: 「解约」在术语表里是「退保」的又称，这里却换成「身故」：两处要一致',
      'bad term: 章节 claims/documents 里没有出现「辞世」：请写规范里实际使用的词',
    ]);
  });
  it('passes on the repository’s own files', () => {
    expect(checkSearchLexicon(process.cwd())).toEqual([]);
  });
});

describe('the lexicon built from this repository', () => {
  const lexicon = buildLexicon(siteSources());
  it('holds the pinyin of the site’s words and traditional forms of its characters', () => {
    const at = lexicon.words.indexOf('犹豫期');
    expect(lexicon.pinyin[at]).toBe('you yu qi');
    expect(lexicon.t2s).toContain('猶犹');
    expect(lexicon.t2s).toContain('賠赔');
  });
  it('stays small: under 25 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(lexicon)).length).toBeLessThan(25 * 1024);
  });
});
