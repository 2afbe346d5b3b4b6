/**
 * What the SCORM 1.2 package does when the LMS launches it, decided from what the LMS says
 * (pure functions, unit-tested; the player in ./player.ts applies them):
 *
 * - lesson_mode review → show the recorded result; change nothing.
 * - lesson_mode browse → the learner may try the quiz; no score, no pass/fail (status "browsed"
 *   only if nothing was recorded yet).
 * - a recorded passed/failed in normal mode → show it; never overwrite it, never retake in this
 *   attempt (a new attempt is the LMS's decision, and arrives with a fresh status).
 * - entry resume with our suspend data → continue the saved attempt, clock from its recorded start.
 * - otherwise a fresh attempt; status "incomplete" only if nothing was recorded yet.
 * - credit no-credit → the quiz runs, the result is shown, but no score or pass/fail is written.
 *
 * Also the suspend data format and the cmi.interactions records.
 */
import { isCorrect, isMultiSelect, type Response } from '../quizzes/grading';
import type { Question } from '../schemas/quiz';
import { packResponse, unpackResponse } from '../lib/answerPacking';

export interface LmsState {
  lessonStatus: string;
  entry: string;
  lessonMode: string;
  credit: string;
  suspendData: string;
}

export type Launch =
  | { kind: 'review' }
  | { kind: 'completed' }
  | { kind: 'browse' }
  | { kind: 'resume'; saved: Suspended; credit: boolean }
  | { kind: 'fresh'; credit: boolean; unreadable: boolean };

/** Statuses that mean the attempt is over and graded. */
const FINAL = ['passed', 'failed'];

export function decideLaunch(s: LmsState, questions: Question[]): Launch {
  if (s.lessonMode === 'review') return { kind: 'review' };
  if (s.lessonMode === 'browse') return { kind: 'browse' };
  if (FINAL.includes(s.lessonStatus)) return { kind: 'completed' };
  const credit = s.credit !== 'no-credit';
  if (s.entry === 'resume' && s.suspendData) {
    const saved = readSuspend(s.suspendData, questions);
    if (saved) return { kind: 'resume', saved, credit };
    return { kind: 'fresh', credit, unreadable: true };
  }
  return { kind: 'fresh', credit, unreadable: false };
}

/** Whether launching may set lesson_status to incomplete: only over "nothing recorded yet". */
export const mayMarkIncomplete = (status: string) => ['', 'not attempted', 'browsed'].includes(status);

/** A saved attempt, as kept in cmi.suspend_data. */
export interface Suspended {
  startedAt: number;
  index: number;
  responses: Record<string, Response>;
}

const SUSPEND_VERSION = 'x1';

/** suspend_data: "x1;<start ms base 36>;<index>;<packed answers base 36, dot-separated, in the order shown>" — far under the 4,096 characters SCORM 1.2 allows. */
export function writeSuspend(saved: Suspended, questions: Question[]): string {
  const answers = questions.map((q) => packResponse(q, saved.responses[q.id]).toString(36));
  return [SUSPEND_VERSION, saved.startedAt.toString(36), String(saved.index), answers.join('.')].join(';');
}

export function readSuspend(text: string, questions: Question[]): Suspended | undefined {
  const [version, start, index, answers] = text.split(';');
  if (version !== SUSPEND_VERSION || !start || index === undefined || answers === undefined) return undefined;
  const values = answers === '' ? [] : answers.split('.').map((v) => parseInt(v, 36));
  if (values.length !== questions.length || values.some((v) => !Number.isSafeInteger(v) || v < 0)) return undefined;
  const startedAt = parseInt(start, 36);
  if (!Number.isSafeInteger(startedAt) || !/^\d+$/.test(index)) return undefined;
  const responses: Record<string, Response> = {};
  questions.forEach((q, i) => {
    const r = unpackResponse(q, values[i]);
    if (r !== null) responses[q.id] = r;
  });
  return { startedAt, index: Number(index), responses };
}

/** SCORM 1.2 CMITimespan, HHHH:MM:SS. */
export function timespan(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.min(9999, Math.floor(s / 3600));
  return `${String(h).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** One question's cmi.interactions.n.* values, as SCORM 1.2 writes them (single-letter option names a, b, c … by sorted id). */
export function interaction(q: Question, r: Response, at: Date): Record<string, string> {
  const letter = (ids: string[], id: string) => String.fromCharCode(97 + ids.indexOf(id));
  const right = isCorrect(q, r);
  const base = { id: q.id, time: at.toTimeString().slice(0, 8), weighting: '1', result: right ? 'correct' : 'wrong' };
  const answered = r !== null && r !== undefined && !(Array.isArray(r) && r.length === 0);
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario': {
      const ids = q.options.map((o) => o.id).sort();
      const chosen = typeof r === 'string' ? [r] : Array.isArray(r) ? r : [];
      const correct = q.options.filter((o) => o.correct).map((o) => letter(ids, o.id)).sort();
      return {
        ...base,
        type: 'choice',
        student_response: answered ? chosen.filter((id) => ids.includes(id)).map((id) => letter(ids, id)).sort().join(',') : '',
        pattern: isMultiSelect(q) ? correct.join(',') : correct[0],
      };
    }
    case 'truefalse':
      return { ...base, type: 'true-false', student_response: r === true ? 't' : r === false ? 'f' : '', pattern: q.answer ? 't' : 'f' };
    case 'ordering': {
      const ids = q.items.map((i) => i.id).sort();
      return {
        ...base,
        type: 'sequencing',
        student_response: Array.isArray(r) ? r.map((id) => letter(ids, id)).join(',') : '',
        pattern: q.items.map((i) => letter(ids, i.id)).join(','),
      };
    }
    case 'matching': {
      const ids = q.pairs.map((p) => p.id).sort();
      const chosen = r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, string>) : {};
      return {
        ...base,
        type: 'matching',
        student_response: ids.filter((id) => chosen[id]).map((id) => `${letter(ids, id)}.${letter(ids, chosen[id])}`).join(','),
        pattern: ids.map((id) => `${letter(ids, id)}.${letter(ids, id)}`).join(','),
      };
    }
    case 'numeric':
      return { ...base, type: 'numeric', student_response: typeof r === 'number' && Number.isFinite(r) ? String(r) : '', pattern: String(q.answer) };
  }
}
