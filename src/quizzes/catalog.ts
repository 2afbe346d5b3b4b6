/**
 * The question bank and the quizzes built on it: hand-written banks plus generated questions;
 * the quiz definitions of quizzes.yaml plus one practice quiz per chapter; which questions a
 * quiz may ask, and the draw (seeded, so every trainee of one assignment can get the same set).
 */
import { hashSeed, rng, shuffle } from '../lib/random';
import type { Question, QuizDefinition, QuizTopic } from '../schemas/quiz';
import { QUIZ_TOPICS } from '../schemas/quizTopics';

/** The chapter a question's learn link points at. */
export const chapterOf = (q: Question) => q.learn.split('#')[0];

/** Smallest number of questions a chapter needs to get its own practice quiz. */
export const MIN_CHAPTER_QUESTIONS = 5;

/** One practice quiz per chapter that has enough questions. */
export function chapterQuizzes(chapters: { slug: string; title: string }[], bank: Question[]): QuizDefinition[] {
  return chapters.flatMap(({ slug, title }) => {
    const n = bank.filter((q) => chapterOf(q) === slug).length;
    if (n < MIN_CHAPTER_QUESTIONS) return [];
    return [
      {
        id: `chapter-${slug.replace(/\//g, '-')}`,
        title: `${title}练习`,
        summary: `检验「${title}」一章学得怎么样：答完一题马上看解析。`,
        mode: 'practice' as const,
        topics: [],
        chapters: [slug],
        count: Math.min(10, n),
        passMark: 80,
      },
    ];
  });
}

/** The questions a quiz may draw from. */
export function candidates<Q extends Question>(quiz: QuizDefinition, bank: readonly Q[]): Q[] {
  if (quiz.perTopic) {
    const topics = Object.keys(quiz.perTopic) as QuizTopic[];
    return bank.filter((q) => q.topics.some((t) => topics.includes(t)));
  }
  return bank.filter(
    (q) =>
      (quiz.topics.length === 0 || q.topics.some((t) => quiz.topics.includes(t))) &&
      (quiz.chapters.length === 0 || quiz.chapters.includes(chapterOf(q))),
  );
}

/** How many questions the quiz asks. */
export function questionCount(quiz: QuizDefinition, pool: readonly Question[]): number {
  if (quiz.perTopic) return Object.values(quiz.perTopic).reduce((a, b) => a + (b ?? 0), 0);
  return Math.min(quiz.count ?? pool.length, pool.length);
}

/** What a question may not share a draw with: its group of near-duplicates, or just itself. */
const groupKey = (q: Question) => (q.group ? `group:${q.group}` : `id:${q.id}`);

/** Up to `n` questions of `options` in random order, none sharing a group with `taken` or with each other. */
function pickApart<Q extends Question>(options: readonly Q[], n: number, random: () => number, taken: Set<string>): Q[] {
  const out: Q[] = [];
  // Filtering before the shuffle keeps the draws of a bank without groups as they always were.
  for (const q of shuffle(options.filter((x) => !taken.has(groupKey(x))), random)) {
    if (out.length >= n) break;
    if (taken.has(groupKey(q))) continue;
    taken.add(groupKey(q));
    out.push(q);
  }
  return out;
}

/**
 * The questions of one sitting, in the order asked. Exams draw `perTopic[t]` questions for each
 * topic (a question counts for the first listed topic it has that still needs questions).
 * A draw never holds two questions of one `group` (near-duplicates give each other away).
 * The same seed always gives the same questions in the same order.
 */
export function draw<Q extends Question>(quiz: QuizDefinition, pool: readonly Q[], seed: number): Q[] {
  const random = rng(seed);
  const taken = new Set<string>();
  if (quiz.perTopic) {
    const chosen: Q[] = [];
    for (const topic of QUIZ_TOPICS) {
      const want = quiz.perTopic[topic] ?? 0;
      chosen.push(...pickApart(pool.filter((q) => q.topics.includes(topic)), want, random, taken));
    }
    return shuffle(chosen, random);
  }
  return pickApart(pool, questionCount(quiz, pool), random, taken);
}

/** A seed from any text (an assignment code, a date): the same text, the same draw. */
export const seedFrom = hashSeed;
