/** Packing answers into small numbers against option ids' canonical order, and back. */
import { describe, expect, it } from 'vitest';
import { packResponse, readNibbles, unpackResponse, writeNibbles } from '../../src/lib/answerPacking';
import { isCorrect, type Response } from '../../src/quizzes/grading';
import { matching, multiple, numeric, ordering, scenarioOne, single, truefalse } from './sampleQuestions';

const roundTrip = (q: Parameters<typeof packResponse>[0], r: Response) => unpackResponse(q, packResponse(q, r));

describe('answer packing', () => {
  it('packs by sorted option id, not by position on the screen or in the file', () => {
    // Options listed b, a, c: sorted a, b, c — so a → 1, b → 2, c → 3.
    expect(packResponse(single, 'a')).toBe(1);
    expect(packResponse(single, 'c')).toBe(3);
    expect(roundTrip(single, 'b')).toBe('b');
    expect(packResponse(multiple, ['c', 'a'])).toBe(0b101);
    expect(roundTrip(multiple, ['c', 'a'])).toEqual(['a', 'c']);
    expect(roundTrip(scenarioOne, 'x2')).toBe('x2');
  });

  it('packs every type and unpacks to a response that grades the same', () => {
    const cases: [Parameters<typeof packResponse>[0], Response][] = [
      [single, 'a'],
      [multiple, ['a', 'c']],
      [scenarioOne, 'x1'],
      [truefalse, false],
      [truefalse, true],
      [ordering, ['c', 'a', 'd', 'b']],
      [ordering, ['b', 'd', 'a', 'c']],
      [matching, { a: 'a', b: 'b', c: 'c' }],
      [matching, { a: 'b', b: 'a', c: 'c' }],
      [numeric, 5],
      [numeric, -3],
      [numeric, 0],
    ];
    for (const [q, r] of cases) {
      expect(roundTrip(q, r), `${q.id} ${JSON.stringify(r)}`).toEqual(r);
      expect(isCorrect(q, roundTrip(q, r))).toBe(isCorrect(q, r));
    }
  });

  it('gives every ordering of four items its own number (4! = 24)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x) => perms(xs.filter((y) => y !== x)).map((p) => [x, ...p])));
    const values = perms(ids).map((p) => packResponse(ordering, p));
    expect(new Set(values).size).toBe(24);
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(24);
  });

  it('keeps a half-matched answer and packs anything invalid as not answered', () => {
    expect(roundTrip(matching, { a: 'c' })).toEqual({ a: 'c' });
    expect(packResponse(single, null)).toBe(0);
    expect(packResponse(single, 'zz')).toBe(0);
    expect(packResponse(multiple, [])).toBe(0);
    expect(packResponse(ordering, ['a', 'a', 'b', 'c'])).toBe(0);
    expect(packResponse(numeric, Number.POSITIVE_INFINITY)).toBe(0);
    expect(unpackResponse(single, 0)).toBeNull();
  });

  it('marks a non-integer number as such (never right for an integer answer)', () => {
    expect(packResponse(numeric, 2.5)).toBe(1);
    expect(isCorrect(numeric, unpackResponse(numeric, 1))).toBe(false);
  });

  it('writes self-delimiting nibble varints and notices when bytes run out', () => {
    const values = [0, 1, 7, 8, 63, 64, 362880, 2 ** 33];
    const bytes = writeNibbles(values);
    expect(readNibbles(bytes, values.length)).toEqual(values);
    expect(writeNibbles([1, 2, 3, 0]).length).toBe(2);
    expect(readNibbles(bytes.subarray(0, 3), values.length)).toBeNull();
  });
});
