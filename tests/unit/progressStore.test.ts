/** The progress store: corrupted, old, full or missing storage never throws; FSRS review; export and import. */
import { describe, expect, it } from 'vitest';
import {
  answerReview,
  dueForReview,
  emptyProgress,
  exportProgress,
  importProgress,
  load,
  markChapterRead,
  recordQuiz,
  resetKeepingCopy,
  save,
  STORAGE_KEY,
  weakTopics,
} from '../../src/lib/progressStore';
import { MemoryStorage } from './memoryStorage';

const outcome = (wrong: string[], right: string[] = []) => ({
  quizId: 'deadlines',
  title: '时限',
  percent: 50,
  passed: false,
  byTopic: { 时限: { correct: right.length, total: right.length + wrong.length } },
  wrong,
  right,
});

describe('reading storage', () => {
  it('starts empty when nothing is stored', () => {
    expect(load(new MemoryStorage())).toEqual({ data: emptyProgress() });
  });
  it('reports unavailable storage instead of throwing', () => {
    expect(load(undefined).problem).toBe('unavailable');
    const broken = { getItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(load(broken).problem).toBe('unavailable');
  });
  it('reports corrupted JSON and data of the wrong shape', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{not json');
    expect(load(s)).toEqual({ data: emptyProgress(), problem: 'corrupt' });
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 1, quizzes: 'oops' }));
    expect(load(s).problem).toBe('corrupt');
  });
  it('reports data from another version', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 0, stuff: [] }));
    expect(load(s).problem).toBe('outdated');
  });
  it('keeps a copy of unreadable data before starting afresh', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{not json');
    resetKeepingCopy(s, new Date('2026-11-22T00:00:00Z'));
    expect(s.getItem(`${STORAGE_KEY}.unreadable.2026-11-22T00:00:00.000Z`)).toBe('{not json');
    expect(load(s)).toEqual({ data: emptyProgress() });
  });
  it('reports full storage on save', () => {
    expect(save(new MemoryStorage(10), emptyProgress())).toEqual({ ok: false, problem: 'full' });
    expect(save(new MemoryStorage(), emptyProgress())).toEqual({ ok: true });
  });
});

describe('review list (错题本)', () => {
  const t0 = new Date('2026-11-22T08:00:00Z');
  it('puts wrong answers on the list, due at once, and schedules them with FSRS', () => {
    const p = recordQuiz(emptyProgress(), outcome(['q1', 'q2'], ['q3']), t0);
    expect(Object.keys(p.review).sort()).toEqual(['q1', 'q2']);
    expect(dueForReview(p, t0).sort()).toEqual(['q1', 'q2']);
    expect(p.quizzes.deadlines).toMatchObject({ best: 50, passed: false, attempts: 1 });
    expect(p.topics['时限']).toEqual({ correct: 1, total: 3 });
  });
  it('pushes a question further out when answered right, and removes it once mastered', () => {
    let p = recordQuiz(emptyProgress(), outcome(['q1']), t0);
    p = answerReview(p, 'q1', true, new Date(t0.getTime() + 3600_000));
    expect(p.review.q1.streak).toBe(1);
    expect(new Date(p.review.q1.card.due).getTime()).toBeGreaterThan(t0.getTime() + 3600_000);
    const wrongAt = t0.getTime() + 2 * 86_400_000;
    p = answerReview(p, 'q1', false, new Date(wrongAt));
    expect(p.review.q1.streak).toBe(0);
    // A wrong answer brings it back within the day.
    expect(new Date(p.review.q1.card.due).getTime()).toBeLessThanOrEqual(wrongAt + 86_400_000);
    p = answerReview(p, 'q1', true, new Date(t0.getTime() + 3 * 86_400_000));
    p = answerReview(p, 'q1', true, new Date(t0.getTime() + 6 * 86_400_000));
    expect(p.review.q1).toBeUndefined();
  });
  it('counts chapters read once and finds the weakest topics', () => {
    let p = markChapterRead(emptyProgress(), 'policy-services', t0);
    p = markChapterRead(p, 'policy-services', new Date('2027-01-01'));
    expect(p.chaptersRead).toEqual({ 'policy-services': '2026-11-22' });
    p = { ...p, topics: { 时限: { correct: 1, total: 4 }, 礼仪: { correct: 4, total: 4 }, 材料: { correct: 0, total: 1 } } };
    expect(weakTopics(p)).toEqual([
      { topic: '时限', percent: 25, total: 4 },
      { topic: '礼仪', percent: 100, total: 4 },
    ]);
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const p = recordQuiz(emptyProgress(), outcome(['q1']), new Date('2026-11-22T08:00:00Z'));
    expect(importProgress(exportProgress(p))).toEqual({ data: p });
  });
  it('refuses other files with a message and no exception', () => {
    expect(importProgress('hello')).toEqual({ error: expect.stringContaining('不是有效的进度文件') });
    expect(importProgress(JSON.stringify({ kind: 'other' }))).toEqual({ error: expect.stringContaining('不是服务规范学堂的进度文件') });
    expect(importProgress(JSON.stringify({ kind: 'xuetang-progress', version: 9, data: {} }))).toEqual({ error: expect.stringContaining('版本') });
    const tampered = JSON.parse(exportProgress(emptyProgress()));
    tampered.data.quizzes = { x: { best: 'full marks' } };
    expect(importProgress(JSON.stringify(tampered))).toEqual({ error: expect.stringContaining('被修改过') });
  });
});
