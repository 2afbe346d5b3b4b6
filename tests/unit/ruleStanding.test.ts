/** A rule's standing follows its source; superseded rules point at the rule that governs now. */
import { describe, expect, it } from 'vitest';
import { DATA_PATHS, readEntries, readKnownIds } from '../../src/lib/dataFiles';
import { ruleStandings, sourceStanding } from '../../src/lib/ruleStanding';
import { ruleSchema } from '../../src/schemas/rule';
import { sourceDocumentSchema } from '../../src/schemas/source';

const root = process.cwd();
const known = readKnownIds(root);
const rules = readEntries(root, DATA_PATHS.rules).map((e) => ruleSchema(known).parse(e.data));
const sources = readEntries(root, DATA_PATHS.sources).map((e) => sourceDocumentSchema(known).parse(e.data));
const standings = ruleStandings(rules, sources);
const of = (id: string) => standings.get(id)!;

describe('rule standing', () => {
  it('a current national rule governs and points nowhere else', () => {
    expect(of('baoquan-accept')).toEqual({ kind: '部门规章', effect: '现行', national: true, governs: true });
    expect(of('claim-refusal-notice')).toMatchObject({ kind: '法律', governs: true });
  });

  it('an article superseded inside a current regulation: 部门规章, 已被取代, governed by the 2020 rule', () => {
    expect(of('complaint-answer-2010')).toEqual({
      kind: '部门规章',
      effect: '已被取代',
      national: true,
      governs: false,
      governedBy: 'complaint-decide-simple',
    });
  });

  it('a rule of a repealed regulation is 已废止 and names the rule that governs now', () => {
    expect(of('complaint-decide-2013')).toMatchObject({ effect: '已废止', governs: false, governedBy: 'complaint-decide-simple' });
  });

  it('a local norm does not govern; the national rule it is compared with does', () => {
    expect(of('baoquan-accept-henan')).toEqual({
      kind: '地方行业规范',
      effect: '未能核对原文',
      national: false,
      governs: false,
      governedBy: 'baoquan-accept',
    });
  });

  it('gives each rule the kind of its real source (review F8)', () => {
    expect(of('broker-staff-notice').kind).toBe('全国行业自律规范');
    expect(of('agri-public-notice').kind).toBe('地方政府文件');
    for (const id of [
      'uw-accept-decision-essay',
      'claim-initial-review-example',
      'phone-reply-call-example',
      'phone-reply-email-example',
      'complaint-example-industry',
    ]) {
      expect(of(id).kind, id).toBe('培训材料示例');
    }
    expect(of('claim-handover').kind).toBe('公司制度');
  });

  it('an example with no national counterpart has no governing rule', () => {
    expect(of('phone-reply-call-example')).toMatchObject({ governs: false });
    expect(of('phone-reply-call-example').governedBy).toBeUndefined();
  });

  it('every governedBy names a rule that itself governs', () => {
    for (const [id, s] of standings) {
      if (s.governedBy) expect(of(s.governedBy).governs, `${id} → ${s.governedBy}`).toBe(true);
      if (s.governs) expect(s.governedBy, id).toBeUndefined();
    }
  });

  it('follows a chain of comparisons to the first rule that governs', () => {
    const chain = ruleStandings(
      [
        { id: 'local', source: { doc: 'henan' }, comparison: { nationalRule: 'old' } },
        { id: 'old', source: { doc: 'reg' }, effect: '已被取代', supersededBy: 'new' },
        { id: 'new', source: { doc: 'reg' } },
      ],
      [
        { id: 'henan', kind: '地方行业规范', effect: '未能核对原文' },
        { id: 'reg', kind: '部门规章', effect: '现行' },
      ],
    );
    expect(chain.get('local')!.governedBy).toBe('new');
    expect(chain.get('old')!.governedBy).toBe('new');
  });

  it('a document by itself: national and current governs, anything else does not', () => {
    expect(sourceStanding({ kind: '规范性文件', effect: '现行' }).governs).toBe(true);
    expect(sourceStanding({ kind: '部门规章', effect: '已废止' }).governs).toBe(false);
    expect(sourceStanding({ kind: '公司制度', effect: '未能核对原文' }).governs).toBe(false);
  });

  it('classifies the register as the review found (F9): notices are 规范性文件, Liaoning is a government notice', () => {
    const kind = new Map(sources.map((s) => [s.id, s.kind]));
    expect(kind.get('traceable-2017')).toBe('规范性文件');
    expect(kind.get('claims-notice-2008')).toBe('规范性文件');
    expect(kind.get('agri-liaoning-2011')).toBe('地方政府文件');
    expect(kind.get('social-phrases-2009')).toBe('地方政府文件');
  });
});
