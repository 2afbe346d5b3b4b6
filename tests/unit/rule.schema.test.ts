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

  it('rejects an unknown status', () => {
    expect(messages(schema.safeParse({ ...validRule(), status: '建议' }))[0]).toBe(
      'status: 状态必须是 现行全国规定 / 地方行业规范 / 公司制度示例 / 已废止 之一，收到的是 "建议"',
    );
  });

  it('rejects a citation of a source document that does not exist', () => {
    const r = { ...validRule(), source: { doc: 'henan-2015', article: '第三十条' } };
    expect(messages(schema.safeParse(r))[0]).toMatch(/^source\.doc: 找不到出处文件 "henan-2015"/);
  });

  it('rejects a citation without an article', () => {
    const r = { ...validRule(), source: { doc: 'henan-2014', article: '' } };
    expect(messages(schema.safeParse(r))).toEqual(['source.article: 请写明条款或位置（例如 第十九条）']);
  });

  it('requires a comparison for anything but the current national rule', () => {
    const r = { ...validRule(), status: '地方行业规范' };
    expect(messages(schema.safeParse(r))).toEqual([
      'comparison: 状态为「地方行业规范」的规则必须写 comparison，说明它与现行全国规定的关系',
    ]);
  });

  it('requires supersededBy on a repealed rule, and it must exist', () => {
    const base = {
      ...validRule(),
      id: 'old-rule',
      status: '已废止',
      comparison: { verdict: '已被取代', note: '已由新规定取代' },
    };
    expect(messages(schema.safeParse(base))).toEqual(['supersededBy: 已废止的规则必须用 supersededBy 指明取代它的规则']);
    expect(messages(schema.safeParse({ ...base, supersededBy: 'no-such-rule' }))[0]).toMatch(
      /^supersededBy: 找不到时限规则 "no-such-rule"/,
    );
    expect(messages(schema.safeParse({ ...base, supersededBy: 'national-rule' }))).toEqual([]);
  });

  it('rejects a comparison that points at a missing national rule', () => {
    const r = {
      ...validRule(),
      status: '地方行业规范',
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
