/** Small, valid building blocks for schema tests; each test changes one field. */
import type { KnownIds } from '../../src/schemas/refs';

export function known(partial: Partial<Record<keyof KnownIds, string[]>> = {}): KnownIds {
  const set = (k: keyof KnownIds, d: string[]) => new Set(partial[k] ?? d);
  return {
    rules: set('rules', ['baoquan-accept', 'national-rule']),
    documents: set('documents', ['claim-death']),
    phrases: set('phrases', ['must-greet']),
    situations: set('situations', ['客户来到柜面']),
    sources: set('sources', ['life-basic-2010', 'henan-2014']),
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
  status: '现行全国规定',
  chapter: 'policy-services',
  covers: ['B6'],
});

/** The messages of a failed parse, as `path: message` lines. */
export function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  if (result.success) return [];
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
