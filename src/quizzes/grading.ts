/**
 * Grading: whether a response answers a question, and a score by topic. Responses name option,
 * item and pair ids, never positions (the identity contract, README「题目的身份」):
 *
 *   single, single-answer scenario → the option id          'b'
 *   multiple, multi-answer scenario → the option ids, sorted ['a', 'c']
 *   ordering → the item ids in the learner's order           ['c', 'a', 'b']
 *   matching → for each pair id (left side), the pair id whose right side was chosen { a: 'b', b: 'a' }
 *   truefalse → a boolean; numeric → a number
 *
 * Anything else (an old position-based answer, a tampered code) is simply not right: grading never throws.
 */
import type { Question, QuizTopic } from '../schemas/quiz';

/** A response, by question type (see above). */
export type Response = string | string[] | Record<string, string> | boolean | number | null;

const isStrings = (r: unknown): r is string[] => Array.isArray(r) && r.every((x) => typeof x === 'string');
const isMatch = (r: unknown): r is Record<string, string> => !!r && typeof r === 'object' && !Array.isArray(r);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const correctIds = (options: { id: string; correct: boolean }[]) => options.filter((o) => o.correct).map((o) => o.id);

export function isCorrect(q: Question, r: Response): boolean {
  if (r === null || r === undefined) return false;
  switch (q.type) {
    case 'single':
      return typeof r === 'string' && q.options.some((o) => o.id === r && o.correct);
    case 'multiple':
    case 'scenario':
      return isStrings(r) ? sameSet(r, correctIds(q.options)) : typeof r === 'string' && sameSet([r], correctIds(q.options));
    case 'truefalse':
      return r === q.answer;
    case 'ordering':
      return isStrings(r) && r.length === q.items.length && r.every((id, k) => id === q.items[k].id);
    case 'matching':
      return isMatch(r) && Object.keys(r).length === q.pairs.length && q.pairs.every((p) => r[p.id] === p.id);
    case 'numeric':
      return typeof r === 'number' && r === q.answer;
  }
}

/** Whether a question takes several selections (multiple choice, or a scenario with several right options). */
export function isMultiSelect(q: Question): boolean {
  return q.type === 'multiple' || (q.type === 'scenario' && q.options.filter((o) => o.correct).length > 1);
}

export interface Score {
  correct: number;
  total: number;
  /** Rounded percentage. */
  percent: number;
  byTopic: Partial<Record<QuizTopic, { correct: number; total: number }>>;
  /** Ids of the questions answered wrongly (or not at all). */
  wrong: string[];
}

export function score(questions: Question[], responses: Record<string, Response>): Score {
  const byTopic: Score['byTopic'] = {};
  const wrong: string[] = [];
  let correct = 0;
  for (const q of questions) {
    const ok = isCorrect(q, responses[q.id] ?? null);
    if (ok) correct++;
    else wrong.push(q.id);
    for (const t of q.topics) {
      const s = (byTopic[t] ??= { correct: 0, total: 0 });
      s.total++;
      if (ok) s.correct++;
    }
  }
  const total = questions.length;
  return { correct, total, percent: total ? Math.round((correct / total) * 100) : 0, byTopic, wrong };
}

/** The right answer, written out for a results page. */
export function answerText(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return q.options.filter((o) => o.correct).map((o) => o.text).join('；');
    case 'truefalse':
      return q.answer ? '正确' : '错误';
    case 'ordering':
      return q.items.map((i) => i.text).join(' → ');
    case 'matching':
      return q.pairs.map((p) => `${p.left}：${p.right}`).join('；');
    case 'numeric':
      return `${q.answer}${q.unit}`;
  }
}
