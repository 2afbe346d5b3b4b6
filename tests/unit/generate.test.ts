/** Generated questions: valid, sourced, linked to their section, true to the data, and free of the audit's defects. */
import { describe, expect, it } from 'vitest';
import { formatLimit } from '../../src/lib/format';
import { hasLimit } from '../../src/lib/countable';
import { generateQuestions } from '../../src/quizzes/generate';
import { sameDocumentTest } from '../../src/quizzes/gen/documents';
import { context, plain } from '../../src/quizzes/gen/shared';
import { generationSchema } from '../../src/schemas/generation';
import { questionSchema, type Question } from '../../src/schemas/quiz';
import { messages } from './fixtures';
import { bank, handWritten, known, norms, reversedNorms } from './bankData';

const questions = generateQuestions(norms);
/** Rules that state a number; a duty without one (委托领取须通知本人) has nothing to ask as a limit. */
const numbered = norms.rules.filter(hasLimit);
const ctx = context(norms);
const byId = new Map(questions.map((q) => [q.id, q]));
const texts = (q: Question | undefined, correct?: boolean) =>
  q && 'options' in q ? q.options.filter((o) => correct === undefined || o.correct === correct).map((o) => o.text) : [];

describe('generated questions', () => {
  it('are valid questions with unique ids, each citing a source and linking to the section that teaches it', () => {
    const schema = questionSchema(known);
    for (const q of questions) expect(schema.safeParse(q).error?.issues ?? [], q.id).toEqual([]);
    expect(byId.size).toBe(questions.length);
    for (const q of questions) {
      expect(q.sources?.length, q.id).toBeGreaterThan(0);
      expect(q.learn, q.id).toMatch(/#/);
    }
  });

  it('never call this site the authority or use internal words', () => {
    for (const q of questions) {
      const text = JSON.stringify([q.prompt, q.explanation, texts(q)]);
      expect(text, q.id).not.toMatch(/本站|本章|种子/);
    }
  });

  it('are the same whatever order the data comes in', () => {
    const again = generateQuestions(reversedNorms());
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
  });
});

describe('time limits', () => {
  const elsewhere = new Map(norms.config.rulesExaminedElsewhere.map((e) => [e.rule, e.question]));

  it('examine every number the rules teach: a generated question, or a named hand-written one', () => {
    const bankIds = new Set(bank.map((q) => q.id));
    for (const r of numbered) {
      if (elsewhere.has(r.id)) {
        expect(bankIds.has(elsewhere.get(r.id)!), `${r.id} → ${elsewhere.get(r.id)}`).toBe(true);
        continue;
      }
      expect(ctx.superseded(r), `${r.id} is superseded and must be listed in rulesExaminedElsewhere`).toBe(false);
      const number = byId.get(`gen-limit-${r.id}`);
      const pick = byId.get(`gen-unit-${r.id}`) ?? byId.get(`gen-value-${r.id}`);
      expect(number ?? pick, r.id).toBeDefined();
      if (number?.type === 'numeric') {
        expect(number.answer).toBe(r.limit.value);
        expect(number.unit).toBe(r.limit.unit === '工作日' ? '个工作日' : r.limit.unit);
      }
      // The prompt never holds the answer (…最长共60日, 复杂投诉的30日处理期限届满之日 once did).
      for (const q of [number, pick]) {
        const asked = q && 'prompt' in q ? q.prompt.slice(q.prompt.indexOf('」') + 1) : '';
        expect(asked, q?.id).not.toMatch(new RegExp(`(^|\\D)${r.limit.value}(\\D|$)`));
      }
      if (pick) expect(texts(pick, true), r.id).toEqual([formatLimit(r.limit)]);
    }
  });

  it('never ask as a bare number the value most often asked for its unit (a test-wise guess)', () => {
    const numeric = questions.filter((q) => q.type === 'numeric');
    const counts = new Map<string, Map<number, number>>();
    for (const q of numbered.filter((r) => !elsewhere.has(r.id) && !ctx.superseded(r))) {
      const m = counts.get(q.limit.unit) ?? new Map<number, number>();
      m.set(q.limit.value, (m.get(q.limit.value) ?? 0) + 1);
      counts.set(q.limit.unit, m);
    }
    for (const q of numeric) {
      if (q.type !== 'numeric') continue;
      const unit = q.unit === '个工作日' ? '工作日' : q.unit;
      const top = Math.max(...counts.get(unit)!.values());
      expect(counts.get(unit)!.get(q.answer), q.id).toBeLessThan(top);
    }
  });

  it('name the source when the rule is not the national rule that governs at the counter', () => {
    for (const r of numbered.filter((x) => !ctx.governs(x))) {
      const q = byId.get(`gen-limit-${r.id}`);
      if (q) expect(q.prompt, r.id).toMatch(/^按.+，「/);
    }
  });

  it('ask a limit among four real options, never a self-contradictory one, grouped with the number question', () => {
    for (const r of numbered) {
      const q = byId.get(`gen-unit-${r.id}`) ?? byId.get(`gen-value-${r.id}`);
      if (!q) continue;
      expect(q.type).toBe('single');
      const options = texts(q);
      expect(options).toHaveLength(4);
      for (const o of options) expect(o, r.id).toMatch(/^(不少于)?\d+(个工作日|日|天|小时|年)$/);
      expect(texts(q, true)).toEqual([formatLimit(r.limit)]);
      const number = byId.get(`gen-limit-${r.id}`);
      if (number) expect(q.group).toBe(number.group);
    }
  });

  it('say 可以 for a right (申请核查), 应 for a duty', () => {
    const q = byId.get('gen-limit-complaint-review-request') ?? byId.get('gen-unit-complaint-review-request')!;
    expect(q.prompt).toContain('投诉人最迟可以在');
    expect(byId.get('gen-limit-baoquan-accept')!.prompt).toContain('保险公司应在');
  });

  it('do not ask the 24-hour phone service as a deadline', () => {
    expect(byId.has('gen-limit-phone-24h')).toBe(false);
  });

  it('match tasks to the limits in the data, and link to the table of that business line', () => {
    const matching = questions.filter((q) => q.type === 'matching');
    expect(matching.length).toBeGreaterThan(0);
    for (const q of matching) {
      if (q.type !== 'matching') continue;
      for (const pair of q.pairs) expect(pair.right).toBe(formatLimit(numbered.find((r) => r.title === pair.left)!.limit));
    }
    expect(byId.get('gen-match-baoquan-accept')?.learn).toBe('policy-services#保全时限一览');
  });
});

describe('documents', () => {
  const same = sameDocumentTest(ctx);

  it('treat wordings of one document as the same document (the audit’s synonyms)', () => {
    const pairs: [string, string][] = [
      ['保险单', '保险单正本'],
      ['有关机构出具的事故证明', '事故证明（由处理事故的机构开具）和有关资料'],
      ['保险金申请书', '理赔申请书'],
      ['被保险人或受益人的身份证明', '受益人的身份证明和与被保险人的关系证明'],
      ['残疾证明', '符合保险合同约定的伤残鉴定书'],
    ];
    for (const [a, b] of pairs) expect(same(a, b), `${a} / ${b}`).toBe(true);
    expect(same('病理报告', '保险单')).toBe(false);
    expect(same('烧烫伤证明', '保费收据')).toBe(false);
  });

  it('key exactly the documents every case needs, never a case-type or treatment-only item (W1, W2)', () => {
    for (const l of norms.lists) {
      const q = byId.get(`gen-docs-${l.id}`);
      if (!q) continue;
      const basic = new Set(l.items.filter((i) => i.when.length === 0 && i.unless.length === 0).map((i) => plain(i.text)));
      for (const o of 'options' in q ? q.options : []) expect(basic.has(o.text), `${l.id}: ${o.text}`).toBe(o.correct);
    }
    // 医疗证明 is asked of every claim: 001 第四条（四） sets no condition on it (content review F3).
    expect(texts(byId.get('gen-docs-claim-basic'), true).join()).not.toMatch(/身故证明|残疾证明|烧烫伤|维修/);
    expect(texts(byId.get('gen-docs-claim-medical'), true).join()).not.toMatch(/住院收据|病理报告/);
  });

  it('never offer another wording of a right document as a wrong option', () => {
    for (const q of questions.filter((x) => x.id.startsWith('gen-docs-'))) {
      const list = norms.lists.filter((l) => q.id.startsWith(`gen-docs-${l.id}`)).sort((a, b) => b.id.length - a.id.length)[0];
      const condition = /“(.+)”的情形/.exec(q.prompt)?.[1];
      for (const wrong of texts(q, false)) {
        for (const right of texts(q, true)) expect(same(wrong, right), `${q.id}: ${wrong} ≈ ${right}`).toBe(false);
        // A wrong option may name a document of this list only in a condition question, and never one every case
        // needs or one the asked condition adds (another condition's document is a fair near miss).
        for (const item of list.items.filter((i) => same(wrong, i.text))) {
          const basic = item.when.length === 0 && item.unless.length === 0;
          expect(condition !== undefined && !basic && !item.when.includes(condition as never), `${q.id}: ${wrong} ≈ ${item.text}`).toBe(true);
        }
      }
    }
  });

  it('never borrow a document listed as too absurd for other lists (维修、物损发票 in a death claim)', () => {
    for (const { list, item } of norms.config.documentsNotAsDecoys) {
      const text = plain(norms.lists.find((l) => l.id === list)!.items.find((i) => i.id === item)!.text);
      for (const q of questions.filter((x) => x.id.startsWith('gen-docs-') && !x.id.startsWith(`gen-docs-${list}`))) {
        expect(texts(q), q.id).not.toContain(text);
      }
    }
  });

  it('ask what a condition adds from the `when` data', () => {
    const death = questions.find((q) => q.id.startsWith('gen-docs-claim-basic-') && texts(q, true).some((t) => t.startsWith('身故证明')));
    expect(death?.prompt).toContain('“身故”');
  });
});

describe('phrases', () => {
  const phrase = new Map(norms.phrases.map((p) => [p.text, p]));
  const never = norms.config.phrasesNeverAgainst;

  it('never pit a 必讲 phrase against a 提倡 phrase of the same moment, nor phrases that fit each other’s moment', () => {
    const say = questions.filter((q) => q.id.startsWith('gen-say-'));
    expect(say.length).toBeGreaterThan(15);
    for (const q of say) {
      const shown = texts(q).map((t) => phrase.get(t)!);
      const right = phrase.get(texts(q, true)[0])!;
      for (const p of shown.filter((x) => x !== right)) {
        expect(p.situation, q.id).not.toBe(right.situation);
        expect(p.level, q.id).not.toBe('必讲');
        expect(never.some((g) => g.phrases.includes(p.id) && g.phrases.includes(right.id)), `${q.id}: ${p.id}`).toBe(false);
      }
    }
    expect(byId.has('gen-say-counter-ask-need')).toBe(false);
    expect(byId.has('gen-say-counter-finish')).toBe(false);
    expect(byId.get('gen-must-counter-ask-need')).toMatchObject({ type: 'truefalse', answer: false });
  });

  it('balance taboo statements between true and false, and file sales taboos under 合规', () => {
    const taboos = questions.filter((q) => q.id.startsWith('gen-taboo-'));
    const trues = taboos.filter((q) => q.type === 'truefalse' && q.answer).length;
    expect(Math.abs(trues - (taboos.length - trues))).toBeLessThanOrEqual(1);
    for (const q of taboos) {
      const p = norms.phrases.find((x) => q.id === `gen-taboo-${x.id}`)!;
      expect(q.topics, q.id).toEqual(p.chapter === 'sales' ? ['合规'] : ['用语', '礼仪']);
    }
  });
});

describe('step orders', () => {
  it('come only from sequences a source states, in its order', () => {
    const ordering = questions.filter((q) => q.type === 'ordering');
    expect(ordering.map((q) => q.id).sort()).toEqual(norms.sequences.map((s) => `gen-order-${s.id}`).sort());
    for (const s of norms.sequences) {
      const q = byId.get(`gen-order-${s.id}`);
      expect(q?.type === 'ordering' && q.items).toEqual(s.steps);
      expect(q?.learn).toBe(s.learn);
    }
    // W3: 河南规范第二十九条 — 复核 straight after processing, then 单证编制 and 归档; no 办结.
    const baoquan = byId.get('gen-order-henan-baoquan-flow');
    expect(baoquan?.type === 'ordering' && baoquan.items.map((i) => i.text).slice(-3)).toEqual(['复核', '单证编制', '归档']);
  });

  it('ask the next step of a stated sequence, grouped with its ordering question', () => {
    const next = questions.filter((q) => q.id.startsWith('gen-next-'));
    expect(next.length).toBeGreaterThan(0);
    for (const q of next) {
      const s = norms.sequences.find((x) => q.id.startsWith(`gen-next-${x.id}-`))!;
      const k = s.steps.findIndex((x) => q.id === `gen-next-${s.id}-${x.id}`);
      expect(texts(q, true)).toEqual([s.steps[k + 1].text]);
      expect(q.group).toBe(byId.get(`gen-order-${s.id}`)!.group);
    }
  });
});

describe('near-duplicates of hand-written questions', () => {
  const listed = norms.config.nearDuplicates;

  it('join the group their hand-written twins declare (generation.yaml)', () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const { group, questions: ids } of listed) {
      expect(handWritten.some((q) => q.group === group), `${group} is declared by no hand-written question`).toBe(true);
      for (const id of ids) expect(byId.get(id)?.group, id).toBe(group);
    }
    expect(byId.get('gen-say-phone-not-heard')?.group).toBe('grp-phone-not-heard');
    expect(byId.get('gen-taboo-taboo-refuse-must-say')?.group).toBe('grp-refuse-must-say');
  });

  it('bring a generated group along whole, so its questions still never meet in one draw', () => {
    const number = questions.find((q) => q.id.startsWith('gen-limit-') && questions.some((u) => u !== q && u.group === q.group))!;
    const twins = questions.filter((q) => q.group === number.group).map((q) => q.id);
    const joined = generateQuestions({ ...norms, config: { ...norms.config, nearDuplicates: [{ group: 'grp-test', questions: [number.id], reason: '测试用的理由' }] } });
    expect(joined.filter((q) => q.group === 'grp-test').map((q) => q.id)).toEqual(twins);
  });

  it('name a generated question that exists, or the build fails saying which', () => {
    const config = { ...norms.config, nearDuplicates: [{ group: 'grp-x', questions: ['gen-say-no-such-phrase'], reason: '测试用的理由' }] };
    expect(() => generateQuestions({ ...norms, config })).toThrow(/generation\.yaml.+gen-say-no-such-phrase/);
  });

  it('list only generated questions: a hand-written one declares its group itself', () => {
    const nearDuplicates = [{ group: 'grp-x', questions: ['scn-phone-not-heard'], reason: '测试用的理由' }];
    expect(messages(generationSchema(known).safeParse({ ...norms.config, nearDuplicates }))).toEqual([
      'nearDuplicates.0.questions.0: 这里只列生成题的 id（以 gen- 开头）；手写题在题库文件里写 group',
    ]);
  });
});
