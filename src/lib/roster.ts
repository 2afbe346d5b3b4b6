/**
 * Checking a group's results without a server. Each result code is re-graded against the question
 * bank: its paper is derived again from the assignment, the staff number and the attempt
 * (src/lib/blueprint.ts), and each slot's question is confirmed by the fingerprint the code
 * carries. A question whose content changed after the trainee answered it is left out of the
 * score, with the reason — an old answer is never graded against new text. Then: which attempt
 * counts, who has not handed in, flags for what needs a second look, and the topics the group
 * missed most.
 */
import { candidates } from '../quizzes/catalog';
import { isCorrect, type Response } from '../quizzes/grading';
import type { BankQuestion, QuizDefinition, QuizTopic } from '../schemas/quiz';
import { unpackResponse } from './answerPacking';
import { drawPaper, paperSeed } from './blueprint';
import { FINGERPRINT_PREFIX, type Assignment, type ResultData } from './codes';
import type { ExpectedPerson } from './expectedRoster';
import { staffKey } from './staffNo';

/** The quiz definition an assignment stands for: a named quiz, or a draw over topics. */
export function assignmentQuiz(a: Assignment, quizzes: QuizDefinition[]): QuizDefinition {
  const base = quizzes.find((q) => q.id === a.q);
  if (base?.perTopic) return { ...base, title: a.t, minutes: a.m, passMark: a.p };
  return {
    id: base?.id ?? 'assignment',
    title: a.t,
    summary: base?.summary ?? `按主题抽题：${a.tp.join('、')}`,
    mode: 'exam',
    topics: base && !base.perTopic ? base.topics : a.tp,
    chapters: base && !base.perTopic ? base.chapters : [],
    count: a.n,
    minutes: a.m,
    passMark: a.p,
  };
}

/** The questions an assignment may draw from. */
export const assignmentPool = <Q extends BankQuestion>(a: Assignment, quizzes: QuizDefinition[], bank: readonly Q[]): Q[] =>
  candidates(assignmentQuiz(a, quizzes), bank);

/** One trainee's paper for one attempt: questions in slot order, and in the order shown. */
export const traineePaper = <Q extends BankQuestion>(a: Assignment, pool: readonly Q[], staffNo: string, attempt: number) =>
  drawPaper(a.bp, pool, paperSeed(a.s, staffNo, attempt));

/** The last moment of the due date, in China Standard Time (UTC+8). */
export function dueEnd(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 23, 59, 59, 999) - 8 * 3_600_000;
}

/** Less time than this per question on average is not a real attempt (reading a case alone takes longer). */
export const MIN_SECONDS_PER_QUESTION = 5;

/** Why an attempt needs a second look. */
export type Flag = 'late' | 'fast' | 'extra-attempt' | 'duplicate' | 'paper-differs' | 'changed' | 'not-on-roster' | 'name-differs';

export const FLAG_TEXT: Record<Flag, string> = {
  late: '截止日期后交卷',
  fast: `用时过短（平均每题不到 ${MIN_SECONDS_PER_QUESTION} 秒）`,
  'extra-attempt': '超出允许的作答次数，不计入成绩',
  duplicate: '同一次作答收到了两份不同的结果码',
  'paper-differs': '有题目与按工号推算的试卷不同（题库更新过，或结果码被改过）',
  changed: '有题目在布置测验后改过，这些题不计入得分',
  'not-on-roster': '不在应交名单上',
  'name-differs': '姓名与应交名单不一致',
};

/** One slot of a graded paper. */
export interface GradedItem {
  slot: number;
  /** The question answered, or null when its content changed and it is left out. */
  question: BankQuestion | null;
  response: Response;
  right: boolean;
  /** graded = as derived; moved = found by fingerprint elsewhere in the pool; changed = left out. */
  status: 'graded' | 'moved' | 'changed';
  /** For a changed question: why it is left out. */
  reason?: string;
}

export interface GradedAttempt {
  name: string;
  staffNo: string;
  /** staffKey(staffNo). */
  key: string;
  attempt: number;
  startedAt: number;
  finishedAt: number;
  seconds: number;
  timeout: boolean;
  /** The result code's check: its verification code (as on the certificate). */
  check: string;
  items: GradedItem[];
  correct: number;
  /** Questions graded (changed ones left out). */
  total: number;
  percent: number;
  passed: boolean;
  byTopic: Partial<Record<QuizTopic, { correct: number; total: number }>>;
  flags: Flag[];
  /** Whether this is the attempt that counts for the trainee. */
  counts: boolean;
}

/** Grades one decoded result of this assignment. `pool` is assignmentPool(). */
export function gradeResult(a: Assignment, pool: readonly BankQuestion[], r: ResultData, check: string): GradedAttempt {
  const paper = traineePaper(a, pool, r.staffNo, r.attempt).slots;
  const byPrefix = new Map(pool.map((q) => [q.fingerprint.slice(0, FINGERPRINT_PREFIX), q]));
  const items: GradedItem[] = r.fingerprints.map((fp, slot) => {
    const derived = paper[slot];
    const found = derived && derived.fingerprint.startsWith(fp) ? derived : byPrefix.get(fp);
    if (!found) {
      const reason = derived
        ? `第 ${slot + 1} 题在学员作答后改过（现在的题目是「${derived.prompt}」），原来的题已不在题库中，这道题不计入得分。`
        : `第 ${slot + 1} 题已不在题库中，不计入得分。`;
      return { slot, question: null, response: null, right: false, status: 'changed', reason };
    }
    const response = unpackResponse(found, r.answers[slot] ?? 0);
    return { slot, question: found, response, right: isCorrect(found, response), status: found === derived ? 'graded' : 'moved' };
  });
  const graded = items.filter((i) => i.question);
  const correct = graded.filter((i) => i.right).length;
  const percent = graded.length ? Math.round((correct / graded.length) * 100) : 0;
  const byTopic: GradedAttempt['byTopic'] = {};
  for (const i of graded) {
    // Each question counts once, under its first topic, so the table adds up to the total.
    const s = (byTopic[i.question!.topics[0]] ??= { correct: 0, total: 0 });
    s.total++;
    if (i.right) s.correct++;
  }
  const seconds = Math.round((r.finishedAt - r.startedAt) / 1000);
  const flags: Flag[] = [];
  if (r.finishedAt > dueEnd(a.d)) flags.push('late');
  if (seconds < r.fingerprints.length * MIN_SECONDS_PER_QUESTION) flags.push('fast');
  if (r.attempt > a.at) flags.push('extra-attempt');
  if (items.some((i) => i.status === 'moved') || r.fingerprints.length !== paper.length) flags.push('paper-differs');
  if (items.some((i) => i.status === 'changed')) flags.push('changed');
  return {
    name: r.name,
    staffNo: r.staffNo,
    key: staffKey(r.staffNo),
    attempt: r.attempt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    seconds,
    timeout: r.timeout,
    check,
    items,
    correct,
    total: graded.length,
    percent,
    passed: graded.length > 0 && percent >= a.p,
    byTopic,
    flags,
    counts: false,
  };
}

/** One person on the roster: expected, handed in, or both. */
export interface TraineeRow {
  name: string;
  staffNo: string;
  key: string;
  /** On the expected roster. */
  expected: boolean;
  /** Every attempt received, by attempt number. */
  attempts: GradedAttempt[];
  /** The attempt that counts, if any. */
  counted?: GradedAttempt;
}

/**
 * The roster: every expected trainee and everyone who handed in, with all their attempts and the
 * one that counts (first, best or last among the allowed, non-conflicting attempts).
 */
export function buildRoster(a: Assignment, attempts: GradedAttempt[], expected: ExpectedPerson[]): TraineeRow[] {
  const rows = new Map<string, TraineeRow>();
  for (const p of expected) rows.set(staffKey(p.staffNo), { name: p.name, staffNo: p.staffNo, key: staffKey(p.staffNo), expected: true, attempts: [] });
  for (const at of attempts) {
    const row = rows.get(at.key) ?? { name: at.name, staffNo: at.staffNo, key: at.key, expected: false, attempts: [] };
    const same = row.attempts.filter((x) => x.attempt === at.attempt);
    const flags: Flag[] = [...at.flags];
    if (same.length) {
      flags.push('duplicate');
      for (const x of same) if (!x.flags.includes('duplicate')) x.flags.push('duplicate');
    }
    if (expected.length && !row.expected) flags.push('not-on-roster');
    if (row.expected && at.name.trim() !== row.name.trim()) flags.push('name-differs');
    row.attempts.push({ ...at, flags, counts: false });
    rows.set(at.key, row);
  }
  for (const row of rows.values()) {
    row.attempts.sort((x, y) => x.attempt - y.attempt || x.finishedAt - y.finishedAt);
    // A second, different code for the same attempt: the first one received stands.
    const eligible = row.attempts.filter((x, i) => !x.flags.includes('extra-attempt') && row.attempts.findIndex((y) => y.attempt === x.attempt) === i);
    const pick =
      a.ct === 'first' ? eligible[0] : a.ct === 'last' ? eligible.at(-1) : [...eligible].sort((x, y) => y.percent - x.percent || x.attempt - y.attempt)[0];
    if (pick) {
      pick.counts = true;
      row.counted = pick;
    }
  }
  return [...rows.values()];
}

/** Who is on the expected roster and has not handed in anything. */
export const notSubmitted = (rows: TraineeRow[]) => rows.filter((r) => r.expected && r.attempts.length === 0);

/** A reminder to paste into a chat, naming who has not handed in. */
export function reminderText(a: Assignment, missing: TraineeRow[]): string {
  if (missing.length === 0) return '';
  const [, m, d] = a.d.split('-').map(Number);
  return `提醒：以下同事还没有交「${a.t}」的结果（${m}月${d}日截止）：${missing.map((r) => r.name).join('、')}。请打开测验链接作答，交卷后把结果码发给我。谢谢！`;
}

/** Topics by how often the group answered wrongly, worst first (over the attempts that count). */
export function missedTopics(rows: TraineeRow[]): { topic: QuizTopic; wrong: number; total: number }[] {
  const totals = new Map<QuizTopic, { wrong: number; total: number }>();
  for (const row of rows) {
    if (!row.counted) continue;
    for (const [topic, s] of Object.entries(row.counted.byTopic) as [QuizTopic, { correct: number; total: number }][]) {
      const t = totals.get(topic) ?? { wrong: 0, total: 0 };
      totals.set(topic, { wrong: t.wrong + (s.total - s.correct), total: t.total + s.total });
    }
  }
  return [...totals].map(([topic, t]) => ({ topic, ...t })).sort((x, y) => y.wrong / y.total - x.wrong / x.total);
}
