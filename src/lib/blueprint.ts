/**
 * A different paper per trainee, from one blueprint. The blueprint (fixed when the assignment is
 * made, and carried in its link) says how many questions each cell of topic × difficulty gets;
 * every trainee answers the same number of questions per cell, but which ones is decided by a
 * seed made of the assignment, the staff number and the attempt. So a shared answer list does not
 * pass someone else, and the results page derives each paper again from the result code alone.
 *
 * The draw ranks a cell's questions by a hash of (seed, question id) and takes the lowest ranks
 * ("bottom-k" sampling) instead of shuffling the list: adding a question to the bank changes a
 * paper only if the newcomer ranks among the chosen, so papers survive bank updates far better
 * than a shuffle would. One paper never holds two questions of a near-duplicate group.
 */
import { hashSeed, rng, shuffle } from './random';
import { staffKey } from './staffNo';
import type { Question, QuizTopic } from '../schemas/quiz';
import { QUIZ_TOPICS } from '../schemas/quizTopics';

export type Difficulty = 1 | 2 | 3;
/** One cell of the blueprint: topic, difficulty, how many questions. */
export type Cell = [topic: QuizTopic, difficulty: Difficulty, count: number];

/** The blueprint topic a question counts for: its first topic among the blueprint's topics. */
export function cellTopic(q: Question, topics: readonly QuizTopic[]): QuizTopic | undefined {
  return q.topics.find((t) => topics.includes(t));
}

/** What a question may not share a paper with: its near-duplicate group, or just itself. */
const groupKey = (q: Question) => (q.group ? `group:${q.group}` : `id:${q.id}`);

/**
 * Splits `total` questions over the cells the pool offers, in proportion to how many questions
 * each cell has (largest remainder), never asking a cell for more than it holds (a group of
 * near-duplicates counts once). With `perTopic`,
 * each topic's count is split over its difficulties.
 */
export function makeBlueprint(pool: readonly Question[], topics: readonly QuizTopic[], want: Partial<Record<QuizTopic, number>> | number): Cell[] {
  const ordered = QUIZ_TOPICS.filter((t) => topics.includes(t));
  // A near-duplicate group fills one place on a paper, however many questions it has.
  const members = new Map<string, Set<string>>();
  for (const q of pool) {
    const t = cellTopic(q, ordered);
    if (!t) continue;
    const key = `${t}|${q.difficulty}`;
    members.set(key, (members.get(key) ?? new Set()).add(groupKey(q)));
  }
  const sizes = new Map([...members].map(([key, set]) => [key, set.size]));
  const cellsOf = (ts: readonly QuizTopic[]) =>
    ts.flatMap((t) => ([1, 2, 3] as Difficulty[]).map((d) => ({ t, d, size: sizes.get(`${t}|${d}`) ?? 0 }))).filter((c) => c.size > 0);
  const split = (cells: { t: QuizTopic; d: Difficulty; size: number }[], n: number): Cell[] => {
    const available = cells.reduce((a, c) => a + c.size, 0);
    const n0 = Math.min(n, available);
    const shares = cells.map((c) => {
      const exact = available ? (c.size / available) * n0 : 0;
      return { ...c, count: Math.min(c.size, Math.floor(exact)), rest: exact - Math.floor(exact) };
    });
    let left = n0 - shares.reduce((a, c) => a + c.count, 0);
    // Largest remainder first; ties go to the larger cell. Capped cells pass their share on.
    const order = [...shares].sort((a, b) => b.rest - a.rest || b.size - a.size);
    while (left > 0) {
      for (const c of order) {
        if (left > 0 && c.count < c.size) {
          c.count++;
          left--;
        }
      }
    }
    return shares.filter((c) => c.count > 0).map((c) => [c.t, c.d, c.count] as Cell);
  };
  if (typeof want === 'number') return split(cellsOf(ordered), want);
  return ordered.flatMap((t) => split(cellsOf([t]), want[t] ?? 0));
}

/** The seed text of one trainee's paper. */
export const paperSeed = (assignmentSeed: string, staffNo: string, attempt: number) => `${assignmentSeed}|${staffKey(staffNo)}|${attempt}`;

/**
 * One trainee's paper: the questions in slot order (cell by cell, as the blueprint lists them;
 * by id within a cell), and the order they are shown in. Slot order is what a result code packs answers against.
 */
export function drawPaper<Q extends Question>(blueprint: readonly Cell[], pool: readonly Q[], seed: string): { slots: Q[]; shown: Q[] } {
  const topics = [...new Set(blueprint.map(([t]) => t))];
  const taken = new Set<string>();
  const rank = (q: Q) => hashSeed(`${seed}|${q.id}`);
  const slots: Q[] = [];
  for (const [topic, difficulty, count] of blueprint) {
    const cell = pool
      .filter((q) => q.difficulty === difficulty && cellTopic(q, topics) === topic)
      .map((q) => ({ q, r: rank(q) }))
      .sort((a, b) => a.r - b.r || (a.q.id < b.q.id ? -1 : 1));
    const chosen: Q[] = [];
    for (const { q } of cell) {
      if (chosen.length >= count) break;
      if (taken.has(groupKey(q))) continue;
      taken.add(groupKey(q));
      chosen.push(q);
    }
    // Within a cell, slots go by question id: trainees who drew the same questions have them in the
    // same slots, so per-slot statistics (KR-20) compare like with like.
    slots.push(...chosen.sort((x, y) => (x.id < y.id ? -1 : 1)));
  }
  return { slots, shown: shuffle(slots, rng(hashSeed(`${seed}|order`))) };
}
