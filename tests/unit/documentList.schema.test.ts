import { describe, expect, it } from 'vitest';
import { documentListSchema } from '../../src/schemas/documentList';
import { known, messages } from './fixtures';

const schema = documentListSchema(known());
const valid = () => ({
  id: 'claim-death',
  title: '身故保险金申请材料',
  serviceType: '身故',
  summary: '受益人申请身故保险金时带齐以下材料。',
  items: [
    { id: 'policy', text: '保险单', original: true },
    { id: 'death-proof', text: '死亡证明材料', anyOf: ['死亡证明', '丧葬证明'] },
    { id: 'guardian-account', text: '监护人的银行账户', when: ['未成年人'] },
  ],
  source: { doc: 'henan-2014', article: '第三十八条' },
  chapter: 'policy-services',
});

describe('document list schema', () => {
  it('accepts a list with conditional and alternative items, filling defaults', () => {
    const r = schema.safeParse(valid());
    expect(messages(r)).toEqual([]);
    expect(r.data!.items[0].when).toEqual([]);
    expect(r.data!.items[1].original).toBe(false);
  });

  it('rejects an unknown condition, naming the item', () => {
    const v = valid();
    v.items[2] = { id: 'x', text: '某材料', when: ['老年人'] };
    expect(messages(schema.safeParse(v))[0]).toMatch(/^items\.2\.when\.0: 材料适用条件必须是 .* 之一，收到的是 "老年人"/);
  });

  it('rejects an empty list', () => {
    expect(messages(schema.safeParse({ ...valid(), items: [] }))).toEqual(['items: 材料清单至少要有一项']);
  });

  it('rejects an item id used twice in one list', () => {
    const v = valid();
    v.items.push({ id: 'policy', text: '保单复印件' } as (typeof v.items)[number]);
    expect(messages(schema.safeParse(v))).toEqual(['items.3.id: 材料 id "policy" 在本清单中重复']);
  });

  it('rejects an unknown service type', () => {
    expect(messages(schema.safeParse({ ...valid(), serviceType: '车险' }))[0]).toMatch(/^serviceType: 业务类型必须是/);
  });
});
