/**
 * The quiz flow as an xstate v5 machine, pure data built with setup():
 *
 *   intro ──quiz.start──▶ answering ──answer.check (practice)──▶ feedback ──question.next──▶ answering … ▶ results
 *                              └──quiz.submit / time up (exam)──────────────────────────────────────────▶ results
 *
 * Practice: one question at a time, checked and explained before the next. Exam: a clock, free
 * movement between questions, answers changeable until submission, grading only at the end.
 * The clock is a delayed self-transition, so tests drive it with xstate's SimulatedClock.
 * An exam attempt can also be resumed (quiz.resume) and its clock re-synced (clock.sync) from the
 * recorded start: the page that saves attempts in the browser sends those.
 */
import { and, assign, setup } from 'xstate';
import { isCorrect, score, type Response, type Score } from '../quizzes/grading';
import type { Question } from '../schemas/quiz';

export interface QuizInput {
  mode: 'practice' | 'exam';
  /** The questions of this sitting, in the order asked. */
  questions: Question[];
  /** Percent needed to pass. */
  passMark: number;
  /** Exam time limit in seconds. */
  seconds?: number;
}

export interface QuizContext extends QuizInput {
  index: number;
  responses: Record<string, Response>;
  /** Practice: questions already checked, with whether the answer was right. */
  checked: Record<string, boolean>;
  secondsLeft: number | null;
  /** Milliseconds from start to finish (for results and result codes). */
  startedAt: number | null;
  finishedAt: number | null;
  /** Why the quiz ended: handed in, or the clock ran out. */
  endedBy: 'submit' | 'timeout' | null;
  result: (Score & { passed: boolean }) | null;
}

export type QuizEvent =
  | { type: 'quiz.start'; now?: number }
  | { type: 'answer.select'; response: Response }
  | { type: 'answer.check' }
  | { type: 'question.next' }
  | { type: 'question.prev' }
  | { type: 'question.goto'; index: number }
  | { type: 'quiz.submit'; now?: number }
  | { type: 'quiz.restart' }
  // An exam attempt saved in the browser, continued after a reload or a restart (src/lib/attemptStore.ts).
  | { type: 'quiz.resume'; startedAt: number; responses: Record<string, Response>; index: number; now?: number }
  // The page came back (tab switched, phone woken): count the time left from the recorded start.
  | { type: 'clock.sync'; now?: number };

const current = (c: QuizContext) => c.questions[c.index];

/** Seconds left of an exam at `now`, counted from the recorded start (timers in background tabs drift). */
const remaining = (c: QuizContext, startedAt: number, now: number) =>
  c.seconds === undefined ? null : c.seconds - Math.floor((now - startedAt) / 1000);
const eventNow = (e: QuizEvent) => ('now' in e && e.now !== undefined ? e.now : Date.now());

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    isPractice: ({ context }) => context.mode === 'practice',
    isExam: ({ context }) => context.mode === 'exam',
    hasResponse: ({ context }) => {
      const r = context.responses[current(context).id];
      return r !== undefined && r !== null && !(Array.isArray(r) && r.length === 0);
    },
    isLast: ({ context }) => context.index >= context.questions.length - 1,
    isValidIndex: ({ context, event }) =>
      event.type === 'question.goto' && Number.isInteger(event.index) && event.index >= 0 && event.index < context.questions.length,
    timeUp: ({ context }) => context.secondsLeft !== null && context.secondsLeft <= 1,
    resumedTooLate: ({ context, event }) => event.type === 'quiz.resume' && (remaining(context, event.startedAt, eventNow(event)) ?? 1) <= 0,
    syncedTooLate: ({ context, event }) =>
      event.type === 'clock.sync' && context.startedAt !== null && (remaining(context, context.startedAt, eventNow(event)) ?? 1) <= 0,
  },
  actions: {
    begin: assign(({ context, event }) => ({
      index: 0,
      responses: {},
      checked: {},
      result: null,
      endedBy: null,
      finishedAt: null,
      startedAt: event.type === 'quiz.start' ? (event.now ?? Date.now()) : Date.now(),
      secondsLeft: context.mode === 'exam' ? (context.seconds ?? null) : null,
    })),
    record: assign({
      responses: ({ context, event }) =>
        event.type === 'answer.select' ? { ...context.responses, [current(context).id]: event.response } : context.responses,
    }),
    check: assign({
      checked: ({ context }) => ({
        ...context.checked,
        [current(context).id]: isCorrect(current(context), context.responses[current(context).id] ?? null),
      }),
    }),
    restore: assign(({ context, event }) =>
      event.type === 'quiz.resume'
        ? {
            index: Math.min(Math.max(0, event.index), context.questions.length - 1),
            responses: event.responses,
            checked: {},
            result: null,
            endedBy: null,
            finishedAt: null,
            startedAt: event.startedAt,
            secondsLeft: context.mode === 'exam' ? remaining(context, event.startedAt, eventNow(event)) : null,
          }
        : {},
    ),
    sync: assign({
      secondsLeft: ({ context, event }) => (context.startedAt === null ? context.secondsLeft : remaining(context, context.startedAt, eventNow(event))),
    }),
    /** The clock ran out while the page was away: hand in what was saved, at the moment time ran out. */
    expire: assign(({ context }) => {
      const s = score(context.questions, context.responses);
      return {
        result: { ...s, passed: s.percent >= context.passMark },
        finishedAt: (context.startedAt ?? Date.now()) + (context.seconds ?? 0) * 1000,
        endedBy: 'timeout' as const,
        secondsLeft: 0,
      };
    }),
    forward: assign({ index: ({ context }) => Math.min(context.index + 1, context.questions.length - 1) }),
    backward: assign({ index: ({ context }) => Math.max(context.index - 1, 0) }),
    jump: assign({ index: ({ event, context }) => (event.type === 'question.goto' ? event.index : context.index) }),
    tick: assign({ secondsLeft: ({ context }) => (context.secondsLeft === null ? null : context.secondsLeft - 1) }),
    finish: assign(({ context, event }) => {
      const s = score(context.questions, context.responses);
      return {
        result: { ...s, passed: s.percent >= context.passMark },
        finishedAt: event.type === 'quiz.submit' ? (event.now ?? Date.now()) : Date.now(),
        endedBy: event.type === 'quiz.submit' ? ('submit' as const) : ('timeout' as const),
        secondsLeft: context.secondsLeft === null ? null : Math.max(0, context.secondsLeft - (event.type === 'quiz.submit' ? 0 : 1)),
      };
    }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    ...input,
    index: 0,
    responses: {},
    checked: {},
    secondsLeft: input.mode === 'exam' ? (input.seconds ?? null) : null,
    startedAt: null,
    finishedAt: null,
    endedBy: null,
    result: null,
  }),
  initial: 'intro',
  states: {
    intro: {
      on: {
        'quiz.start': { target: 'answering', actions: 'begin' },
        'quiz.resume': [
          { guard: and(['isExam', 'resumedTooLate']), target: 'results', actions: ['restore', 'expire'] },
          { target: 'answering', actions: 'restore' },
        ],
      },
    },
    answering: {
      after: {
        1000: [
          { guard: 'isPractice' },
          { guard: 'timeUp', target: 'results', actions: 'finish' },
          { target: 'answering', reenter: true, actions: 'tick' },
        ],
      },
      on: {
        'answer.select': { actions: 'record' },
        'answer.check': { guard: and(['isPractice', 'hasResponse']), target: 'feedback', actions: 'check' },
        'question.next': { guard: 'isExam', actions: 'forward' },
        'question.prev': { guard: 'isExam', actions: 'backward' },
        'question.goto': { guard: and(['isExam', 'isValidIndex']), actions: 'jump' },
        'quiz.submit': { guard: 'isExam', target: 'results', actions: 'finish' },
        'clock.sync': [
          { guard: and(['isExam', 'syncedTooLate']), target: 'results', actions: 'expire' },
          { guard: 'isExam', actions: 'sync' },
        ],
      },
    },
    feedback: {
      on: {
        'question.next': [
          { guard: 'isLast', target: 'results', actions: 'finish' },
          { target: 'answering', actions: 'forward' },
        ],
      },
    },
    results: {
      on: { 'quiz.restart': { target: 'intro' } },
    },
  },
});
