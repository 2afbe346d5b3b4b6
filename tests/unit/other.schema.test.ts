import { describe, expect, it } from 'vitest';
import { chapterFields } from '../../src/schemas/chapter';
import { glossarySchema } from '../../src/schemas/glossary';
import { inventoryItemSchema } from '../../src/schemas/inventory';
import { ui } from '../../src/i18n/ui';
import { uiStringsSchema } from '../../src/i18n/uiSchema';
import { known, messages } from './fixtures';

describe('chapter frontmatter', () => {
  const schema = chapterFields(known());
  const valid = () => ({
    sources: [{ doc: 'henan-2014', article: '第三十条' }],
    covers: ['B6'],
    audience: ['柜面'],
    topic: '保全',
  });

  it('accepts a chapter with sources, covers, audience and topic', () => {
    expect(messages(schema.safeParse(valid()))).toEqual([]);
  });

  it('requires every teaching field on a chapter, with a message per field', () => {
    expect(messages(schema.safeParse({}))).toEqual([
      'sources: 章节必须填写 sources（出处：文件和条款）',
      'covers: 章节必须填写 covers（本章讲授的知识点 id）',
      'audience: 章节必须填写 audience（读者：新员工 / 柜面 / 管理者）',
      'topic: 章节必须填写 topic（主题）',
    ]);
  });

  it('lets non-chapter pages (home, 404) omit them', () => {
    expect(messages(schema.safeParse({ kind: 'page' }))).toEqual([]);
  });

  it('rejects a covered inventory id that does not exist', () => {
    expect(messages(schema.safeParse({ ...valid(), covers: ['Z1'] }))[0]).toMatch(/^covers\.0: 找不到知识点 "Z1"/);
  });

  it('rejects an unknown audience', () => {
    expect(messages(schema.safeParse({ ...valid(), audience: ['客户'] }))[0]).toMatch(
      /^audience\.0: 读者必须是 新员工 \/ 柜面 \/ 管理者 之一/,
    );
  });
});

describe('glossary term', () => {
  const schema = glossarySchema(known());
  it('accepts a term without source', () => {
    expect(messages(schema.safeParse({ id: 'working-day', term: '工作日', definition: '国家规定的上班日。' }))).toEqual([]);
  });
  it('rejects a definition that is too short to help', () => {
    expect(messages(schema.safeParse({ id: 'x', term: '保全', definition: '服务' }))[0]).toMatch(/^definition:/);
  });
});

describe('inventory item', () => {
  it('accepts an id in the inventory form', () => {
    expect(messages(inventoryItemSchema.safeParse({ id: 'B6', area: '保全', title: '保全受理时限', seeds: ['000'] }))).toEqual([]);
  });
  it('rejects another form', () => {
    expect(messages(inventoryItemSchema.safeParse({ id: 'b-6', area: '保全', title: '保全受理时限', seeds: ['000'] }))).toEqual([
      'id: 知识点 id 形如 B6（一个大写字母加数字）',
    ]);
  });
});

describe('UI strings', () => {
  it('has no empty string', () => {
    expect(uiStringsSchema.safeParse(ui).success).toBe(true);
    const broken = { ...ui, 'rule.limit': '' };
    expect(messages(uiStringsSchema.safeParse(broken))).toEqual(['rule.limit: 界面文字 rule.limit 不能为空']);
  });
});
