/** Re-grading results for an assignment, flags, the missed-topics summary and the CSV. */
import { describe, expect, it } from 'vitest';
import { isCorrect } from '../../src/quizzes/grading';
import { QUIZ_TOPICS, type Question } from '../../src/schemas/quiz';
import { assignmentQuestions, buildRoster, dueEnd, missedTopics, rosterCsv } from '../../src/lib/roster';
import type { Assignment, ResultCode } from '../../src/lib/codes';
import type { Response } from '../../src/quizzes/grading';
import { bank, quizzes } from './bankData';

const assignment: Assignment = { t: '11月时限考核', g: '一班', q: 'deadlines', tp: [], n: 10, p: 80, m: 20, d: '2026-11-30', s: 'seed-123456' };
const questions = assignmentQuestions(assignment, quizzes, bank);

/** A response that is right (or deliberately wrong) for a question. */
function answer(q: Question, right: boolean): Response {
  const wrongId = (opts: { id: string; correct: boolean }[]) => opts.find((o) => !o.correct)!.id;
  switch (q.type) {
    case 'single':
      return right ? q.options.find((o) => o.correct)!.id : wrongId(q.options);
    case 'multiple':
    case 'scenario':
      return right ? q.options.filter((o) => o.correct).map((o) => o.id) : [wrongId(q.options)];
    case 'truefalse':
      return right ? q.answer : !q.answer;
    case 'numeric':
      return right ? q.answer : q.answer + 1;
    case 'ordering':
      return right ? q.items.map((i) => i.id) : q.items.map((i) => i.id).reverse();
    case 'matching':
      return Object.fromEntries(q.pairs.map((p, i) => [p.id, right ? p.id : q.pairs[(i + 1) % q.pairs.length].id]));
  }
}

const result = (name: string, no: string, rightCount: number, over: Partial<ResultCode> = {}): { data: ResultCode; check: string } => {
  const r: Record<string, Response> = {};
  questions.forEach((q, i) => (r[q.id] = answer(q, i < rightCount)));
  return {
    check: `chk-${no}-${rightCount}`.padEnd(10, 'x').slice(0, 10),
    data: {
      ac: 'assignchk1',
      a: assignment,
      nm: name,
      no,
      qs: questions.map((q) => q.id),
      r,
      st: Date.UTC(2026, 10, 25, 1, 0),
      fi: Date.UTC(2026, 10, 25, 1, 15),
      sc: Math.round((rightCount / questions.length) * 100),
      ...over,
    },
  };
};

describe('assignment draw', () => {
  it('gives every trainee the same questions', () => {
    expect(assignmentQuestions(assignment, quizzes, bank).map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(questions).toHaveLength(10);
  });
  it('answers built for the test really are right or wrong', () => {
    for (const q of questions) {
      expect(isCorrect(q, answer(q, true)), q.id).toBe(true);
      expect(isCorrect(q, answer(q, false)), q.id).toBe(false);
    }
  });
});

describe('roster', () => {
  const a = { data: assignment, check: 'assignchk1' };
  it('re-grades instead of trusting the stated score, and flags what does not fit', () => {
    const rows = buildRoster(
      a,
      [
        result('张三', 'A1', 10),
        result('李四', 'A2', 6),
        result('王五', 'A3', 5, { sc: 100 }), // claims a full score
        result('张三', 'a1', 9), // same staff number again
        result('赵六', 'A4', 10, { fi: dueEnd('2026-11-30') + 1 }), // one millisecond late
        result('孙七', 'A5', 10, { ac: 'otherchk99' }),
        result('周八', 'A6', 10, { qs: [...questions.slice(1).map((q) => q.id), 'gen-limit-claim-payment'] }),
      ],
      bank,
      quizzes,
    );
    expect(rows.map((r) => [r.name, r.score.percent, r.passed, r.flags])).toEqual([
      ['张三', 100, true, []],
      ['李四', 60, false, []],
      ['王五', 50, false, ['score-differs']],
      ['张三', 90, true, ['duplicate']],
      ['赵六', 100, true, ['late']],
      ['孙七', 100, true, ['other-assignment']],
      ['周八', expect.any(Number), expect.any(Boolean), expect.arrayContaining(['not-drawn'])],
    ]);
    expect(rows[0].minutes).toBe(15);
  });

  it('counts the topics the group missed most, over results without problems', () => {
    const rows = buildRoster(a, [result('张三', 'A1', 10), result('李四', 'A2', 6)], bank, quizzes);
    const missed = missedTopics(rows);
    const wrongQuestions = questions.slice(6); // 李四 answered the last four wrongly
    const timeLimits = missed.find((m) => m.topic === '时限')!;
    expect(timeLimits.wrong).toBe(wrongQuestions.filter((q) => q.topics.includes('时限')).length);
    expect(timeLimits.total).toBe(2 * questions.filter((q) => q.topics.includes('时限')).length);
    const ratios = missed.map((m) => m.wrong / m.total);
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
  });

  it('writes a CSV that Excel opens in Chinese: BOM, CRLF, quoted cells, no formulas', () => {
    const rows = buildRoster(a, [result('张三', 'A1', 10), result('=HYPERLINK("x")', 'B,2', 6)], bank, quizzes);
    const csv = rosterCsv(rows, assignment);
    expect(csv.startsWith('\uFEFF11月时限考核（一班）,及格线 80 分,截止 2026-11-30\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const topics = QUIZ_TOPICS.filter((t) => questions.some((q) => q.topics.includes(t)));
    expect(lines[1]).toBe(['姓名', '工号', '得分', '是否通过', '用时（分钟）', '交卷时间', ...topics.map((t) => `${t}（答对/题数）`), '核验码', '备注'].join(','));
    const n = questions.filter((q) => q.topics.includes(topics[0])).length;
    expect(lines[2].startsWith(`张三,A1,100,通过,15,2026-11-25 09:15,${n}/${n},`)).toBe(true);
    expect(lines[3]).toMatch(/^"'=HYPERLINK\(""x""\)","B,2",60,未通过,/);
  });
});
