/**
 * Grading: whether a response answers a question, and a score by topic. Responses refer to
 * options and items by their index in the question's canonical order (as written in the bank),
 * never by their shuffled position, so a response can be re-graded from the bank alone.
 */
import type { Question, QuizTopic } from '../schemas/quiz';

/** A response, by question type: an option index, indices, a boolean, an order, a match, a number. */
export type Response = number | number[] | boolean | null;

const sameSet = (a: number[], b: number[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const correctIndices = (options: { correct: boolean }[]) => options.flatMap((o, i) => (o.correct ? [i] : []));

export function isCorrect(q: Question, r: Response): boolean {
  if (r === null || r === undefined) return false;
  switch (q.type) {
    case 'single':
      return typeof r === 'number' && q.options[r]?.correct === true;
    case 'multiple':
    case 'scenario':
      return Array.isArray(r) ? sameSet(r, correctIndices(q.options)) : typeof r === 'number' && sameSet([r], correctIndices(q.options));
    case 'truefalse':
      return r === q.answer;
    case 'ordering':
      // r[k] = the canonical index of the item the user put in position k.
      return Array.isArray(r) && r.length === q.items.length && r.every((v, k) => v === k);
    case 'matching':
      // r[i] = the canonical index of the right side chosen for left i.
      return Array.isArray(r) && r.length === q.pairs.length && r.every((v, i) => v === i);
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
      return q.items.join(' → ');
    case 'matching':
      return q.pairs.map((p) => `${p.left}：${p.right}`).join('；');
    case 'numeric':
      return `${q.answer}${q.unit}`;
  }
}
