/** The source taxonomy: a document's kind and effect are separate, and contradictions are refused in Chinese. */
import { describe, expect, it } from 'vitest';
import { sourceDocumentSchema } from '../../src/schemas/source';
import { known, messages } from './fixtures';

const schema = sourceDocumentSchema(known());
const henan = () => ({
  id: 'henan-2014',
  title: '《河南省人身保险公司基础服务规范》',
  shortTitle: '河南基础服务规范',
  kind: '地方行业规范',
  region: '河南省',
  effect: '未能核对原文',
  issued: '2014-07-07',
  checked: '2026-11-30',
  seeds: ['000'],
});
const regulation = () => ({
  id: 'complaints-2013',
  title: '《保险消费投诉处理管理办法》',
  shortTitle: '2013年《保险消费投诉办法》',
  kind: '部门规章',
  effect: '现行',
  effective: '2013-11-01',
  checked: '2026-11-30',
  seeds: ['crossref'],
});

describe('source document', () => {
  it('accepts a local norm with its region and a current regulation', () => {
    expect(messages(schema.safeParse(henan()))).toEqual([]);
    expect(messages(schema.safeParse(regulation()))).toEqual([]);
  });

  it('accepts every kind and every effect the taxonomy names', () => {
    for (const kind of ['法律', '行政法规', '部门规章', '规范性文件', '全国行业自律规范', '公司制度', '培训材料示例']) {
      expect(messages(schema.safeParse({ ...regulation(), kind })), kind).toEqual([]);
    }
    expect(messages(schema.safeParse({ ...henan(), kind: '地方政府文件', region: '辽宁省' }))).toEqual([]);
    expect(messages(schema.safeParse({ ...regulation(), effect: '已废止', repealed: '2020-03-01' }))).toEqual([]);
    expect(
      messages(schema.safeParse({ ...regulation(), effect: '已被取代', replacedBy: 'life-basic-2010' })),
    ).toEqual([]);
  });

  it('rejects the old statuses, naming the allowed values', () => {
    expect(messages(schema.safeParse({ ...henan(), kind: '行业自律规范' }))[0]).toMatch(
      /^kind: 文件类别必须是 法律 \/ 行政法规 \/ 部门规章 \/ 规范性文件 .* 之一，收到的是 "行业自律规范"/,
    );
    expect(messages(schema.safeParse({ ...henan(), effect: '未核实' }))[0]).toBe(
      'effect: 效力必须是 现行 / 已被取代 / 已废止 / 未能核对原文 之一，收到的是 "未核实"',
    );
  });

  it('requires the date of the last check, in ISO form', () => {
    const { checked: _, ...noDate } = henan();
    expect(messages(schema.safeParse(noDate))[0]).toMatch(/^checked: /);
    expect(messages(schema.safeParse({ ...henan(), checked: '2026年11月30日' }))).toEqual([
      'checked: 核对日期 checked 必须写成 YYYY-MM-DD',
    ]);
    expect(messages(schema.safeParse({ ...henan(), checked: '2014-01-01' }))).toEqual(['checked: 核对日期不能早于印发日期']);
  });

  it('rejects a current document with a repeal date or a replacement', () => {
    expect(messages(schema.safeParse({ ...regulation(), repealed: '2020-03-01' }))).toEqual([
      'repealed: 效力为「现行」的文件不能有废止日期；已经废止的，请把 effect 改为「已废止」',
    ]);
    expect(messages(schema.safeParse({ ...regulation(), replacedBy: 'life-basic-2010' }))).toEqual([
      'replacedBy: 效力为「现行」的文件不能写 replacedBy；已被取代的，请把 effect 改为「已被取代」',
    ]);
  });

  it('rejects a repealed document without its repeal date and a superseded one without its replacement', () => {
    expect(messages(schema.safeParse({ ...regulation(), effect: '已废止' }))).toEqual([
      'repealed: 效力为「已废止」的文件必须写废止日期 repealed',
    ]);
    expect(messages(schema.safeParse({ ...regulation(), effect: '已被取代' }))).toEqual([
      'replacedBy: 效力为「已被取代」的文件必须用 replacedBy 写明取代它的文件',
    ]);
    expect(
      messages(schema.safeParse({ ...regulation(), effect: '已被取代', replacedBy: 'complaints-2013' })),
    ).toEqual(['replacedBy: 文件不能被自己取代']);
    expect(messages(schema.safeParse({ ...regulation(), effect: '已被取代', replacedBy: 'no-such-doc' }))[0]).toMatch(
      /^replacedBy: 找不到出处文件 "no-such-doc"/,
    );
  });

  it('requires a region on local documents and refuses one on national documents', () => {
    const { region: _, ...noRegion } = henan();
    expect(messages(schema.safeParse(noRegion))).toEqual([
      'region: 「地方行业规范」必须写 region，说明在哪个省市适用（例如 河南省）',
    ]);
    expect(messages(schema.safeParse({ ...regulation(), region: '河南省' }))).toEqual([
      'region: region 只用于地方行业规范和地方政府文件；「部门规章」不是地方文件，请删去 region',
    ]);
  });

  it('tells a 部门规章 (令) from a 规范性文件 (通知) by its document number (review F9)', () => {
    expect(messages(schema.safeParse({ ...regulation(), docNumber: '保监会令2013年第8号' }))).toEqual([]);
    expect(messages(schema.safeParse({ ...regulation(), kind: '规范性文件', docNumber: '保监发〔2017〕54号' }))).toEqual([]);
    expect(messages(schema.safeParse({ ...regulation(), docNumber: '保监发〔2017〕54号' }))).toEqual([
      'kind: 文号「保监发〔2017〕54号」不是“令”：部门规章以“令”公布，以通知等形式发布的是规范性文件',
    ]);
    expect(messages(schema.safeParse({ ...regulation(), kind: '规范性文件', docNumber: '保监会令2010年第4号' }))).toEqual([
      'kind: 文号「保监会令2010年第4号」是“令”，以令公布的是法律、行政法规、部门规章，不是「规范性文件」',
    ]);
  });

  it('rejects a repeal before the document took effect', () => {
    expect(
      messages(schema.safeParse({ ...regulation(), effect: '已废止', repealed: '2012-01-01' })),
    ).toEqual(['repealed: 废止日期不能早于施行日期']);
  });
});
