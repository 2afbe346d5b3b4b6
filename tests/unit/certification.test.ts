/**
 * The certification exam as shipped: the blueprint the builder makes from the real bank, papers that
 * differ per trainee, and the length of a real 30-question result code (reported for the note).
 */
import { describe, expect, it } from 'vitest';
import { bank, quizzes } from './bankData';
import { makeBlueprint } from '../../src/lib/blueprint';
import { encodeResult, FINGERPRINT_PREFIX, type Assignment } from '../../src/lib/codes';
import { packResponse } from '../../src/lib/answerPacking';
import { assignmentPool, assignmentQuiz, traineePaper } from '../../src/lib/roster';
import type { QuizTopic } from '../../src/schemas/quiz';

const certification = quizzes.find((q) => q.id === 'certification')!;
const base: Assignment = { t: '服务规范认证考试', g: '2026年11月新员工班', q: 'certification', tp: [], n: 0, p: 80, m: 30, d: '2026-11-30', s: 'k3v9x2q7ab', rv: 'score', at: 1, ct: 'best', bp: [] };
const pool = assignmentPool(base, quizzes, bank);
const bp = makeBlueprint(pool, Object.keys(certification.perTopic!) as QuizTopic[], certification.perTopic!);
const a: Assignment = { ...base, bp, n: bp.reduce((s, [, , k]) => s + k, 0) };

describe('certification papers from the shipped bank', () => {
  it('fill the blueprint: the per-topic counts of the exam, split by difficulty', () => {
    expect(a.n).toBe(30);
    for (const [topic, want] of Object.entries(certification.perTopic!)) {
      expect(bp.filter(([t]) => t === topic).reduce((s, [, , k]) => s + k, 0), topic).toBe(want);
    }
    expect(assignmentQuiz(a, quizzes).minutes).toBe(30);
  });

  it('give trainees different papers with the same shape, never two of one group', () => {
    const papers = ['A1001', 'A1002', 'A1003', 'A1004'].map((s) => traineePaper(a, pool, s, 1).slots);
    for (const p of papers) {
      expect(p).toHaveLength(30);
      const groups = p.filter((q) => q.group).map((q) => q.group);
      expect(new Set(groups).size).toBe(groups.length);
    }
    const overlap = papers[0].filter((q) => papers[1].some((x) => x.id === q.id)).length;
    expect(overlap).toBeLessThan(15);
  });

  it('fit a 30-question result code in one chat message (≤ 300 characters)', async () => {
    const paper = traineePaper(a, pool, 'A1002', 1).slots;
    const answers = paper.map((q) => {
      if ('options' in q) return packResponse(q, q.options.filter((o) => o.correct).map((o) => o.id).length > 1 ? q.options.filter((o) => o.correct).map((o) => o.id) : q.options.find((o) => o.correct)!.id);
      if (q.type === 'ordering') return packResponse(q, [...q.items].reverse().map((i) => i.id));
      if (q.type === 'matching') return packResponse(q, Object.fromEntries(q.pairs.map((p) => [p.id, p.id])));
      return packResponse(q, q.answer);
    });
    const code = await encodeResult({
      aid: 'abcdEFGH', attempt: 1, name: '张三', staffNo: 'A1002',
      startedAt: Date.UTC(2026, 10, 20, 2), finishedAt: Date.UTC(2026, 10, 20, 2, 24, 31), timeout: false,
      fingerprints: paper.map((q) => q.fingerprint.slice(0, FINGERPRINT_PREFIX)), answers,
    });
    console.log(`Result code for 30 questions (name 张三, staff no. A1002): ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(300);
  });
});
