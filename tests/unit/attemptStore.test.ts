/** Attempts kept on the trainee's device: survive reloads, several trainees per PC, attempts left, review policy. */
import { describe, expect, it } from 'vitest';
import {
  answersVisible,
  ATTEMPTS_KEY,
  attemptsLeft,
  emptyAttempts,
  inProgress,
  loadAttempts,
  putAttempt,
  reviewPolicyText,
  saveAttempts,
  traineeOf,
  traineesOf,
} from '../../src/lib/attemptStore';
import { dueEnd } from '../../src/lib/roster';
import { sampleAssignment as assignment } from './sampleQuestions';
import { MemoryStorage } from './memoryStorage';

const who = { name: '张三', staffNo: 'A1002' };
const first = { n: 1, questions: ['q1', 'q2'], startedAt: 1000, index: 1, responses: { q1: 'a', q2: ['a', 'c'] } };

describe('attempt store', () => {
  it('keeps an attempt in progress across a reload, per assignment and staff number', () => {
    const s = new MemoryStorage();
    let data = putAttempt(emptyAttempts(), 'chk', who, first);
    data = putAttempt(data, 'chk', { name: '李四', staffNo: 'A1003' }, { ...first, responses: {} });
    expect(saveAttempts(s, data)).toBeUndefined();
    const back = loadAttempts(s).data;
    expect(inProgress(traineeOf(back, 'chk', 'a1002'))).toEqual(first);
    expect(traineesOf(back, 'chk').map((t) => t.name)).toEqual(['张三', '李四']);
    expect(traineesOf(back, 'other')).toEqual([]);
  });

  it('replaces an attempt by its number when it is saved again, and counts attempts left', () => {
    let data = putAttempt(emptyAttempts(), 'chk', who, first);
    data = putAttempt(data, 'chk', who, { ...first, finishedAt: 5000, code: 'R2.x.y' });
    const t = traineeOf(data, 'chk', 'A1002');
    expect(t!.attempts).toHaveLength(1);
    expect(inProgress(t)).toBeUndefined();
    expect(attemptsLeft({ ...assignment, at: 2 }, t)).toBe(1);
    expect(attemptsLeft({ ...assignment, at: 1 }, t)).toBe(0);
    expect(attemptsLeft(assignment, undefined)).toBe(assignment.at);
  });

  it('keeps a corrupt store aside and starts afresh', () => {
    const s = new MemoryStorage();
    s.setItem(ATTEMPTS_KEY, '{"version":1,"assignments":{"chk":{"A1":{"name":1}}}}');
    const r = loadAttempts(s);
    expect(r.problem).toBe('corrupt');
    expect(s.getItem(r.copy!)).toContain('"name":1');
    expect(r.data).toEqual(emptyAttempts());
  });

  it('shows answers only when the policy allows it, and then only after the due date', () => {
    const due = { ...assignment, rv: 'due' as const };
    expect(answersVisible(due, dueEnd(due.d))).toBe(false);
    expect(answersVisible(due, dueEnd(due.d) + 1)).toBe(true);
    expect(answersVisible({ ...assignment, rv: 'score' }, dueEnd(due.d) + 1)).toBe(false);
    expect(answersVisible({ ...assignment, rv: 'never' }, dueEnd(due.d) + 1)).toBe(false);
    expect(reviewPolicyText(due, 0)).toBe('交卷后显示得分和各主题结果；11月30日截止后，回到本页可以查看答案和解析。');
    expect(reviewPolicyText({ ...assignment, rv: 'never' })).toMatch(/不公布答案/);
  });
});
