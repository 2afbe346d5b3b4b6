import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../src/schemas/rule';
import { known, messages, validRule } from './fixtures';

const schema = ruleSchema(known());

describe('rule schema', () => {
  it('accepts a complete national rule', () => {
    expect(messages(schema.safeParse(validRule()))).toEqual([]);
  });

  it('rejects a unit that is not 工作日, 日 or 小时, naming the field', () => {
    const r = { ...validRule(), limit: { value: 1, unit: '周' } };
    expect(messages(schema.safeParse(r))).toEqual(['limit.unit: 时限单位必须是 工作日 / 日 / 小时 之一，收到的是 "周"']);
  });

  it('rejects a non-positive or fractional limit', () => {
    expect(messages(schema.safeParse({ ...validRule(), limit: { value: 0, unit: '日' } }))).toEqual([
      'limit.value: 时限数值必须是正整数',
    ]);
    expect(messages(schema.safeParse({ ...validRule(), limit: { value: 1.5, unit: '日' } }))[0]).toMatch(/^limit\.value:/);
  });

  it('has no status of its own: kind and effect come from the source', () => {
    const r = schema.safeParse({ ...validRule(), status: '现行全国规定' });
    expect(messages(r)).toEqual([]);
    expect(r.data).not.toHaveProperty('status');
  });

  it('rejects a rule effect other than 已被取代 / 已废止', () => {
    expect(messages(schema.safeParse({ ...validRule(), effect: '现行' }))[0]).toBe(
      'effect: 规则自己的效力只能写 已被取代 / 已废止（现行或未能核对原文随出处文件，不用写），收到的是 "现行"',
    );
  });

  it('rejects a citation of a source document that does not exist', () => {
    const r = { ...validRule(), source: { doc: 'henan-2015', article: '第三十条' } };
    expect(messages(schema.safeParse(r))[0]).toMatch(/^source\.doc: 找不到出处文件 "henan-2015"/);
  });

  it('rejects a citation without an article', () => {
    const r = { ...validRule(), source: { doc: 'life-basic-2010', article: '' } };
    expect(messages(schema.safeParse(r))).toEqual(['source.article: 请写明条款或位置（例如 第十九条）']);
  });

  it('requires a comparison for a rule that does not govern at the counter, naming its kind and effect', () => {
    const r = { ...validRule(), source: { doc: 'henan-2014', article: '第三十条' } };
    expect(messages(schema.safeParse(r))).toEqual([
      'comparison: 出处是「地方行业规范」、效力为「未能核对原文」的规则不是柜面应执行的现行全国规定，必须写 comparison，说明它与现行全国规定的关系',
    ]);
  });

  it('rejects a rule marked 已被取代 without the rule that replaces it', () => {
    const r = {
      ...validRule(),
      id: 'complaint-answer-2010',
      effect: '已被取代',
      comparison: { verdict: '已被取代', note: '投诉时限按2020年办法执行' },
    };
    expect(messages(schema.safeParse(r))).toEqual([
      'supersededBy: 本条的效力是「已被取代」，必须用 supersededBy 写明现在以哪条规则为准',
      'supersededBy: 对照结论是「已被取代」的规则必须用 supersededBy 写明取代它的规则',
    ]);
    expect(messages(schema.safeParse({ ...r, supersededBy: 'national-rule' }))).toEqual([]);
  });

  it('rejects a current national rule with a supersededBy', () => {
    const r = {
      ...validRule(),
      supersededBy: 'national-rule',
      comparison: { verdict: '已被取代', note: '已由新规定取代' },
    };
    expect(messages(schema.safeParse(r))).toEqual([
      'supersededBy: 本条的效力是「现行」（随出处「2010年《基本服务规定》」），不能写 supersededBy；如果本条已被后来的规定取代，请加上 effect: 已被取代',
    ]);
  });

  it('rejects supersededBy on a local rule that was never in force nationally', () => {
    const r = {
      ...validRule(),
      source: { doc: 'henan-2014', article: '第三十条' },
      supersededBy: 'national-rule',
      comparison: { verdict: '已被取代', note: '以全国规定为准' },
    };
    expect(messages(schema.safeParse(r))[0]).toBe(
      'supersededBy: 本条的效力是「未能核对原文」（随出处「河南基础服务规范」），不能写 supersededBy；如果本条已被后来的规定取代，请加上 effect: 已被取代',
    );
  });

  it('rejects a rule effect on a rule whose document is itself no longer current', () => {
    const r = {
      ...validRule(),
      source: { doc: 'complaints-2013', article: '第二十四条' },
      effect: '已被取代',
      supersededBy: 'national-rule',
      comparison: { verdict: '已被取代', note: '已由2020年办法取代' },
    };
    expect(messages(schema.safeParse(r))).toEqual([
      'effect: 出处「2013年《保险消费投诉办法》」的效力已是「已废止」，本条随之，不要另写 effect；effect 只用于出处现行、而本条已被后来的规定取代的情形',
    ]);
  });

  it('requires supersededBy on a rule from a repealed document, and it must exist', () => {
    const base = {
      ...validRule(),
      id: 'old-rule',
      source: { doc: 'complaints-2013', article: '第二十四条' },
      comparison: { verdict: '已被取代', note: '已由新规定取代' },
    };
    expect(messages(schema.safeParse(base))).toEqual([
      'supersededBy: 本条的效力是「已废止」，必须用 supersededBy 写明现在以哪条规则为准',
      'supersededBy: 对照结论是「已被取代」的规则必须用 supersededBy 写明取代它的规则',
    ]);
    expect(messages(schema.safeParse({ ...base, supersededBy: 'no-such-rule' }))[0]).toMatch(
      /^supersededBy: 找不到时限规则 "no-such-rule"/,
    );
    expect(messages(schema.safeParse({ ...base, supersededBy: 'national-rule' }))).toEqual([]);
  });

  it('requires the verdict 已被取代 when supersededBy is given', () => {
    const r = {
      ...validRule(),
      effect: '已被取代',
      supersededBy: 'national-rule',
      comparison: { verdict: '口径不同', note: '已由新规定取代' },
    };
    expect(messages(schema.safeParse(r))).toEqual([
      'comparison.verdict: 写了 supersededBy 的规则，comparison.verdict 必须是「已被取代」',
    ]);
  });

  it('rejects a comparison that points at a missing national rule', () => {
    const r = {
      ...validRule(),
      source: { doc: 'henan-2014', article: '第三十条' },
      comparison: { verdict: '宽于全国规定', nationalRule: 'baoquan-accept-national', note: '以全国规定为准' },
    };
    expect(messages(schema.safeParse(r))[0]).toMatch(/^comparison\.nationalRule: 找不到时限规则 "baoquan-accept-national"/);
  });

  it('rejects a chapter or inventory id that does not exist', () => {
    expect(messages(schema.safeParse({ ...validRule(), chapter: 'baoquan' }))[0]).toMatch(/^chapter: 找不到章节 "baoquan"/);
    expect(messages(schema.safeParse({ ...validRule(), covers: ['B99'] }))[0]).toMatch(/^covers\.0: 找不到知识点 "B99"/);
  });

  it('rejects ids that would make bad URLs', () => {
    expect(messages(schema.safeParse({ ...validRule(), id: '保全受理' }))[0]).toMatch(/^id: id 只能用小写字母/);
  });
});
