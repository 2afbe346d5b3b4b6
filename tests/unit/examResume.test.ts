/** Resuming an exam attempt saved in the browser: the clock runs from the recorded start, time spent away counts. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { quizMachine } from '../../src/machines/quizMachine';
import { everyType, single } from './sampleQuestions';

const start = (mode: 'exam' | 'practice' = 'exam') => {
  const clock = new SimulatedClock();
  const actor = createActor(quizMachine, { input: { mode, questions: everyType, passMark: 60, seconds: 600 }, clock }).start();
  return { actor, clock };
};
const t0 = 1_700_000_000_000;

describe('resuming an exam', () => {
  it('continues at the saved question with the saved answers and the time left from the recorded start', () => {
    const { actor } = start();
    actor.send({ type: 'quiz.resume', startedAt: t0, responses: { s1: 'a' }, index: 3, now: t0 + 125_000 });
    const s = actor.getSnapshot();
    expect(s.value).toBe('answering');
    expect(s.context).toMatchObject({ index: 3, responses: { s1: 'a' }, startedAt: t0, secondsLeft: 600 - 125 });
  });

  it('hands in what was saved when the time ran out while the page was closed, at the moment it ran out', () => {
    const { actor } = start();
    actor.send({ type: 'quiz.resume', startedAt: t0, responses: { s1: 'a' }, index: 0, now: t0 + 3_600_000 });
    const s = actor.getSnapshot();
    expect(s.value).toBe('results');
    expect(s.context).toMatchObject({ endedBy: 'timeout', finishedAt: t0 + 600_000, secondsLeft: 0 });
    expect(s.context.result!.correct).toBe(1);
  });

  it('re-syncs the clock when the page comes back, and ends the exam if time ran out meanwhile', () => {
    const { actor } = start();
    actor.send({ type: 'quiz.start', now: t0 });
    actor.send({ type: 'clock.sync', now: t0 + 300_000 });
    expect(actor.getSnapshot().context.secondsLeft).toBe(300);
    actor.send({ type: 'answer.select', response: 'a' });
    actor.send({ type: 'clock.sync', now: t0 + 601_000 });
    expect(actor.getSnapshot().value).toBe('results');
    expect(actor.getSnapshot().context).toMatchObject({ endedBy: 'timeout', finishedAt: t0 + 600_000 });
    expect(actor.getSnapshot().context.responses).toEqual({ [single.id]: 'a' });
  });

  it('keeps a clamped question index and leaves practice without a clock', () => {
    const { actor } = start('practice');
    actor.send({ type: 'quiz.resume', startedAt: t0, responses: {}, index: 99, now: t0 + 3_600_000 });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context).toMatchObject({ index: everyType.length - 1, secondsLeft: null });
    actor.send({ type: 'clock.sync', now: t0 + 7_200_000 });
    expect(actor.getSnapshot().value).toBe('answering');
  });
});
