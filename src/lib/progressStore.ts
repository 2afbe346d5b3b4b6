/**
 * A learner's progress, kept in the browser: chapters read, quiz results, topic totals and the
 * review list (错题本) scheduled with FSRS spaced repetition (ts-fsrs, a maintained
 * implementation of the algorithm Anki uses — we do not write our own scheduler).
 *
 * Storage is treated as untrusted: it may be missing (private mode), full, from an older
 * version, or hand-edited. Reading never throws; it returns data plus what went wrong, so the
 * page can tell the user and offer a fresh start. A corrupted value is copied aside before it
 * is replaced, so nothing is lost silently.
 */
import { z } from './zodInBrowser';
import { createEmptyCard, fsrs, Rating, type Card, type CardInput } from 'ts-fsrs';
import type { QuizTopic } from '../schemas/quiz';
import { STORAGE_KEY, VERSION } from './progressLite';

// The key and version live with the dependency-free reader (progressLite.ts) that the small
// per-page scripts use, so that both always agree.
export { STORAGE_KEY, VERSION };
/** A question leaves the review list after this many right answers in a row. */
export const MASTERED_STREAK = 2;

const cardSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: z.nullish(z.string()),
});

export const progressSchema = z.object({
  /** Format version of this record. */
  version: z.literal(VERSION),
  /** Chapter slug → ISO date first read. */
  chaptersRead: z.record(z.string(), z.string()),
  /** Quiz id → best score, whether passed, attempts, last attempt. */
  quizzes: z.record(
    z.string(),
    z.object({ title: z.string(), best: z.number(), passed: z.boolean(), attempts: z.number(), last: z.string() }),
  ),
  /** Topic → answers right and total, over all quizzes. */
  topics: z.record(z.string(), z.object({ correct: z.number(), total: z.number() })),
  /** Question id → its FSRS card, where it came from, and right answers in a row. */
  review: z.record(z.string(), z.object({ card: cardSchema, quiz: z.string(), added: z.string(), streak: z.number() })),
  /**
   * Walkthrough id → the path last taken (step ids, first to current), when it was last updated,
   * and the day it first reached an end (walkthrough completed). Absent in records made before
   * walkthroughs were tracked.
   */
  walkthroughs: z.optional(
    z.record(z.string(), z.object({ path: z.array(z.string()), updated: z.string(), completed: z.optional(z.string()) })),
  ),
});
export type Progress = z.infer<typeof progressSchema>;
export type ReviewEntry = Progress['review'][string];

/** What went wrong reading or writing storage, for a message the user can act on. */
export type StorageProblem = 'unavailable' | 'corrupt' | 'outdated' | 'full';

export const emptyProgress = (): Progress => ({ version: VERSION, chaptersRead: {}, quizzes: {}, topics: {}, review: {} });

/** localStorage when it can be used at all, else undefined (private mode, disabled, sandboxed). */
export function browserStorage(): Storage | undefined {
  try {
    const s = window.localStorage;
    const probe = `${STORAGE_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

export function load(storage: Storage | undefined): { data: Progress; problem?: StorageProblem } {
  if (!storage) return { data: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { data: emptyProgress(), problem: 'unavailable' };
  }
  if (raw === null) return { data: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { data: emptyProgress(), problem: 'corrupt' };
  }
  const result = progressSchema.safeParse(parsed);
  if (result.success) return { data: result.data };
  const version = (parsed as { version?: unknown } | null)?.version;
  return { data: emptyProgress(), problem: typeof version === 'number' && version !== VERSION ? 'outdated' : 'corrupt' };
}

export function save(storage: Storage | undefined, data: Progress): { ok: boolean; problem?: StorageProblem } {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(data));
    return { ok: true };
  } catch (err) {
    const full = err instanceof DOMException && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return { ok: false, problem: full ? 'full' : 'unavailable' };
  }
}

/** Keeps an unreadable value under another key, then starts afresh. */
export function resetKeepingCopy(storage: Storage | undefined, now = new Date()): void {
  if (!storage) return;
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw !== null) storage.setItem(`${STORAGE_KEY}.unreadable.${now.toISOString()}`, raw);
  } catch {
    // A full storage cannot keep the copy; the reset below still frees the page.
  }
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(emptyProgress()));
  } catch {
    try {
      storage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more can be done; load() will report the storage as unavailable.
    }
  }
}

// Whole-day intervals: clerks review once a day, not every few minutes.
const scheduler = fsrs({ enable_short_term: false });

const serialise = (next: Card): ReviewEntry['card'] => ({
  due: next.due.toISOString(),
  stability: next.stability,
  difficulty: next.difficulty,
  elapsed_days: next.elapsed_days,
  scheduled_days: next.scheduled_days,
  learning_steps: next.learning_steps,
  reps: next.reps,
  lapses: next.lapses,
  state: next.state,
  last_review: next.last_review ? next.last_review.toISOString() : null,
});

/** A question just missed is due at once; after that FSRS decides. */
function schedule(entry: ReviewEntry['card'] | undefined, right: boolean, now: Date): ReviewEntry['card'] {
  if (!entry) return serialise(createEmptyCard(now));
  const card: CardInput = { ...entry, last_review: entry.last_review ?? null };
  return serialise(scheduler.next(card, now, right ? Rating.Good : Rating.Again).card);
}

export interface QuizOutcome {
  quizId: string;
  title: string;
  percent: number;
  passed: boolean;
  byTopic: Partial<Record<QuizTopic, { correct: number; total: number }>>;
  /** Question ids answered wrongly (they go on the review list). */
  wrong: string[];
  /** Question ids answered rightly (they count towards leaving the review list). */
  right: string[];
}

/** Records a finished quiz: result, topic totals, wrong answers onto the review list. */
export function recordQuiz(data: Progress, o: QuizOutcome, now = new Date()): Progress {
  const prev = data.quizzes[o.quizId];
  const topics = { ...data.topics };
  for (const [topic, s] of Object.entries(o.byTopic)) {
    const t = topics[topic] ?? { correct: 0, total: 0 };
    topics[topic] = { correct: t.correct + s!.correct, total: t.total + s!.total };
  }
  let next: Progress = {
    ...data,
    topics,
    quizzes: {
      ...data.quizzes,
      [o.quizId]: {
        title: o.title,
        best: Math.max(prev?.best ?? 0, o.percent),
        passed: (prev?.passed ?? false) || o.passed,
        attempts: (prev?.attempts ?? 0) + 1,
        last: now.toISOString(),
      },
    },
  };
  for (const id of o.wrong) next = answerReview(next, id, false, now, o.quizId);
  for (const id of o.right) if (next.review[id]) next = answerReview(next, id, true, now, o.quizId);
  return next;
}

/** One review answer: reschedules the question, or removes it once it is mastered. */
export function answerReview(data: Progress, questionId: string, right: boolean, now = new Date(), quiz = 'review'): Progress {
  const entry = data.review[questionId];
  const streak = right ? (entry?.streak ?? 0) + 1 : 0;
  const review = { ...data.review };
  if (right && streak >= MASTERED_STREAK) delete review[questionId];
  else if (entry || !right) {
    review[questionId] = {
      card: schedule(entry?.card, right, now),
      quiz: entry?.quiz ?? quiz,
      added: entry?.added ?? now.toISOString(),
      streak,
    };
  }
  return { ...data, review };
}

export function removeFromReview(data: Progress, questionId: string): Progress {
  const review = { ...data.review };
  delete review[questionId];
  return { ...data, review };
}

/** Question ids due for review now, earliest first. */
export function dueForReview(data: Progress, now = new Date()): string[] {
  return Object.entries(data.review)
    .filter(([, e]) => new Date(e.card.due) <= now)
    .sort(([, a], [, b]) => a.card.due.localeCompare(b.card.due))
    .map(([id]) => id);
}

export function markChapterRead(data: Progress, slug: string, now = new Date()): Progress {
  if (data.chaptersRead[slug]) return data;
  return { ...data, chaptersRead: { ...data.chaptersRead, [slug]: now.toISOString().slice(0, 10) } };
}

/** Topics with the lowest share of right answers (at least `min` answers), weakest first. */
export function weakTopics(data: Progress, min = 3): { topic: string; percent: number; total: number }[] {
  return Object.entries(data.topics)
    .filter(([, s]) => s.total >= min)
    .map(([topic, s]) => ({ topic, percent: Math.round((s.correct / s.total) * 100), total: s.total }))
    .sort((a, b) => a.percent - b.percent);
}

const FILE_KIND = 'xuetang-progress';

/** The export file's text. */
export function exportProgress(data: Progress, now = new Date()): string {
  return JSON.stringify({ kind: FILE_KIND, version: VERSION, exportedAt: now.toISOString(), data }, null, 2);
}

/** Reads an export file; a wrong or damaged file gives a message, never an exception. */
export function importProgress(text: string): { data: Progress } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: '这个文件不是有效的进度文件（无法读取）。请选择从本站“导出进度”得到的 .json 文件。' };
  }
  const file = parsed as { kind?: unknown; version?: unknown; data?: unknown } | null;
  if (!file || file.kind !== FILE_KIND) return { error: '这个文件不是服务规范学堂的进度文件。' };
  if (file.version !== VERSION) return { error: `这个进度文件的版本（${String(file.version)}）与本站（${VERSION}）不一致，无法导入。` };
  const result = progressSchema.safeParse(file.data);
  if (!result.success) return { error: '进度文件内容不完整或被修改过，无法导入。当前进度没有改变。' };
  return { data: result.data };
}

/** The message shown for a storage problem. */
export function problemMessage(problem: StorageProblem): string {
  return {
    unavailable: '浏览器不允许本站保存数据（可能是无痕模式或关闭了本地存储）。测验可以照常做，但进度和错题本不会保存。',
    corrupt: '本机保存的学习进度已损坏，无法读取。原数据已另存一份备查，进度已重新开始。',
    outdated: '本机保存的学习进度来自旧版本，无法读取。原数据已另存一份备查，进度已重新开始。',
    full: '浏览器存储空间已满，这次的进度没有保存。可以先“导出进度”留存，再清理浏览器数据。',
  }[problem];
}
