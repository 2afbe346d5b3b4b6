/**
 * Structural checks for the content-accuracy review (issue 12): each would have caught its finding.
 * F8/F9 (standing from the source) live in ruleStanding.test.ts; F3/F10 (conditions on list items)
 * in documentConditions.test.ts; the four conflicts on 法规对照 are also checked in the browser.
 */
import { describe, expect, it } from 'vitest';
import { DATA_PATHS, readEntries, readKnownIds } from '../../src/lib/dataFiles';
import { ruleStandings } from '../../src/lib/ruleStanding';
import { comparisonSchema } from '../../src/schemas/comparison';
import { processSchema, type ProcessDefinition } from '../../src/schemas/process';
import { ruleSchema } from '../../src/schemas/rule';
import { sourceDocumentSchema } from '../../src/schemas/source';
import { known as fixtureKnown, messages } from './fixtures';

const root = process.cwd();
const known = readKnownIds(root);
const load = <T>(path: string, schema: { parse: (x: unknown) => T }) => readEntries(root, path).map((e) => schema.parse(e.data));
const processes = load(DATA_PATHS.processes, processSchema(known));
const rules = load(DATA_PATHS.rules, ruleSchema(known));
const sources = load(DATA_PATHS.sources, sourceDocumentSchema(known));
const comparisons = load(DATA_PATHS.comparisons, comparisonSchema(known));
const standings = ruleStandings(rules, sources);
const processById = (id: string) => processes.find((p) => p.id === id)!;
const stepOf = (p: ProcessDefinition, id: string) => p.steps.find((s) => s.id === id)!;
const nextOf = (p: ProcessDefinition, id: string) => {
  const s = stepOf(p, id);
  return s.next ? [s.next] : (s.choices ?? []).map((c) => c.to);
};

/** Whether `to` can be reached from `from` without passing through any step in `avoid`. */
function reaches(p: ProcessDefinition, from: string, to: string, avoid: string[] = []): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return true;
    for (const n of nextOf(p, at)) {
      if (!seen.has(n) && !avoid.includes(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}

describe('walkthroughs follow the sources', () => {
  it('F1: a customer without proof for a change is not turned away — the change can still be accepted after a check', () => {
    const p = processById('endorsement');
    const noProof = stepOf(p, 'notifyIncomplete').choices!.find((c) => /拿不出/.test(c.label))!;
    expect(noProof, '资料不全时要有“拿不出证明”的分支').toBeDefined();
    expect(reaches(p, noProof.to, 'accept', ['checkDocs']), '拿不出证明的，核实后仍能受理').toBe(true);
    for (const s of p.steps) expect(s.body, s.id).not.toMatch(/办不了/);
  });

  it('F2: after the counter’s first check of a claim report, nothing ends in 不予受理', () => {
    const p = processById('reporting');
    const after = p.steps.filter((s) => reaches(p, 'firstCheck', s.id));
    for (const s of after) expect(s.outcome?.kind, s.id).not.toBe('不予受理');
  });

  it('F6: parents insuring a minor reach signing and payment without waiting for the child’s signature', () => {
    const p = processById('underwriting');
    expect(reaches(p, 'deathCover', 'signAndPay', ['insuredSigns'])).toBe(true);
    expect(reaches(p, 'deathCover', 'insuredSigns')).toBe(true);
  });

  it('F15: a refusal after 核定 is a 拒赔 and a declined application is 不予承保, never 不予受理', () => {
    const ends = processes.flatMap((p) => p.steps.filter((s) => s.outcome).map((s) => ({ where: `${p.id}/${s.id}`, ...s.outcome! })));
    for (const e of ends.filter((e) => /拒赔|拒绝赔偿|不属于保险责任/.test(e.text))) expect(e.kind, e.where).toBe('拒赔');
    for (const e of ends.filter((e) => /不同意承保/.test(e.text))) expect(e.kind, e.where).toBe('不予承保');
  });

  it('F22: the claim check of a death case points back to the any-one-of-three death proof list', () => {
    const check = stepOf(processById('claim'), 'checkDocs');
    expect(check.body).toMatch(/死亡证明、丧葬证明、户籍注销证明/);
  });
});

describe('rules and comparisons', () => {
  it('F7: a rule that governs never carries a local norm’s wording in what it does not count', () => {
    for (const r of rules.filter((r) => standings.get(r.id)!.governs)) {
      expect(r.excludes ?? '', r.id).not.toMatch(/河南|地方|公司/);
    }
  });

  it('the four conflicts the review found missing are on 法规对照, each set against a national rule', () => {
    const national = new Set(sources.filter((s) => ['法律', '行政法规', '部门规章', '规范性文件'].includes(s.kind)).map((s) => s.id));
    const expected: Record<string, { seed: string; national: string; articles: RegExp }> = {
      'claim-intake-refusal': { seed: 'aftersales-rules', national: 'insurance-law', articles: /第二十一条.*第二十三条.*第二十四条.*第二十六条.*第三十六条/ },
      'insured-signs-minor': { seed: 'henan-2014', national: 'insurance-law', articles: /第三十四条/ },
      'baoquan-lost-reissue': { seed: 'henan-2014', national: 'life-basic-2010', articles: /第二十条/ },
      'death-proof-lists': { seed: 'aftersales-rules', national: 'insurance-law', articles: /第二十二条/ },
    };
    for (const [id, want] of Object.entries(expected)) {
      const c = comparisons.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(c!.seed.source.doc, id).toBe(want.seed);
      expect(c!.national.source.doc, id).toBe(want.national);
      expect(national.has(c!.national.source.doc), id).toBe(true);
      expect(c!.national.source.article, id).toMatch(want.articles);
    }
    expect(comparisons.find((c) => c.id === 'death-proof-lists')!.other?.source.doc).toBe('henan-2014');
  });

  it('F14: 已被取代 is said only where a rule or document really is superseded', () => {
    for (const c of comparisons.filter((c) => c.verdict === '已被取代')) {
      const seedEffect = sources.find((s) => s.id === c.seed.source.doc)!.effect;
      const supersededRule = c.rules.some((id) => standings.get(id)!.effect !== '现行' && !standings.get(id)!.governs);
      expect(seedEffect !== '现行' || supersededRule, c.id).toBe(true);
    }
  });

  it('F14: two national texts are never compared as 严于 / 宽于全国规定', () => {
    const schema = comparisonSchema(fixtureKnown());
    const c = {
      id: 'claim-decision-law',
      title: '理赔核定时限',
      seed: { says: '5个工作日内作出核定。', source: { doc: 'life-basic-2010', article: '第二十三条' } },
      national: { says: '及时作出核定，复杂的30日内。', source: { doc: 'life-basic-2010', article: '第二十三条' } },
      verdict: '严于全国规定',
      governs: '按5个工作日执行。',
      chapter: 'policy-services',
    };
    expect(messages(schema.safeParse(c))).toEqual([
      'verdict: 对照的一方「2010年《基本服务规定》」本身就是全国规定（部门规章），不能说「严于全国规定」；细化上位法的用「更具体」，后来的规定增加要求的用「已补充」',
    ]);
    expect(messages(schema.safeParse({ ...c, verdict: '更具体' }))).toEqual([]);
    const localNational = { ...c, verdict: '更具体', national: { ...c.national, source: { doc: 'henan-2014', article: '第三十条' } } };
    expect(messages(schema.safeParse(localNational))).toEqual([
      'national.source.doc: national 一方必须引用全国规定（法律、行政法规、部门规章或规范性文件），「河南基础服务规范」是地方行业规范',
    ]);
  });
});
