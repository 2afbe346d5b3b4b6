/** What the SCORM package does at launch, its suspend data and its interaction records. */
import { describe, expect, it } from 'vitest';
import { decideLaunch, interaction, mayMarkIncomplete, readSuspend, timespan, writeSuspend } from '../../src/scorm/launch';
import { everyType, matching, multiple, numeric, ordering, single, truefalse } from './sampleQuestions';

const state = (over = {}) => ({ lessonStatus: 'not attempted', entry: 'ab-initio', lessonMode: 'normal', credit: 'credit', suspendData: '', ...over });
const saved = { startedAt: 1_764_000_000_000, index: 4, responses: { s1: 'a', m1: ['a', 'c'], t1: false, o1: ['a', 'b', 'c', 'd'], p1: { a: 'b', b: 'a' }, n1: 7 } };

describe('SCORM launch', () => {
  it('starts afresh, and marks incomplete only over nothing recorded', () => {
    expect(decideLaunch(state(), everyType)).toEqual({ kind: 'fresh', credit: true, unreadable: false });
    expect(mayMarkIncomplete('not attempted')).toBe(true);
    expect(mayMarkIncomplete('passed')).toBe(false);
    expect(mayMarkIncomplete('failed')).toBe(false);
  });

  it('never reopens a recorded pass or fail, and honours review and browse modes', () => {
    expect(decideLaunch(state({ lessonStatus: 'passed', entry: 'resume' }), everyType).kind).toBe('completed');
    expect(decideLaunch(state({ lessonStatus: 'failed' }), everyType).kind).toBe('completed');
    expect(decideLaunch(state({ lessonMode: 'review', lessonStatus: 'passed' }), everyType).kind).toBe('review');
    expect(decideLaunch(state({ lessonMode: 'browse' }), everyType).kind).toBe('browse');
    expect(decideLaunch(state({ credit: 'no-credit' }), everyType)).toMatchObject({ kind: 'fresh', credit: false });
  });

  it('resumes from its own suspend data, and starts afresh (saying so) from data it cannot read', () => {
    const data = writeSuspend(saved, everyType);
    expect(data.length).toBeLessThan(100);
    expect(decideLaunch(state({ entry: 'resume', lessonStatus: 'incomplete', suspendData: data }), everyType)).toEqual({ kind: 'resume', saved, credit: true });
    expect(decideLaunch(state({ entry: 'resume', suspendData: 'q=2;a=1,0' }), everyType)).toEqual({ kind: 'fresh', credit: true, unreadable: true });
    expect(readSuspend(data, everyType.slice(1))).toBeUndefined();
  });

  it('writes session time as a SCORM 1.2 timespan', () => {
    expect(timespan(3_725_400)).toBe('01:02:05');
    expect(timespan(-5)).toBe('00:00:00');
  });

  it('records each question as an interaction with single-letter answers', () => {
    const at = new Date(2026, 10, 20, 9, 5, 7);
    expect(interaction(single, 'a', at)).toEqual({ id: 's1', time: '09:05:07', weighting: '1', result: 'correct', type: 'choice', student_response: 'a', pattern: 'a' });
    expect(interaction(multiple, ['c'], at)).toMatchObject({ student_response: 'c', pattern: 'a,c', result: 'wrong' });
    expect(interaction(truefalse, null, at)).toMatchObject({ type: 'true-false', student_response: '', pattern: 'f', result: 'wrong' });
    expect(interaction(ordering, ['c', 'a', 'd', 'b'], at)).toMatchObject({ type: 'sequencing', student_response: 'c,a,d,b', pattern: 'c,a,d,b', result: 'correct' });
    expect(interaction(matching, { a: 'b', b: 'a' }, at)).toMatchObject({ type: 'matching', student_response: 'a.b,b.a', pattern: 'a.a,b.b,c.c' });
    expect(interaction(numeric, 5, at)).toMatchObject({ type: 'numeric', student_response: '5', pattern: '5', result: 'correct' });
  });
});
