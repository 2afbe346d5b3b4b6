/** Where a learner is on the learning path, and the small progress reader the per-page scripts use. */
import { describe, expect, it } from 'vitest';
import { journeyStatus, RECORD_PASS_MARK, type PathChapter } from '../../src/lib/journey';
import { emptyRecord, readProgress, STORAGE_KEY, today, updateProgress, type LiteProgress } from '../../src/lib/progressLite';
import { load } from '../../src/lib/progressStore';

const path: PathChapter[] = [
  { slug: 'principles', title: '服务原则', quiz: { id: 'chapter-principles', title: '服务原则练习' }, walkthroughs: [] },
  { slug: 'counter', title: '营业场所与柜面服务', quiz: { id: 'chapter-counter', title: '柜面练习' }, walkthroughs: [{ id: 'counter', title: '柜面接待' }] },
  { slug: 'phone', title: '电话与多渠道服务', walkthroughs: [{ id: 'phone', title: '电话接听' }, { id: 'reporting', title: '接报案' }] },
];
const TOTAL = 3 + 2 + 3;
const record = (change: (r: LiteProgress) => void = () => {}) => {
  const r: LiteProgress = { ...emptyRecord(), walkthroughs: {} };
  change(r);
  return r;
};
const quiz = (best: number) => ({ best, passed: best >= 80 });
const now = new Date('2026-11-30T10:00:00+08:00');

describe('journeyStatus', () => {
  it('for a learner who has not started: nothing done, the first chapter and walkthrough next', () => {
    const s = journeyStatus(path, undefined, now);
    expect([s.done, s.total, s.percent, s.complete]).toEqual([0, TOTAL, 0, false]);
    expect(s.nextChapter?.slug).toBe('principles');
    expect(s.nextWalk?.id).toBe('counter');
    expect(s.walkInProgress).toBeUndefined();
    expect(s.due).toBe(0);
  });

  it('counts a quiz only at the record pass mark, and rounds the share down', () => {
    const s = journeyStatus(
      path,
      record((r) => {
        r.chaptersRead.principles = '2026-11-20';
        r.quizzes['chapter-principles'] = quiz(RECORD_PASS_MARK);
        r.quizzes['chapter-counter'] = quiz(RECORD_PASS_MARK - 1);
      }),
      now,
    );
    expect(s.done).toBe(2);
    expect(s.percent).toBe(Math.floor((2 / TOTAL) * 100));
    expect(s.chapters[0]).toMatchObject({ read: '2026-11-20', quiz: { best: 80, passed: true }, done: true });
    expect(s.chapters[1].quiz).toEqual({ best: 79, passed: false });
    expect(s.nextChapter?.slug).toBe('counter');
  });

  it('offers the walkthrough most recently left unfinished, at its step; ignores one only opened', () => {
    const s = journeyStatus(
      path,
      record((r) => {
        r.walkthroughs!.counter = { path: ['greet', 'identifyNeed'], updated: '2026-11-20T08:00:00Z' };
        r.walkthroughs!.reporting = { path: ['a', 'b', 'c'], updated: '2026-11-22T08:00:00Z' };
        r.walkthroughs!.phone = { path: ['start'], updated: '2026-11-23T08:00:00Z' };
      }),
      now,
    );
    expect(s.walkInProgress).toEqual({ id: 'reporting', title: '接报案', step: 'c', position: 3 });
    expect(s.nextWalk).toBeUndefined();
    expect(s.chapters[2].walks).toEqual([
      { id: 'phone', completed: undefined, position: 1 },
      { id: 'reporting', completed: undefined, position: 3 },
    ]);
  });

  it('counts review questions due now, not later ones', () => {
    const card = (due: string) => ({ card: { due } });
    const s = journeyStatus(path, record((r) => Object.assign(r.review, { a: card('2026-11-29T00:00:00Z'), b: card('2026-12-05T00:00:00Z') })), now);
    expect(s.due).toBe(1);
  });

  it('is complete when every chapter is read, every quiz passed and every walkthrough walked, dated by the last task', () => {
    const all = record((r) => {
      for (const c of path) r.chaptersRead[c.slug] = '2026-11-20';
      r.quizzes['chapter-principles'] = quiz(95);
      r.quizzes['chapter-counter'] = quiz(85);
      for (const id of ['counter', 'phone', 'reporting']) r.walkthroughs![id] = { path: ['x'], updated: '', completed: '2026-11-2' + id.length };
    });
    const s = journeyStatus(path, all, now);
    expect([s.done, s.percent, s.complete]).toEqual([TOTAL, 100, true]);
    expect(s.lastDay).toBe('2026-11-29');
    expect(s.nextChapter).toBeUndefined();
    expect(journeyStatus(path, { ...all, quizzes: { ...all.quizzes, 'chapter-counter': quiz(70) } }, now).complete).toBe(false);
  });
});

class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}
const storage = (value?: string) => {
  const s = new MemoryStorage();
  if (value !== undefined) s.map.set(STORAGE_KEY, value);
  return s as unknown as Storage;
};

describe('progressLite', () => {
  it('reads nothing stored as an empty record that the full schema accepts', () => {
    const s = storage();
    updateProgress((d) => (d.chaptersRead.principles = '2026-11-30'), s);
    expect(readProgress(s)?.chaptersRead).toEqual({ principles: '2026-11-30' });
    expect(load(s)).toEqual({ data: expect.objectContaining({ chaptersRead: { principles: '2026-11-30' } }) });
  });

  it('leaves a record it does not recognise exactly as it is, and never throws', () => {
    for (const raw of ['{"version":1,"quizzes":', '{"version":2,"chaptersRead":{}}', '[]', 'null']) {
      const s = storage(raw);
      expect(readProgress(s)).toBeUndefined();
      updateProgress((d) => (d.chaptersRead.x = 'y'), s);
      expect(s.getItem(STORAGE_KEY)).toBe(raw);
    }
    expect(readProgress(undefined)).toBeUndefined();
    const full = storage(JSON.stringify(emptyRecord()));
    (full as unknown as MemoryStorage).full = true;
    expect(() => updateProgress((d) => (d.chaptersRead.x = 'y'), full)).not.toThrow();
  });

  it('keeps what the full store wrote, walkthroughs included', () => {
    const s = storage(JSON.stringify({ ...emptyRecord(), walkthroughs: { counter: { path: ['greet'], updated: 'u' } } }));
    updateProgress((d) => (d.walkthroughs!.counter.completed = '2026-11-30'), s);
    expect(load(s).data.walkthroughs).toEqual({ counter: { path: ['greet'], updated: 'u', completed: '2026-11-30' } });
  });

  it('dates a day in the learner’s own calendar', () => {
    expect(today(new Date(2026, 0, 5, 7, 30))).toBe('2026-01-05');
  });
});
