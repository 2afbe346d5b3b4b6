/** Re-grading from the code alone: derived papers, fingerprints, attempts, flags, who has not handed in, CSV. */
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/schemas/quiz';
import { packResponse } from '../../src/lib/answerPacking';
import type { Assignment, ResultData } from '../../src/lib/codes';
import { buildRoster, dueEnd, gradeResult, missedTopics, notSubmitted, reminderText, traineePaper, type GradedAttempt } from '../../src/lib/roster';
import { analysedPapers, itemCsv, rosterCsv } from '../../src/lib/rosterReports';
import { itemStatistics, kr20 } from '../../src/lib/itemAnalysis';

/** A pool of single-answer questions: 时限 (difficulty 1) and 合规 (difficulty 2), six each; right option is "a". */
const pool: BankQuestion[] = [...Array(12).keys()].map((i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  type: 'single',
  topics: i < 6 ? ['时限'] : ['合规'],
  difficulty: i < 6 ? 1 : 2,
  prompt: `第 ${i} 题的题干`,
  options: [
    { id: 'a', text: '对的', correct: true },
    { id: 'b', text: '错的', correct: false },
  ],
  explanation: '依据示例规定第一条。',
  learn: 'counter',
  fingerprint: (0xa00000 + i * 4099).toString(16) + '00',
})) as unknown as BankQuestion[];

const a: Assignment = {
  t: '11月认证', g: '一班', q: '', tp: ['时限', '合规'], n: 4, p: 75, m: 20, d: '2026-11-30', s: 'seed-1234',
  rv: 'score', at: 2, ct: 'best', bp: [['时限', 1, 2], ['合规', 2, 2]],
};
const start = Date.UTC(2026, 10, 25, 1, 0, 0);

/** A result for `staffNo`: the first `right` slots answered right, the rest wrong. */
function result(name: string, staffNo: string, right: number, over: Partial<ResultData> = {}): ResultData {
  const paper = traineePaper(a, pool, staffNo, over.attempt ?? 1).slots;
  return {
    aid: 'abcdEFGH', attempt: 1, name, staffNo, startedAt: start, finishedAt: start + 600_000, timeout: false,
    fingerprints: paper.map((q) => q.fingerprint.slice(0, 6)),
    answers: paper.map((q, i) => packResponse(q, i < right ? 'a' : 'b')),
    ...over,
  };
}
const grade = (r: ResultData, p = pool) => gradeResult(a, p, r, `chk-${r.staffNo}-${r.attempt}`);

describe('derived papers', () => {
  it('give each trainee a different paper from the same blueprint', () => {
    const papers = ['A1', 'A2', 'A3', 'A4', 'A5'].map((s) => traineePaper(a, pool, s, 1).slots.map((q) => q.id));
    expect(new Set(papers.map((p) => p.join())).size).toBeGreaterThan(1);
    for (const p of papers) {
      expect(p.filter((id) => id < 'q06')).toHaveLength(2);
      expect(p.filter((id) => id >= 'q06')).toHaveLength(2);
    }
  });

  it('are the same for the same staff number however it is typed, and differ by attempt', () => {
    expect(traineePaper(a, pool, 'ａ１', 1).slots).toEqual(traineePaper(a, pool, 'A1', 1).slots);
    const attempts = [1, 2, 3, 4].map((n) => traineePaper(a, pool, 'A1', n).slots.map((q) => q.id).join());
    expect(new Set(attempts).size).toBeGreaterThan(1);
  });

  it('survive an added question unless it ranks into the paper', () => {
    const bigger = [...pool, { ...pool[0], id: 'q99', fingerprint: 'ffffff00' }];
    const staff = [...Array(40).keys()].map((i) => `S${i}`);
    const same = staff.filter((s) => traineePaper(a, bigger, s, 1).slots.every((q, i) => q.id === traineePaper(a, pool, s, 1).slots[i].id));
    // q99 joins a cell of six: it displaces a question in about a third of papers (2 of 7 ranks), never more.
    expect(same.length).toBeGreaterThan(staff.length / 3);
  });

  it('never hold two questions of one near-duplicate group', () => {
    const grouped = pool.map((q, i) => (i < 4 ? { ...q, group: 'same-case' } : q)) as BankQuestion[];
    for (let s = 0; s < 30; s++) {
      expect(traineePaper(a, grouped, `S${s}`, 1).slots.filter((q) => q.group === 'same-case').length).toBeLessThanOrEqual(1);
    }
  });
});

describe('re-grading from the code', () => {
  it('grades the derived paper, not a score the trainee claims', () => {
    const g = grade(result('张三', 'A1', 3));
    expect([g.correct, g.total, g.percent, g.passed, g.flags]).toEqual([3, 4, 75, true, []]);
    expect(g.items.every((i) => i.status === 'graded')).toBe(true);
  });

  it('does not pass someone else with a shared answer list', () => {
    // Half the questions have "b" as their right option, so papers differ in their answer lists.
    const flip = (q: BankQuestion) => ('options' in q ? { ...q, options: q.options.map((o) => ({ ...o, correct: !o.correct })) } : q);
    const varied = pool.map((q, i) => (i % 2 ? flip(q) : q)) as BankQuestion[];
    const rightId = (q: BankQuestion) => ('options' in q ? q.options.find((o) => o.correct)!.id : '');
    const mine = traineePaper(a, varied, 'A1', 1).slots;
    const shared = mine.map((q) => packResponse(q, rightId(q)));
    // 张三's full-marks answer list, typed into the code of a colleague whose paper differs.
    const colleague = [...Array(50).keys()].map((k) => `B${k}`).find((s) => traineePaper(a, varied, s, 1).slots.some((q, i) => rightId(q) !== rightId(mine[i])))!;
    const theirs = traineePaper(a, varied, colleague, 1).slots;
    const copy: ResultData = { ...result('李四', colleague, 0), fingerprints: theirs.map((q) => q.fingerprint.slice(0, 6)), answers: shared };
    const g = gradeResult(a, varied, copy, 'x');
    expect(g.correct).toBe(theirs.filter((q, i) => rightId(q) === rightId(mine[i])).length);
    expect(g.percent).toBeLessThan(100);
  });

  it('leaves out a question changed after the trainee answered it, with the reason, and never grades the old answer against new text', () => {
    const r = result('张三', 'A1', 4);
    const changedId = traineePaper(a, pool, 'A1', 1).slots[1].id;
    const newBank = pool.map((q) => (q.id === changedId ? { ...q, prompt: '改过的题干', fingerprint: '12345600' } : q));
    const g = grade(r, newBank);
    expect(g.items[1]).toMatchObject({ status: 'changed', question: null });
    expect(g.items[1].reason).toMatch(/第 2 题在学员作答后改过（现在的题目是「改过的题干」）.*不计入得分/);
    expect([g.correct, g.total, g.percent]).toEqual([3, 3, 100]);
    expect(g.flags).toContain('changed');
  });

  it('finds a question by its fingerprint when a bank update moved it out of the derived paper', () => {
    const r = result('张三', 'A1', 4);
    const paper = traineePaper(a, pool, 'A1', 1).slots;
    // A newcomer that ranks first in its cell pushes one of the trainee's questions out of the derived paper.
    const newcomer = Array.from({ length: 200 }, (_, k) => ({ ...pool[0], id: `new${k}`, fingerprint: `${(0xb00000 + k).toString(16)}00` }))
      .find((q) => traineePaper(a, [...pool, q], 'A1', 1).slots.some((x) => x.id === q.id))!;
    const g = grade(r, [...pool, newcomer]);
    expect(g.items.some((i) => i.status === 'moved')).toBe(true);
    expect(g.items.map((i) => i.question?.id)).toEqual(paper.map((q) => q.id));
    expect(g.percent).toBe(100);
    expect(g.flags).toContain('paper-differs');
  });

  it('flags implausibly fast, late and extra attempts', () => {
    expect(grade(result('张三', 'A1', 4, { finishedAt: start + 12_000 })).flags).toContain('fast');
    expect(grade(result('张三', 'A1', 4, { finishedAt: start + 20_000 })).flags).not.toContain('fast');
    expect(grade(result('张三', 'A1', 4, { startedAt: dueEnd(a.d) - 600_000, finishedAt: dueEnd(a.d) + 1000 })).flags).toContain('late');
    expect(grade(result('张三', 'A1', 4, { attempt: 3 })).flags).toContain('extra-attempt');
  });
});

describe('roster', () => {
  const expected = [
    { name: '张三', staffNo: 'A1' },
    { name: '李四', staffNo: 'A2' },
    { name: '王五', staffNo: 'A3' },
  ];
  const attempts = (): GradedAttempt[] => [
    grade(result('张三', 'A1', 2)),
    grade(result('张三', 'A1', 4, { attempt: 2 })),
    grade(result('张三', 'a1', 1, { attempt: 3 })),
    grade(result('李四', 'A2', 3)),
    grade(result('赵六', 'A9', 4)),
  ];

  it('shows every attempt, counts the best allowed one, and who has not handed in', () => {
    const rows = buildRoster(a, attempts(), expected);
    const zhang = rows.find((r) => r.key === 'A1')!;
    expect(zhang.attempts.map((x) => [x.attempt, x.percent, x.counts])).toEqual([[1, 50, false], [2, 100, true], [3, 25, false]]);
    expect(zhang.attempts[2].flags).toContain('extra-attempt');
    expect(notSubmitted(rows).map((r) => r.name)).toEqual(['王五']);
    expect(rows.find((r) => r.key === 'A9')!.attempts[0].flags).toContain('not-on-roster');
  });

  it('counts the first or the last attempt when the assignment says so', () => {
    expect(buildRoster({ ...a, ct: 'first' }, attempts(), expected).find((r) => r.key === 'A1')!.counted!.attempt).toBe(1);
    expect(buildRoster({ ...a, ct: 'last' }, attempts(), expected).find((r) => r.key === 'A1')!.counted!.attempt).toBe(2);
  });

  it('flags two different codes for the same attempt, and a name that differs from the roster', () => {
    const rows = buildRoster(a, [grade(result('张三', 'A1', 1)), grade(result('张叁', 'A1', 4, { finishedAt: start + 900_000 }))], expected);
    const zhang = rows.find((r) => r.key === 'A1')!;
    expect(zhang.attempts.map((x) => x.flags.includes('duplicate'))).toEqual([true, true]);
    expect(zhang.attempts[1].flags).toContain('name-differs');
    expect(zhang.counted!.percent).toBe(25);
  });

  it('writes a reminder naming who has not handed in', () => {
    const rows = buildRoster(a, attempts(), expected);
    expect(reminderText(a, notSubmitted(rows))).toBe('提醒：以下同事还没有交「11月认证」的结果（11月30日截止）：王五。请打开测验链接作答，交卷后把结果码发给我。谢谢！');
    expect(reminderText(a, [])).toBe('');
  });

  it('counts the topics missed most over the attempts that count', () => {
    const missed = missedTopics(buildRoster(a, attempts(), expected));
    expect(missed.reduce((s, m) => s + m.total, 0)).toBe(3 * 4);
  });

  it('writes a roster CSV with the header first and scores in numeric columns', () => {
    const csv = rosterCsv(buildRoster(a, attempts(), expected), a);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('姓名,工号,状态,第几次作答,计入成绩,正确题数,总题数,得分,是否通过,用时（分钟）,开始时间,交卷时间,时限 正确题数,时限 总题数,合规 正确题数,合规 总题数,核验码,需要注意');
    expect(lines[1]).toBe('张三,A1,已交,1,否,2,4,50,未通过,10,"\t2026-11-25 09:00","\t2026-11-25 09:10",2,2,0,2,chk-A1-1,');
    expect(lines.find((l) => l.startsWith('王五'))).toBe('王五,A3,未交,,,,,,,,,,,,,,,');
    expect(csv).not.toMatch(/\d\/\d/);
  });

  it('writes the item analysis CSV over the counted attempts', () => {
    const rows = buildRoster(a, attempts(), expected);
    const papers = analysedPapers(rows);
    const stats = itemStatistics(papers);
    const csv = itemCsv(stats, new Map(pool.map((q) => [q.id, q])), kr20(papers), papers.length);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('题目 id,题型,主题,难度,题目,作答人数,答对人数,通过率（%）,区分度（%）,标记,答案 1,答案 1 人数,答案 2,答案 2 人数,未作答人数,其他答案');
    expect(lines.at(-1)).toBe('KR-20 信度,少于 10 份结果或总分没有差异，无法计算（现有 3 份）');
    expect(lines.slice(1, -2).every((l) => /,✓ 对的,\d+,错的,\d+,0,$/.test(l))).toBe(true);
  });
});

describe('blueprint', () => {
  it('counts a near-duplicate group once, so every paper is complete', async () => {
    const { makeBlueprint, drawPaper } = await import('../../src/lib/blueprint');
    const grouped = pool.map((q, i) => (i < 3 ? { ...q, group: 'g' } : q)) as BankQuestion[];
    // 时限 difficulty 1 holds six questions but only four distinct places (three share a group).
    const bp = makeBlueprint(grouped, ['时限', '合规'], 10);
    expect(bp).toEqual([['时限', 1, 4], ['合规', 2, 6]]);
    expect(drawPaper(bp, grouped, 'x').slots).toHaveLength(10);
  });

  it('splits each topic of a per-topic exam over its difficulties by what the bank holds', async () => {
    const { makeBlueprint } = await import('../../src/lib/blueprint');
    const mixed = pool.map((q, i) => (i < 6 ? { ...q, difficulty: ((i % 3) + 1) as 1 | 2 | 3 } : q)) as BankQuestion[];
    expect(makeBlueprint(mixed, ['时限', '合规'], { 时限: 3, 合规: 2 })).toEqual([['时限', 1, 1], ['时限', 2, 1], ['时限', 3, 1], ['合规', 2, 2]]);
  });
});
