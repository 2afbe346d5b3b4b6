/** Generated questions match the norms data and pass the same schema as hand-written ones. */
import { describe, expect, it } from 'vitest';
import { formatLimit } from '../../src/lib/format';
import { generateQuestions, mainLine, type NormsData } from '../../src/quizzes/generate';
import { questionSchema } from '../../src/schemas/quiz';
import { type Rule } from '../../src/schemas/rule';
import { ruleStandings } from '../../src/lib/ruleStanding';
import { known, norms } from './bankData';

const data: NormsData = norms;
const questions = generateQuestions(data);
const standings = ruleStandings(data.rules, data.sources);
const governs = (r: Rule) => standings.get(r.id)!.governs;
const byId = new Map(questions.map((q) => [q.id, q]));

describe('generated questions', () => {
  it('are valid questions with unique ids', () => {
    const schema = questionSchema(known);
    for (const q of questions) expect(schema.safeParse(q).error?.issues ?? [], q.id).toEqual([]);
    expect(byId.size).toBe(questions.length);
  });

  it('ask every current national time limit with its exact value and unit', () => {
    const current = data.rules.filter((r) => governs(r) && r.limit.bound === '以内');
    expect(current.length).toBeGreaterThan(10);
    for (const r of current) {
      const q = byId.get(`gen-limit-${r.id}`);
      expect(q?.type).toBe('numeric');
      if (q?.type === 'numeric') {
        expect(q.answer).toBe(r.limit.value);
        expect(q.unit).toBe(r.limit.unit === '工作日' ? '个工作日' : r.limit.unit);
      }
    }
  });

  it('change when a rule changes', () => {
    const changed = { ...data, rules: data.rules.map((r) => (r.id === 'baoquan-accept' ? { ...r, limit: { ...r.limit, value: 3 } } : r)) };
    const q = generateQuestions(changed).find((x) => x.id === 'gen-limit-baoquan-accept');
    expect(q?.type === 'numeric' && q.answer).toBe(3);
    const unit = generateQuestions(changed).find((x) => x.id === 'gen-unit-baoquan-accept');
    expect(unit?.type === 'single' && unit.options.find((o) => o.correct)?.text).toContain('3个工作日');
  });

  it('do not ask about superseded or example rules as if they applied', () => {
    for (const r of data.rules.filter((r) => !governs(r))) {
      expect(byId.has(`gen-limit-${r.id}`), r.id).toBe(false);
    }
  });

  it('match time limits to tasks with the limits in the data', () => {
    for (const q of questions.filter((q) => q.type === 'matching')) {
      if (q.type !== 'matching') continue;
      for (const pair of q.pairs) {
        const rule = data.rules.find((r) => r.title === pair.left)!;
        expect(pair.right).toBe(formatLimit(rule.limit));
      }
    }
  });

  it('list exactly the documents of each list as right answers', () => {
    for (const l of data.lists) {
      const q = byId.get(`gen-docs-${l.id}`);
      if (!q || q.type !== 'multiple') continue;
      const texts = new Set(l.items.map((i) => i.text));
      for (const o of q.options) expect(texts.has(o.text), `${l.id}: ${o.text}`).toBe(o.correct);
    }
  });

  it('ask for the right phrase for each situation', () => {
    for (const p of data.phrases.filter((p) => p.level !== '禁忌')) {
      const q = byId.get(`gen-say-${p.id}`);
      if (q?.type !== 'single') continue;
      expect(q.options.find((o) => o.correct)?.text).toBe(p.text);
    }
  });

  it('order each process along its main line', () => {
    for (const p of data.processes) {
      const q = byId.get(`gen-order-${p.id}`);
      expect(q?.type, p.id).toBe('ordering');
      if (q?.type === 'ordering') expect(q.items[0].text).toBe(mainLine(p)[0].title.replace(/[：:].*$/, '').replace(/[？?]$/, ''));
    }
  });

  it('are the same every time (stable ids and options for re-grading)', () => {
    expect(JSON.stringify(generateQuestions(data))).toBe(JSON.stringify(questions));
  });
});
