/** Item analysis checked against small examples worked out by hand (the working is in the comments). */
import { describe, expect, it } from 'vitest';
import { correlation, itemStatistics, kr20, type AnsweredPaper } from '../../src/lib/itemAnalysis';

/** Papers from a 0/1 matrix: row = trainee, column = slot; question ids q1, q2, … by slot. */
const papers = (rows: number[][], choices?: (string | null)[][]): AnsweredPaper[] =>
  rows.map((row, r) => ({
    items: row.map((x, slot) => ({ slot, questionId: `q${slot + 1}`, right: x === 1, choice: choices ? choices[r][slot] : x ? 'a' : 'b' })),
  }));

/*
 * Example A: five trainees, three questions.
 *
 *          q1 q2 q3  total
 *   P1      1  1  1    3
 *   P2      1  1  0    2
 *   P3      1  0  0    1
 *   P4      0  1  0    1
 *   P5      1  0  0    1
 *
 * q1: x = 1,1,1,0,1 (mean 0.8); rest = total − x = 2,1,0,1,0 (mean 0.8)
 *     deviations x: .2 .2 .2 −.8 .2      rest: 1.2 .2 −.8 .2 −.8
 *     Σdx·dy = .24 + .04 − .16 − .16 − .16 = −0.20
 *     Σdx² = 4·.04 + .64 = 0.80          Σdy² = 1.44 + .04 + .64 + .04 + .64 = 2.80
 *     r = −0.20 / √(0.80·2.80) = −0.20 / 1.49666 = −0.13363 → D = −13.36 %, F = 80 %, SD = √(.8·.2) = 40 %
 * q2: x = 1,1,0,1,0 (mean 0.6); rest = 2,1,1,0,1 (mean 1.0)
 *     Σdx·dy = .4·1 + .4·0 + (−.6)·0 + .4·(−1) + (−.6)·0 = 0 → D = 0 %, F = 60 %
 * q3: x = 1,0,0,0,0 (mean 0.2); rest = 2,2,1,1,1 (mean 1.4)
 *     deviations x: .8 −.2 −.2 −.2 −.2   rest: .6 .6 −.4 −.4 −.4
 *     Σdx·dy = .48 − .12 + .08 + .08 + .08 = 0.60
 *     Σdx² = .64 + 4·.04 = 0.80          Σdy² = .36 + .36 + 3·.16 = 1.20
 *     r = 0.60 / √0.96 = 0.60 / 0.97980 = 0.61237 → D = 61.24 %, F = 20 %
 */
const exampleA = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 0, 0],
];

/*
 * Example B: ten trainees, three slots, for KR-20.
 *
 *   rows: 111 111 110 110 100 100 000 000 111 100 → totals 3 3 2 2 1 1 0 0 3 1
 *   p = 8/10, 5/10, 3/10 → Σp·q = .16 + .25 + .21 = 0.62
 *   mean total = 16/10 = 1.6; mean of squares = (9+9+4+4+1+1+0+0+9+1)/10 = 3.8
 *   σ² = 3.8 − 1.6² = 1.24
 *   KR-20 = 3/2 · (1 − 0.62/1.24) = 1.5 · 0.5 = 0.75
 */
const exampleB = [
  [1, 1, 1],
  [1, 1, 1],
  [1, 1, 0],
  [1, 1, 0],
  [1, 0, 0],
  [1, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
  [1, 1, 1],
  [1, 0, 0],
];

describe('item statistics (Moodle quiz statistics)', () => {
  const stats = itemStatistics(papers(exampleA));

  it('facility index is the share right, in percent', () => {
    expect(stats.map((s) => s.facility)).toEqual([80, 60, 20]);
    expect(stats.map((s) => s.n)).toEqual([5, 5, 5]);
    expect(stats[0].sd).toBeCloseTo(40, 6);
  });

  it('discrimination index is the corrected point-biserial (item vs rest of test), in percent', () => {
    expect(stats[0].discrimination).toBeCloseTo(-13.363, 2);
    expect(stats[1].discrimination).toBeCloseTo(0, 6);
    expect(stats[2].discrimination).toBeCloseTo(61.237, 2);
  });

  it('flags a negatively discriminating item, and items that are too easy or too hard', () => {
    expect(stats.map((s) => s.flags)).toEqual([['negative'], [], []]);
    // q1 right for all ten (F = 100 %), q2 right for one of ten (F = 10 %).
    const extreme = itemStatistics(papers(Array.from({ length: 10 }, (_, i) => [1, i === 0 ? 1 : 0])));
    expect(extreme[0].flags).toContain('too-easy');
    expect(extreme[1].flags).toContain('too-hard');
  });

  it('raises no flag on fewer than five answers', () => {
    expect(itemStatistics(papers([[1, 0], [1, 0]])).every((s) => s.flags.length === 0)).toBe(true);
  });

  it('counts how many chose each answer (each option of a multiple answer counts)', () => {
    const s = itemStatistics(
      papers(
        [
          [1, 0],
          [0, 1],
          [0, 0],
        ],
        [
          ['a', 'a,c'],
          ['b', 'b,c'],
          [null, 'c'],
        ],
      ),
    );
    expect(s[0].choices).toEqual({ a: 1, b: 1, '': 1 });
    expect(s[1].choices).toEqual({ a: 1, b: 1, c: 3 });
  });

  it('gives no discrimination when an item or the rest has no spread', () => {
    expect(correlation([1, 1, 1], [0, 1, 2])).toBeNull();
    expect(itemStatistics(papers([[1, 1], [1, 1], [1, 1]]))[0].discrimination).toBeNull();
  });

  it('reports a question answered in different slots under its first slot, over everyone who saw it', () => {
    const mixed: AnsweredPaper[] = [
      { items: [{ slot: 0, questionId: 'x', right: true, choice: 'a' }, { slot: 1, questionId: 'y', right: false, choice: 'b' }] },
      { items: [{ slot: 0, questionId: 'z', right: true, choice: 'a' }, { slot: 1, questionId: 'x', right: false, choice: 'b' }] },
    ];
    const s = itemStatistics(mixed);
    expect(s.map((q) => q.questionId)).toEqual(['x', 'z', 'y']);
    expect(s[0]).toMatchObject({ n: 2, right: 1, facility: 50 });
  });
});

describe('KR-20', () => {
  it('matches the hand computation', () => {
    expect(kr20(papers(exampleB))).toBeCloseTo(0.75, 10);
  });

  it('needs at least ten results', () => {
    expect(kr20(papers(exampleB.slice(0, 9)))).toBeNull();
  });

  it('is undefined when every total is the same', () => {
    expect(kr20(papers(Array.from({ length: 10 }, () => [1, 0, 1])))).toBeNull();
  });
});
