/** Small, valid building blocks for schema tests; each test changes one field. */
import type { KnownIds, RefKind, SourceFacts } from '../../src/schemas/refs';

/** Sources of the test registry, one of each standing the rule checks care about. */
export const SOURCE_FACTS: ReadonlyMap<string, SourceFacts> = new Map([
  ['life-basic-2010', { shortTitle: '2010年《基本服务规定》', kind: '部门规章', effect: '现行' }],
  ['complaints-2013', { shortTitle: '2013年《保险消费投诉办法》', kind: '部门规章', effect: '已废止' }],
  ['henan-2014', { shortTitle: '河南基础服务规范', kind: '地方行业规范', effect: '未能核对原文' }],
  ['industry-material', { shortTitle: '行业服务规范培训材料', kind: '培训材料示例', effect: '未能核对原文' }],
]);

export function known(partial: Partial<Record<RefKind, string[]>> = {}): KnownIds {
  const set = (k: RefKind, d: string[]) => new Set(partial[k] ?? d);
  return {
    sourceFacts: SOURCE_FACTS,
    rules: set('rules', ['baoquan-accept', 'national-rule']),
    documents: set('documents', ['claim-death']),
    phrases: set('phrases', ['must-greet']),
    situations: set('situations', ['客户来到柜面']),
    sources: set('sources', [...SOURCE_FACTS.keys()]),
    inventory: set('inventory', ['B6', 'B7']),
    glossary: set('glossary', ['baoquan']),
    chapters: set('chapters', ['policy-services']),
  };
}

export const validRule = () => ({
  id: 'baoquan-accept',
  title: '保全受理（资料齐全）',
  action: '完成保全受理',
  trigger: '收到资料齐全的保全申请之日',
  limit: { value: 2, unit: '工作日' },
  actor: '保险公司',
  businessLine: '保全',
  source: { doc: 'life-basic-2010', article: '第十九条第一款' },
  chapter: 'policy-services',
  covers: ['B6'],
});

/** The messages of a failed parse, as `path: message` lines. */
export function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  if (result.success) return [];
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
