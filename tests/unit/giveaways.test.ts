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
import { absoluteRates, commonestNumbers, expectedScore, longestShare, testWiseScore, trueShare } from '../../src/quizzes/giveaways';
import type { Question } from '../../src/schemas/quiz';
import { bank, handWritten, norms, quizzes } from './bankData';

const words = norms.config.absoluteWords;
const generated = bank.filter((q) => q.id.startsWith('gen-'));
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

checkBars('the whole bank', bank);
checkBars('generated questions', generated);

describe('hand-written questions', () => {
  it('report their own numbers (the writers hold them to the bars; the whole bank must meet them)', () => {
    const l = longestShare(handWritten);
    const t = trueShare(handWritten);
    const r = absoluteRates(handWritten, words);
    report('hand-written questions', {
      'longest option': `${pct(l.share)} (${l.count} / ${l.of})`,
      'true/false': `${pct(t.share)} true (${t.trues} / ${t.of})`,
      'absolute words': `right ${pct(r.right)} of ${r.rightCount}, wrong ${pct(r.wrong)} of ${r.wrongCount}`,
    });
    expect(l.of).toBeGreaterThan(0);
  });
});

describe('the certification exam', () => {
  const pool = candidates(exam, bank);
  const draws = Array.from({ length: DRAWS }, (_, seed) => draw(exam, pool, seed));

  it('never holds two questions of one group', () => {
    for (const d of draws) {
      const groups = d.map((q) => q.group).filter((g): g is string => !!g);
      expect(new Set(groups).size, d.map((q) => q.id).join()).toBe(groups.length);
    }
  });

  it('gives the test-wise candidate an expected score of at most 30%', () => {
    const commonest = commonestNumbers(bank);
    const scores = draws.map((d) => expectedScore(d, commonest, words)).sort((a, b) => a - b);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    // Where the points come from: the candidate's mean score per question type over all draws.
    const byType = new Map<string, { sum: number; n: number }>();
    for (const q of draws.flat()) {
      const t = byType.get(q.type) ?? { sum: 0, n: 0 };
      t.sum += testWiseScore(q, commonest, words);
      t.n += 1;
      byType.set(q.type, t);
    }
    report(`certification: the test-wise candidate over ${DRAWS} seeded draws`, {
      'expected score': pct(mean),
      'middle 90% of sittings': `${pct(scores[Math.floor(DRAWS * 0.05)])} – ${pct(scores[Math.floor(DRAWS * 0.95)])}`,
      'best sitting': pct(scores[scores.length - 1]),
      'pass mark': `${exam.passMark}%`,
      ...Object.fromEntries([...byType].sort().map(([type, t]) => [`  ${type}`, `${pct(t.sum / t.n)} on ${(t.n / DRAWS).toFixed(1)} questions per sitting`])),
    });
    expect(mean).toBeLessThanOrEqual(0.3);
  });

});
