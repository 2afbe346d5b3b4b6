/**
 * The learner's progress record, read and written without the validation library and the
 * scheduler: for the small scripts that run on every page (the sidebar marks, "chapter read",
 * the walkthrough's steps, the home dashboard), which must stay a few hundred bytes.
 *
 * It reads defensively and only ever adds to a record whose shape it recognises; a record it
 * does not recognise is left exactly as it is (the progress page reports and repairs it with the
 * full schema in progressStore.ts, which owns the format). Nothing here throws.
 */

/** The localStorage key of the record. */
export const STORAGE_KEY = 'xuetang.progress';
/** Format version of the record (progressStore.ts validates it in full). */
export const VERSION = 1;

/** One walkthrough: the path last taken, when, and the day it first reached an end. */
export interface WalkRecord {
  path: string[];
  updated: string;
  completed?: string;
}

/** The parts of the record the small scripts read or add to. */
export interface LiteProgress {
  version: number;
  chaptersRead: Record<string, string>;
  quizzes: Record<string, { best: number; passed: boolean }>;
  review: Record<string, { card: { due: string } }>;
  walkthroughs?: Record<string, WalkRecord>;
}

/** A fresh record, in the shape progressStore.ts expects. */
export const emptyRecord = (): LiteProgress & { topics: Record<string, never> } => ({
  version: VERSION,
  chaptersRead: {},
  quizzes: {},
  topics: {},
  review: {},
});

const isMap = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether a parsed value looks like a record of this version (the full check is progressStore's). */
function recognised(x: unknown): x is LiteProgress {
  return (
    isMap(x) &&
    x.version === VERSION &&
    isMap(x.chaptersRead) &&
    isMap(x.quizzes) &&
    isMap(x.review) &&
    (x.walkthroughs === undefined || isMap(x.walkthroughs))
  );
}

/** localStorage, or undefined where the browser refuses it. */
export function liteStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored record; an empty one when nothing is stored; undefined when storage is unusable or the record unrecognised. */
export function readProgress(storage = liteStorage()): LiteProgress | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (raw === undefined) return undefined;
    if (raw === null) return emptyRecord();
    const data: unknown = JSON.parse(raw);
    return recognised(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Applies `change` to the stored record and saves it; does nothing if the record cannot be read or written. */
export function updateProgress(change: (data: LiteProgress) => void, storage = liteStorage()): void {
  const data = readProgress(storage);
  if (!data || !storage) return;
  change(data);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    // Full or refused: learning matters more than recording it; the progress page explains.
  }
}

/** Today as YYYY-MM-DD (local time: "read on" is a day in the learner's calendar). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
