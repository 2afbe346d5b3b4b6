/**
 * Versioned JSON records in localStorage, read as untrusted input: missing storage (private
 * mode), a full disk, a record from another version or a hand-edited one never throw. Reading
 * returns the data or a problem the page can explain; an unreadable record is copied aside under
 * another key before anything replaces it, so nothing is lost silently.
 */
import type { z } from './zodInBrowser';

export type StorageProblem = 'unavailable' | 'corrupt' | 'newer' | 'full';

/** localStorage when it can be used at all, else undefined (private mode, disabled, sandboxed). */
export function usableStorage(): Storage | undefined {
  try {
    const s = window.localStorage;
    const probe = 'xuetang.probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

/** Reads `key`; an absent record gives `empty()` with no problem. */
export function readRecord<T>(
  storage: Storage | undefined,
  key: string,
  schema: z.ZodMiniType<T>,
  version: number,
  empty: () => T,
): { data: T; problem?: StorageProblem } {
  if (!storage) return { data: empty(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { data: empty(), problem: 'unavailable' };
  }
  if (raw === null) return { data: empty() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { data: empty(), problem: 'corrupt' };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { data: result.data };
  const v = (parsed as { version?: unknown } | null)?.version;
  return { data: empty(), problem: typeof v === 'number' && v > version ? 'newer' : 'corrupt' };
}

/** Writes `key`; reports a full or refused storage instead of throwing. */
export function writeRecord(storage: Storage | undefined, key: string, data: unknown): StorageProblem | undefined {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify(data));
    return undefined;
  } catch (err) {
    const full = err instanceof DOMException && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return full ? 'full' : 'unavailable';
  }
}

/** Copies the current value of `key` aside (key.unreadable.<time>) and returns the copy's key. */
export function keepCopy(storage: Storage | undefined, key: string, now = new Date()): string | undefined {
  if (!storage) return undefined;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const copy = `${key}.unreadable.${now.toISOString()}`;
    storage.setItem(copy, raw);
    return copy;
  } catch {
    return undefined;
  }
}
