/**
 * Where a learner is on the learning path, from their progress record: what is done, what comes
 * next, and whether everything the 学习完成记录 asks for is done. Pure and dependency-free: the
 * home dashboard, the progress page, the completion record and the sidebar marks all call it in
 * the browser; the path itself (chapters in order, each with its quiz and walkthroughs) is built
 * at build time by src/lib/learningPath.ts.
 *
 * The path's tasks: read each chapter to the end, pass each chapter's practice quiz at
 * RECORD_PASS_MARK or better, walk each walkthrough to an end once.
 */
import type { LiteProgress } from './progressLite';

/** A chapter on the learning path, with what goes with it. */
export interface PathChapter {
  slug: string;
  title: string;
  /** The chapter's practice quiz, if it has one. */
  quiz?: { id: string; title: string };
  /** The chapter's walkthroughs (processes). */
  walkthroughs: { id: string; title: string }[];
}

/** The score a chapter quiz must reach for the learning path (and the completion record). */
export const RECORD_PASS_MARK = 80;

/** What a learner has done in one chapter. */
export interface ChapterState {
  slug: string;
  /** Day the chapter was read to the end. */
  read?: string;
  /** The chapter quiz: best score so far (undefined if never taken), passed at RECORD_PASS_MARK. */
  quiz?: { best?: number; passed: boolean };
  /** Each walkthrough: the day it first reached an end, or how far the last attempt got. */
  walks: { id: string; completed?: string; position?: number }[];
  /** Every task of the chapter is done. */
  done: boolean;
}

export interface JourneyStatus {
  chapters: ChapterState[];
  /** Tasks on the path and how many are done; percent rounds down, so 100 means all. */
  total: number;
  done: number;
  percent: number;
  /** The first chapter, in path order, not yet read to the end. */
  nextChapter?: PathChapter;
  /** The walkthrough to continue: the most recent one started and not finished, with its step. */
  walkInProgress?: { id: string; title: string; step: string; position: number };
  /** Otherwise the first walkthrough, in path order, not yet completed. */
  nextWalk?: { id: string; title: string };
  /** Review questions due now. */
  due: number;
  /** Every task on the path is done: the completion record can be printed. */
  complete: boolean;
  /** The latest day any task was done (the completion record's date). */
  lastDay?: string;
}

export function journeyStatus(path: PathChapter[], data: LiteProgress | undefined, now = new Date()): JourneyStatus {
  const read = data?.chaptersRead ?? {};
  const quizzes = data?.quizzes ?? {};
  const walks = data?.walkthroughs ?? {};
  const days: string[] = [];
  let total = 0;
  let done = 0;
  const count = (ok: boolean) => {
    total += 1;
    if (ok) done += 1;
  };

  const chapters = path.map((c): ChapterState => {
    const readOn = read[c.slug];
    count(!!readOn);
    if (readOn) days.push(readOn);
    let quiz: ChapterState['quiz'];
    if (c.quiz) {
      const q = quizzes[c.quiz.id];
      quiz = { best: q?.best, passed: (q?.best ?? 0) >= RECORD_PASS_MARK };
      count(quiz.passed);
    }
    const walkStates = c.walkthroughs.map((w) => {
      const rec = walks[w.id];
      count(!!rec?.completed);
      if (rec?.completed) days.push(rec.completed);
      return { id: w.id, completed: rec?.completed, position: rec && !rec.completed ? rec.path.length : undefined };
    });
    const doneHere = !!readOn && (!quiz || quiz.passed) && walkStates.every((w) => w.completed);
    return { slug: c.slug, read: readOn, quiz, walks: walkStates, done: doneHere };
  });

  const allWalks = path.flatMap((c) => c.walkthroughs);
  const started = allWalks
    .map((w) => ({ ...w, rec: walks[w.id] }))
    .filter((w) => w.rec && !w.rec.completed && w.rec.path.length > 1)
    .sort((a, b) => b.rec!.updated.localeCompare(a.rec!.updated))[0];
  const due = Object.values(data?.review ?? {}).filter((e) => new Date(e.card.due) <= now).length;

  return {
    chapters,
    total,
    done,
    percent: total ? Math.floor((done / total) * 100) : 0,
    nextChapter: path.find((c) => !read[c.slug]),
    walkInProgress: started && {
      id: started.id,
      title: started.title,
      step: started.rec!.path.at(-1)!,
      position: started.rec!.path.length,
    },
    nextWalk: started ? undefined : allWalks.find((w) => !walks[w.id]?.completed),
    due,
    complete: total > 0 && done === total,
    lastDay: days.sort().at(-1),
  };
}
