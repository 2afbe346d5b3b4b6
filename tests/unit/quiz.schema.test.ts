/** The question schema as an author meets it: option/item/pair ids, groups, sources, and the messages for mistakes. */
import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/quiz';
import { known, messages } from './fixtures';

describe('quiz question', () => {
  const schema = questionSchema({ ...known(), anchors: new Map([['policy-services', new Set(['什么是保全'])]]) });
  const valid = () => ({
    id: 'q-one',
    type: 'single',
    topics: ['流程'],
    difficulty: 1,
    prompt: '保全是什么？',
    options: [
      { id: 'a', text: '合同生效后维持合同有效的服务', correct: true },
      { id: 'b', text: '理赔的一种' },
    ],
    explanation: '见2010年《基本服务规定》第二条。',
    sources: [{ doc: 'life-basic-2010', article: '第二条' }],
    learn: 'policy-services#什么是保全',
  });
  it('accepts a single-choice question with exactly one right option and a real anchor', () => {
    expect(messages(schema.safeParse(valid()))).toEqual([]);
  });
  it('rejects a single-choice question without exactly one right option, naming the question', () => {
    const v = valid();
    v.options[1] = { id: 'b', text: '理赔的一种', correct: true };
    expect(messages(schema.safeParse(v))).toEqual(['options: 单选题 "q-one" 必须恰好有一个正确选项（现在有 2 个）']);
  });
  it('rejects a learn link to a missing chapter or a missing anchor', () => {
    expect(messages(schema.safeParse({ ...valid(), learn: 'baoquan' }))[0]).toMatch(/^learn: learn 指向不存在的章节 "baoquan"/);
    expect(messages(schema.safeParse({ ...valid(), learn: 'policy-services#不存在' }))[0]).toMatch(
      /^learn: learn 的锚点 "#不存在" 在章节 "policy-services" 中不存在/,
    );
  });
  it('rejects an unknown topic and an unknown type', () => {
    expect(messages(schema.safeParse({ ...valid(), topics: ['服务'] }))[0]).toMatch(/^topics\.0: 题目主题必须是/);
    expect(messages(schema.safeParse({ ...valid(), type: 'essay' }))[0]).toMatch(/题型 type 必须是/);
  });
  it('rejects a multiple-choice question with no right option', () => {
    const v = { ...valid(), type: 'multiple', options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }] };
    expect(messages(schema.safeParse(v))).toEqual(['options: 题目 "q-one" 至少要有一个正确选项']);
  });

  it('needs an id on every option, ordering item and matching pair, unique within the question', () => {
    const v = valid();
    expect(messages(schema.safeParse({ ...v, options: [{ text: '甲', correct: true }, { id: 'b', text: '乙' }] }))).toEqual([
      'options.0.id: 缺少 id：每个选项、排序项和连线对都要有 id（例如 id: a）',
    ]);
    expect(messages(schema.safeParse({ ...v, options: [{ id: 'a', text: '甲', correct: true }, { id: 'a', text: '乙' }] }))).toEqual([
      'options: 题目 "q-one" 的 options 中 id 重复：a（每项的 id 在本题内必须唯一）',
    ]);
    expect(messages(schema.safeParse({ ...v, options: [{ id: 'A', text: '甲', correct: true }, { id: 'b', text: '乙' }] }))[0]).toMatch(
      /^options\.0\.id: 选项 id 只能用小写字母、数字和连字符/,
    );
    const ordering = { ...v, type: 'ordering', options: undefined, items: [{ id: 'a', text: '一' }, { id: 'b', text: '二' }, { id: 'b', text: '三' }] };
    expect(messages(schema.safeParse(ordering))).toEqual(['items: 题目 "q-one" 的 items 中 id 重复：b（每项的 id 在本题内必须唯一）']);
    const matching = { ...v, type: 'matching', options: undefined, pairs: [{ left: '甲', right: '1' }, { id: 'b', left: '乙', right: '2' }] };
    expect(messages(schema.safeParse(matching))).toEqual(['pairs.0.id: 缺少 id：每个选项、排序项和连线对都要有 id（例如 id: a）']);
  });

  it('takes a group of near-duplicates and checks every source it cites', () => {
    expect(messages(schema.safeParse({ ...valid(), group: 'wrong-window' }))).toEqual([]);
    expect(messages(schema.safeParse({ ...valid(), group: '走错窗口' }))[0]).toMatch(/^group: id 只能用小写字母/);
    expect(messages(schema.safeParse({ ...valid(), sources: [{ doc: 'no-such-doc', article: '第一条' }] }))[0]).toMatch(
      /^sources\.0\.doc: 找不到出处文件 "no-such-doc"/,
    );
    expect(messages(schema.safeParse({ ...valid(), sources: [] }))).toEqual(['sources: 至少要写一条出处 { doc, article }']);
  });
});
