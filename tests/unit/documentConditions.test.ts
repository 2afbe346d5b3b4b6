/**
 * The conditions on 材料清单 items, checked against what the sources say (review F3, F10).
 * The table below is written from the source texts, item by item, independently of the YAML:
 * an item the source lists without a condition must not carry one, and an item the source adds
 * for a situation must carry exactly that situation. Only the circumstances a clerk ticks
 * (疾病, 意外, 未成年人, 委托办理, 宣告死亡, 作为遗产) are compared; conditions that only sort a
 * list by type of case are not a source's wording and are left to the list's own schema.
 */
import { describe, expect, it } from 'vitest';
import { DATA_PATHS, readEntries, readKnownIds } from '../../src/lib/dataFiles';
import { documentListSchema } from '../../src/schemas/documentList';

const CIRCUMSTANCES = ['疾病', '意外', '未成年人', '委托办理', '宣告死亡', '作为遗产'];

/** What the source says for each item: `when` it is needed, `unless` (another item replaces it). */
type Said = { when?: string[]; unless?: string[] };
const NONE: Said = {};
const SOURCES: Record<string, { cite: string; items: Record<string, Said> }> = {
  'claim-death': {
    cite: '河南规范第三十八条一：5. 受益人银行账户（若受益人为未成年人，需提供法定监护人的银行账户）；因疾病导致身故的……还需提供；因意外事故导致身故的……还需提供',
    items: {
      policy: NONE,
      'claim-form': NONE,
      'death-proof': NONE,
      'beneficiary-id': NONE,
      'beneficiary-account': { unless: ['未成年人'] },
      'guardian-account': { when: ['未成年人'] },
      diagnosis: { when: ['疾病'] },
      'discharge-summary': { when: ['疾病'] },
      'medical-record': { when: ['疾病'] },
      'accident-proof': { when: ['意外'] },
    },
  },
  'claim-disability': {
    cite: '河南规范第三十八条二：4. 被保险人或受益人身份证明（未成年人需提供监护人的身份证明和关系证明）——另加，不是替代；5. 银行账户（未成年人的，提供监护人账户）——替代',
    items: {
      'claim-form': NONE,
      policy: NONE,
      'disability-assessment': NONE,
      'insured-id': NONE,
      'guardian-id': { when: ['未成年人'] },
      'insured-account': { unless: ['未成年人'] },
      'guardian-account': { when: ['未成年人'] },
      diagnosis: { when: ['疾病'] },
      'discharge-summary': { when: ['疾病'] },
      'medical-record': { when: ['疾病'] },
    },
  },
  'claim-basic': {
    cite: '售后服务管理细则第四条（四）：2) 事故证明材料——发生意外事故以后；6) 医疗证明——没有条件',
    items: {
      policy: NONE,
      'premium-receipt': NONE,
      ids: NONE,
      'claim-form': NONE,
      'accident-proof': { when: ['意外'] },
      'death-proof': NONE,
      'disability-proof': NONE,
      'burn-proof': NONE,
      'medical-proof': NONE,
      'repair-invoice': NONE,
    },
  },
  'claim-medical': {
    cite: '售后服务管理细则第四条（四）：1) 基本资料，2) 事故证明——发生意外事故以后，6) 医疗证明',
    items: {
      policy: NONE,
      'premium-receipt': NONE,
      ids: NONE,
      'claim-form': NONE,
      'clinic-record': NONE,
      'lab-results': NONE,
      'clinic-receipt': NONE,
      'inpatient-receipt': NONE,
      pathology: NONE,
      'accident-proof': { when: ['意外'] },
    },
  },
  'sur-surrender': {
    cite: '河南规范第二十八条（可委托代办的项目，凭授权书）、第三十条',
    items: { policy: NONE, application: NONE, 'applicant-id': NONE, 'refund-account': NONE, authorisation: { when: ['委托办理'] } },
  },
  'sur-endorsement': {
    cite: '售后服务管理细则第六条；河南规范第二十八条、第三十条',
    items: {
      'endorsement-form': NONE,
      policy: NONE,
      'applicant-id': NONE,
      'change-proof': NONE,
      authorisation: { when: ['委托办理'] },
    },
  },
  'sur-baoquan-basic': {
    cite: '河南规范第二十八条、第三十条',
    items: { policy: NONE, application: NONE, 'applicant-id': NONE, authorisation: { when: ['委托办理'] } },
  },
};

const known = readKnownIds(process.cwd());
const lists = readEntries(process.cwd(), DATA_PATHS.documents).map((e) => documentListSchema(known).parse(e.data));
const circumstances = (xs: string[]) => xs.filter((x) => CIRCUMSTANCES.includes(x)).sort();

describe('材料清单 conditions follow the sources', () => {
  it('every list and every item is in the table written from the sources', () => {
    for (const list of lists) {
      const said = SOURCES[list.id];
      expect(said, `${list.id}: 请按出处原文把这份清单每一项的适用条件写进本测试的表`).toBeDefined();
      expect(list.items.map((i) => i.id).sort(), list.id).toEqual(Object.keys(said.items).sort());
    }
  });

  for (const [listId, { cite, items }] of Object.entries(SOURCES)) {
    it(`${listId}: each item carries exactly the circumstances the source states (${cite.slice(0, 20)}…)`, () => {
      const list = lists.find((l) => l.id === listId)!;
      for (const item of list.items) {
        const said = items[item.id];
        expect(circumstances(item.when), `${listId}/${item.id} when`).toEqual(circumstances(said.when ?? []));
        expect(circumstances(item.unless), `${listId}/${item.id} unless`).toEqual(circumstances(said.unless ?? []));
      }
    });
  }

  it('a minor’s case adds the guardian’s papers to the disability list without dropping the insured’s own proof (F10)', () => {
    const disability = lists.find((l) => l.id === 'claim-disability')!;
    const shown = disability.items.filter((i) => !i.unless.includes('未成年人')).map((i) => i.id);
    expect(shown).toContain('insured-id');
    expect(shown).toContain('guardian-id');
  });

  it('an accident claim keeps the medical records and receipts in the basic list (F3)', () => {
    const basic = lists.find((l) => l.id === 'claim-basic')!;
    const forAccident = basic.items.filter((i) => i.when.every((w) => w === '意外' || !CIRCUMSTANCES.includes(w)));
    expect(forAccident.map((i) => i.id)).toContain('medical-proof');
  });
});
