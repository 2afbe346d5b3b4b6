/**
 * Answers packed into small numbers against the question they answer, so thirty answers fit in a
 * few dozen bytes of a result code. Each response becomes one non-negative integer (0 = not
 * answered), using the canonical order of the question's ids (sorted), never screen positions:
 *
 *   single (and a single-answer scenario)  1 + index of the chosen option id
 *   multiple (and a multi-answer scenario) bit mask over the option ids
 *   truefalse                              1 = 正确, 2 = 错误
 *   ordering                               1 + rank of the permutation (Lehmer code) of the item ids
 *   matching                               1 + Σ choice(i)·(n+1)^i, choice = index of the chosen pair id, n = none
 *   numeric                                2 + zigzag(integer); 1 = a number that is not an integer
 *
 * The integers are written as "nibble varints" (3 value bits + 1 continuation bit per half byte):
 * self-delimiting, so one question whose text changed since the assignment — and whose shape the
 * results page therefore cannot know — does not garble the answers after it.
 */
import { isMultiSelect, type Response } from '../quizzes/grading';
import type { Question } from '../schemas/quiz';

const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).sort();
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
/** Integers a numeric answer can carry exactly. */
const MAX_NUMERIC = 2 ** 40;

/** The packed value of a response to `q`; anything that is not a valid response packs as 0 (not answered). */
export function packResponse(q: Question, r: Response | undefined): number {
  if (r === null || r === undefined) return 0;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario': {
      const ids = sortedIds(q.options);
      const chosen = typeof r === 'string' ? [r] : Array.isArray(r) ? r : [];
      if (chosen.length === 0 || chosen.some((id) => !ids.includes(id))) return 0;
      if (!isMultiSelect(q)) return chosen.length === 1 ? 1 + ids.indexOf(chosen[0]) : 0;
      return [...new Set(chosen)].reduce((mask, id) => mask + 2 ** ids.indexOf(id), 0);
    }
    case 'truefalse':
      return r === true ? 1 : r === false ? 2 : 0;
    case 'ordering': {
      const ids = sortedIds(q.items);
      if (!Array.isArray(r) || r.length !== ids.length || new Set(r).size !== ids.length || r.some((id) => !ids.includes(id))) return 0;
      const rest = [...ids];
      let rank = 0;
      r.forEach((id, k) => {
        const at = rest.indexOf(id);
        rank += at * factorial(ids.length - 1 - k);
        rest.splice(at, 1);
      });
      return 1 + rank;
    }
    case 'matching': {
      const ids = sortedIds(q.pairs);
      if (typeof r !== 'object' || Array.isArray(r) || r === null) return 0;
      const n = ids.length;
      let value = 0;
      ids.forEach((left, i) => {
        const chosen = (r as Record<string, string>)[left];
        const j = ids.indexOf(chosen);
        value += (j < 0 ? n : j) * (n + 1) ** i;
      });
      return 1 + value;
    }
    case 'numeric':
      if (typeof r !== 'number' || !Number.isFinite(r)) return 0;
      return Number.isInteger(r) && Math.abs(r) < MAX_NUMERIC ? 2 + zigzag(r) : 1;
  }
}

/** The response a packed value stands for (the inverse of packResponse; 0 → null). */
export function unpackResponse(q: Question, v: number): Response {
  if (v === 0) return null;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario': {
      const ids = sortedIds(q.options);
      if (!isMultiSelect(q)) return ids[v - 1] ?? null;
      return ids.filter((_, i) => Math.floor(v / 2 ** i) % 2 === 1);
    }
    case 'truefalse':
      return v === 1 ? true : v === 2 ? false : null;
    case 'ordering': {
      const rest = sortedIds(q.items);
      const n = rest.length;
      let rank = v - 1;
      if (rank >= factorial(n)) return null;
      const out: string[] = [];
      for (let k = n - 1; k >= 0; k--) {
        const f = factorial(k);
        out.push(rest.splice(Math.floor(rank / f), 1)[0]);
        rank %= f;
      }
      return out;
    }
    case 'matching': {
      const ids = sortedIds(q.pairs);
      const n = ids.length;
      let value = v - 1;
      const out: Record<string, string> = {};
      for (const left of ids) {
        const j = value % (n + 1);
        value = Math.floor(value / (n + 1));
        if (j < n) out[left] = ids[j];
      }
      return out;
    }
    case 'numeric':
      return v === 1 ? Number.NaN : unzigzag(v - 2);
  }
}

/** Writes non-negative integers as nibble varints into bytes (the last byte padded with a zero nibble). */
export function writeNibbles(values: number[]): Uint8Array {
  const nibbles: number[] = [];
  for (let v of values) {
    do {
      const chunk = v % 8;
      v = Math.floor(v / 8);
      nibbles.push(chunk | (v > 0 ? 8 : 0));
    } while (v > 0);
  }
  if (nibbles.length % 2) nibbles.push(0);
  const bytes = new Uint8Array(nibbles.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (nibbles[2 * i] << 4) | nibbles[2 * i + 1];
  return bytes;
}

/** Reads `count` nibble varints; null when the bytes run out first (a truncated code). */
export function readNibbles(bytes: Uint8Array, count: number): number[] | null {
  const out: number[] = [];
  let i = 0;
  const nibble = () => {
    if (i >= bytes.length * 2) return -1;
    const byte = bytes[i >> 1];
    const n = i % 2 === 0 ? byte >> 4 : byte & 15;
    i++;
    return n;
  };
  while (out.length < count) {
    let v = 0;
    let scale = 1;
    for (;;) {
      const n = nibble();
      if (n < 0) return null;
      v += (n & 7) * scale;
      scale *= 8;
      if (!(n & 8)) break;
    }
    out.push(v);
  }
  return out;
}
