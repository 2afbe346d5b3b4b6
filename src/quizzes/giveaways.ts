/**
 * How much a bank gives away to a candidate who reads the options, not the case: the measures
 * the bank is held to (question-bank issue, "No give-aways") and the expected score of the
 * test-wise candidate, who
 *   - in a single-answer item picks the longest option (a tie: one of the longest at random),
 *   - answers every true/false item "false",
 *   - in a numeric item gives the number the bank asks most often for that unit,
 *   - in a multi-select ticks every option without an absolute word,
 *   - orders and matches at random.
 * Pure functions over questions; the unit tests run them over the shipped bank and over seeded
 * certification draws, and print the numbers.
 */
import type { Question } from '../schemas/quiz';
import { isMultiSelect } from './grading';

type Choice = Extract<Question, { options: unknown }>;
const hasOptions = (q: Question): q is Choice => 'options' in q;

/** Single-answer choice items: single, and scenarios with one right option. */
export const singleAnswer = (bank: readonly Question[]) => bank.filter((q): q is Choice => hasOptions(q) && !isMultiSelect(q));

/** Whether the right option of a single-answer item is strictly longer than every other option. */
export function rightIsStrictlyLongest(q: Choice): boolean {
  const right = q.options.find((o) => o.correct)!;
  return q.options.every((o) => o === right || o.text.length < right.text.length);
}

/** Share of single-answer items whose right option is the strictly longest. */
export function longestShare(bank: readonly Question[]): { share: number; count: number; of: number } {
  const items = singleAnswer(bank);
  const count = items.filter(rightIsStrictlyLongest).length;
  return { share: items.length ? count / items.length : 0, count, of: items.length };
}

/** Share of true/false items whose answer is "true". */
export function trueShare(bank: readonly Question[]): { share: number; trues: number; of: number } {
  const items = bank.filter((q) => q.type === 'truefalse');
  const trues = items.filter((q) => q.type === 'truefalse' && q.answer).length;
  return { share: items.length ? trues / items.length : 0, trues, of: items.length };
}

export const hasAbsolute = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** How often right and wrong options contain an absolute word (只要, 一律 …). */
export function absoluteRates(bank: readonly Question[], words: readonly string[]) {
  const options = bank.filter(hasOptions).flatMap((q) => q.options);
  const right = options.filter((o) => o.correct);
  const wrong = options.filter((o) => !o.correct);
  const rate = (xs: { text: string }[]) => (xs.length ? xs.filter((o) => hasAbsolute(o.text, words)).length / xs.length : 0);
  return { right: rate(right), wrong: rate(wrong), rightCount: right.length, wrongCount: wrong.length };
}

/** The number the bank asks most often for each unit (ties: the smaller number). */
export function commonestNumbers(bank: readonly Question[]): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const q of bank) {
    if (q.type !== 'numeric') continue;
    const byValue = counts.get(q.unit) ?? new Map<number, number>();
    byValue.set(q.answer, (byValue.get(q.answer) ?? 0) + 1);
    counts.set(q.unit, byValue);
  }
  return new Map(
    [...counts].map(([unit, byValue]) => [unit, [...byValue].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]]),
  );
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** The test-wise candidate's expected score on one question, 0 to 1. */
export function testWiseScore(q: Question, commonest: ReadonlyMap<string, number>, words: readonly string[]): number {
  switch (q.type) {
    case 'truefalse':
      return q.answer ? 0 : 1;
    case 'numeric':
      return commonest.get(q.unit) === q.answer ? 1 : 0;
    case 'ordering':
      return 1 / factorial(q.items.length);
    case 'matching':
      return 1 / factorial(q.pairs.length);
    default: {
      if (isMultiSelect(q)) {
        const ticked = q.options.every((o) => o.correct === !hasAbsolute(o.text, words));
        return ticked ? 1 : 0;
      }
      const longest = Math.max(...q.options.map((o) => o.text.length));
      const tied = q.options.filter((o) => o.text.length === longest);
      return tied.filter((o) => o.correct).length / tied.length;
    }
  }
}

/** Mean expected score over a set of questions (one sitting). */
export function expectedScore(questions: readonly Question[], commonest: ReadonlyMap<string, number>, words: readonly string[]): number {
  if (questions.length === 0) return 0;
  return questions.reduce((sum, q) => sum + testWiseScore(q, commonest, words), 0) / questions.length;
}
