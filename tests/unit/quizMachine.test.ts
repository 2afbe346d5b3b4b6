/** The quiz machine: practice feedback, exam navigation, submission, scoring and the clock. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { quizMachine } from '../../src/machines/quizMachine';
import { isCorrect, score } from '../../src/quizzes/grading';
import type { Question } from '../../src/schemas/quiz';

const q = (id: string, topics: Question['topics'] = ['礼仪']): Question => ({
  id,
  type: 'single',
  topics,
  difficulty: 1,
  prompt: `问题 ${id}`,
  options: [
    { id: 'a', text: '对', correct: true },
    { id: 'b', text: '错', correct: false },
  ],
  explanation: '因为规定如此。',
  learn: 'etiquette',
});
const questions = [q('a'), q('b', ['时限']), q('c', ['时限', '合规'])];

function start(mode: 'practice' | 'exam', seconds?: number) {
  const clock = new SimulatedClock();
  const actor = createActor(quizMachine, { input: { mode, questions, passMark: 60, seconds }, clock }).start();
  actor.send({ type: 'quiz.start', now: 0 });
  return { actor, clock };
}

describe('practice mode', () => {
  it('checks each answer before moving on, then scores', () => {
    const { actor } = start('practice');
    actor.send({ type: 'answer.check' });
    expect(actor.getSnapshot().value).toBe('answering'); // nothing chosen yet
    actor.send({ type: 'answer.select', response: 'a' });
    actor.send({ type: 'answer.check' });
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(actor.getSnapshot().context.checked).toEqual({ a: true });
    actor.send({ type: 'answer.select', response: 'b' }); // locked after checking
    expect(actor.getSnapshot().context.responses.a).toBe('a');
    actor.send({ type: 'question.next' });
    actor.send({ type: 'answer.select', response: 'b' });
    actor.send({ type: 'answer.check' });
    expect(actor.getSnapshot().context.checked.b).toBe(false);
    actor.send({ type: 'question.next' });
    actor.send({ type: 'answer.select', response: 'a' });
    actor.send({ type: 'answer.check' });
    actor.send({ type: 'question.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('results');
    expect(context.result).toMatchObject({ correct: 2, total: 3, percent: 67, passed: true, wrong: ['b'] });
    expect(context.result!.byTopic).toEqual({ 礼仪: { correct: 1, total: 1 }, 时限: { correct: 1, total: 2 }, 合规: { correct: 1, total: 1 } });
  });

  it('has no clock and ignores exam-only events', () => {
    const { actor, clock } = start('practice');
    clock.increment(60_000);
    actor.send({ type: 'quiz.submit' });
    actor.send({ type: 'question.goto', index: 2 });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.index).toBe(0);
  });
});

describe('exam mode', () => {
  it('moves freely, lets answers change before submission, and grades only at the end', () => {
    const { actor } = start('exam', 600);
    actor.send({ type: 'answer.select', response: 'b' });
    actor.send({ type: 'answer.check' });
    expect(actor.getSnapshot().value).toBe('answering'); // no feedback in an exam
    actor.send({ type: 'question.goto', index: 2 });
    actor.send({ type: 'answer.select', response: 'a' });
    actor.send({ type: 'question.prev' });
    actor.send({ type: 'question.prev' });
    actor.send({ type: 'answer.select', response: 'a' }); // changed its mind
    actor.send({ type: 'question.goto', index: 7 }); // out of range: ignored
    expect(actor.getSnapshot().context.index).toBe(0);
    expect(actor.getSnapshot().context.result).toBeNull();
    actor.send({ type: 'quiz.submit', now: 90_000 });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('results');
    expect(context.endedBy).toBe('submit');
    expect(context.result).toMatchObject({ correct: 2, total: 3, passed: true, wrong: ['b'] });
    expect(context.finishedAt! - context.startedAt!).toBe(90_000);
  });

  it('counts down and hands in automatically when time is up', () => {
    const { actor, clock } = start('exam', 3);
    actor.send({ type: 'answer.select', response: 'a' });
    clock.increment(1000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(2);
    clock.increment(1000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(1);
    clock.increment(1000);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('results');
    expect(context.endedBy).toBe('timeout');
    expect(context.secondsLeft).toBe(0);
    expect(context.result).toMatchObject({ correct: 1, total: 3, percent: 33, passed: false });
  });

  it('restarts from the introduction with nothing carried over', () => {
    const { actor } = start('exam', 60);
    actor.send({ type: 'answer.select', response: 'a' });
    actor.send({ type: 'quiz.submit' });
    actor.send({ type: 'quiz.restart' });
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'quiz.start' });
    expect(actor.getSnapshot().context.responses).toEqual({});
    expect(actor.getSnapshot().context.secondsLeft).toBe(60);
  });
});

describe('grading every question type', () => {
  const base = { topics: ['流程'] as Question['topics'], difficulty: 1 as const, explanation: '解释文字。', learn: 'counter' };
  it('single, multiple, scenario, true/false, ordering, matching, numeric — by ids, never positions', () => {
    const multiple: Question = { ...base, id: 'm', type: 'multiple', prompt: '多选题目', options: [{ id: 'a', text: 'x', correct: true }, { id: 'b', text: 'y', correct: false }, { id: 'c', text: 'z', correct: true }] };
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, [0, 2] as never)).toBe(false); // an old position-based answer is not right
    const scenario: Question = { ...base, id: 's', type: 'scenario', case: '一位客户走错了窗口。', prompt: '怎么说', options: [{ id: 'a', text: 'x', correct: false }, { id: 'b', text: 'y', correct: true }] };
    expect(isCorrect(scenario, 'b')).toBe(true);
    expect(isCorrect(scenario, 1)).toBe(false);
    const tf: Question = { ...base, id: 't', type: 'truefalse', prompt: '一个判断', answer: false };
    expect(isCorrect(tf, false)).toBe(true);
    expect(isCorrect(tf, null)).toBe(false);
    const ordering: Question = { ...base, id: 'o', type: 'ordering', prompt: '排序题目', items: [{ id: 'x', text: '一' }, { id: 'y', text: '二' }, { id: 'z', text: '三' }] };
    expect(isCorrect(ordering, ['x', 'y', 'z'])).toBe(true);
    expect(isCorrect(ordering, ['y', 'x', 'z'])).toBe(false);
    expect(isCorrect(ordering, [0, 1, 2] as never)).toBe(false);
    const matching: Question = { ...base, id: 'p', type: 'matching', prompt: '连线题目', pairs: [{ id: 'a', left: 'a', right: '1' }, { id: 'b', left: 'b', right: '2' }] };
    expect(isCorrect(matching, { a: 'a', b: 'b' })).toBe(true);
    expect(isCorrect(matching, { a: 'b', b: 'a' })).toBe(false);
    expect(isCorrect(matching, { a: 'a' })).toBe(false);
    expect(isCorrect(matching, [0, 1] as never)).toBe(false);
    const numeric: Question = { ...base, id: 'n', type: 'numeric', prompt: '数字题目', answer: 5, unit: '个工作日' };
    expect(isCorrect(numeric, 5)).toBe(true);
    expect(isCorrect(numeric, 2)).toBe(false);
    expect(score([multiple, tf], { m: ['a', 'c'] }).wrong).toEqual(['t']);
  });
});
