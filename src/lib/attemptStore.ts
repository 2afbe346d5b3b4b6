/**
 * Assignment attempts kept on the trainee's device, so an attempt survives a reload, the phone
 * discarding the tab while the trainee switches to WeChat, and a browser restart: the questions
 * (in the order shown), the recorded start, where they were, every answer (saved on each change),
 * and once handed in, the finish and the result code — which the take page can show again.
 * Several trainees may share one counter PC, so attempts are kept per assignment and staff number.
 *
 * Also the attempt rules of an assignment: how many attempts it allows, and when answers may be
 * shown (the review policy).
 */
import type { Response } from '../quizzes/grading';
import type { Assignment } from './codes';
import { dueEnd } from './roster';
import { keepCopy, readRecord, writeRecord, type StorageProblem } from './safeStorage';
import { staffKey } from './staffNo';
import { z } from './zodInBrowser';

export const ATTEMPTS_KEY = 'xuetang.attempts';
export const ATTEMPTS_VERSION = 1;

const responseSchema = z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string()), z.number(), z.boolean(), z.null()]);

const attemptSchema = z.object({
  /** 1 for the first attempt. */
  n: z.int().check(z.minimum(1)),
  /** Question ids in the order shown. */
  questions: z.array(z.string()),
  /** Epoch milliseconds. */
  startedAt: z.number(),
  /** The question on screen when last saved. */
  index: z.int().check(z.minimum(0)),
  /** Question id → response. */
  responses: z.record(z.string(), responseSchema),
  /** Set when handed in. */
  finishedAt: z.optional(z.number()),
  /** Whether the clock ran out. */
  timeout: z.optional(z.boolean()),
  /** The result code, once handed in. */
  code: z.optional(z.string()),
});

const traineeSchema = z.object({
  /** As typed. */
  name: z.string(),
  staffNo: z.string(),
  attempts: z.array(attemptSchema),
});

export const attemptStoreSchema = z.object({
  /** Format version of this record. */
  version: z.literal(ATTEMPTS_VERSION),
  /** Assignment check → staffKey → the trainee's attempts on this device. */
  assignments: z.record(z.string(), z.record(z.string(), traineeSchema)),
});

export type AttemptStore = z.infer<typeof attemptStoreSchema>;
export type SavedAttempt = z.infer<typeof attemptSchema>;
export type SavedTrainee = z.infer<typeof traineeSchema>;

export const emptyAttempts = (): AttemptStore => ({ version: ATTEMPTS_VERSION, assignments: {} });

/** Reads the store; an unreadable one is copied aside (nothing is lost) and a fresh one returned. */
export function loadAttempts(storage: Storage | undefined): { data: AttemptStore; problem?: StorageProblem; copy?: string } {
  const read = readRecord(storage, ATTEMPTS_KEY, attemptStoreSchema, ATTEMPTS_VERSION, emptyAttempts);
  if (read.problem === 'corrupt' || read.problem === 'newer') return { ...read, copy: keepCopy(storage, ATTEMPTS_KEY) };
  return read;
}

export const saveAttempts = (storage: Storage | undefined, data: AttemptStore) => writeRecord(storage, ATTEMPTS_KEY, data);

/** The trainees of one assignment on this device. */
export const traineesOf = (data: AttemptStore, check: string): SavedTrainee[] => Object.values(data.assignments[check] ?? {});

export const traineeOf = (data: AttemptStore, check: string, staffNo: string): SavedTrainee | undefined =>
  data.assignments[check]?.[staffKey(staffNo)];

/** The attempt in progress, if any. */
export const inProgress = (t: SavedTrainee | undefined) => t?.attempts.find((x) => x.finishedAt === undefined);

/** Returns the store with `attempt` written for the trainee (added, or replacing the one with its number). */
export function putAttempt(data: AttemptStore, check: string, who: { name: string; staffNo: string }, attempt: SavedAttempt): AttemptStore {
  const key = staffKey(who.staffNo);
  const trainees = data.assignments[check] ?? {};
  const t = trainees[key] ?? { name: who.name, staffNo: who.staffNo, attempts: [] };
  const attempts = [...t.attempts.filter((x) => x.n !== attempt.n), attempt].sort((a, b) => a.n - b.n);
  return { ...data, assignments: { ...data.assignments, [check]: { ...trainees, [key]: { ...t, name: who.name, attempts } } } };
}

/** Attempts started on this device (handed in or not) and how many remain. */
export function attemptsLeft(a: Assignment, t: SavedTrainee | undefined): number {
  return Math.max(0, a.at - (t?.attempts.length ?? 0));
}

/** Whether the trainee may see which answers were right: only if the policy allows it, and then only after the due date. */
export function answersVisible(a: Assignment, now = Date.now()): boolean {
  return a.rv === 'due' && now > dueEnd(a.d);
}

/** What the page says about the review policy, before and after the due date. */
export function reviewPolicyText(a: Assignment, now = Date.now()): string {
  const [, m, d] = a.d.split('-').map(Number);
  if (a.rv === 'never') return '交卷后显示得分和各主题结果；本次测验不公布答案。';
  if (a.rv === 'due') {
    return answersVisible(a, now)
      ? '已过截止日期，可以查看每道题的答案和解析。'
      : `交卷后显示得分和各主题结果；${m}月${d}日截止后，回到本页可以查看答案和解析。`;
  }
  return '交卷后显示得分和各主题结果，不显示答案。';
}

/** The responses kept for saving: only JSON-safe values (a number box may hold NaN). */
export function savableResponses(responses: Record<string, Response>): Record<string, Response> {
  return Object.fromEntries(Object.entries(responses).filter(([, r]) => r !== undefined && !(typeof r === 'number' && !Number.isFinite(r))));
}

/** The message for a storage problem on the take page. */
export function attemptsProblemMessage(problem: StorageProblem, copy?: string): string {
  const kept = copy ? `原记录已另存在本机（${copy}），没有删除。` : '';
  return {
    unavailable: '浏览器不允许本站保存数据（可能是无痕模式）。可以照常作答，但刷新或关闭页面会丢失作答进度；交卷后请马上复制结果码。',
    corrupt: `本机保存的作答记录已损坏，无法读取。${kept}可以重新开始作答。`,
    newer: `本机保存的作答记录来自更新版本的服务规范学堂，本页无法读取。${kept}请刷新页面使用新版本。`,
    full: '浏览器存储空间已满，作答进度没有保存：请不要关闭或刷新本页，交卷后马上复制结果码。',
  }[problem];
}
